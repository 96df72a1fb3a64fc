package vn.congtactreem.base;

import java.util.Arrays;

/**
 * A rule of the domain was broken by what a person typed. Carries the field it belongs to and an
 * i18n message key, so the UI can show the message next to that field and the API can return it
 * as a field error.
 */
public class ValidationException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public ValidationException(String field, String messageKey, Object... args) {
        super(messageKey + " (" + field + ") " + Arrays.toString(args));
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
