package vn.congtactreem.base;

/**
 * What was asked for does not exist, or exists but the caller may not know it does: the API answers
 * 404 (revealing nothing), the screens show the message like any other broken rule.
 */
public class NotFoundException extends ValidationException {

    public NotFoundException(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }
}
