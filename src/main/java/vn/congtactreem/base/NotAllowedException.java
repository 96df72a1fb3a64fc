package vn.congtactreem.base;

/**
 * Refused: the user may not do this for that organisation (the API answers 403, the screens say so; not a form
 * error). Thrown by the scoping rule ({@code security.AccessScope}) and by features checking their own rules.
 * Made with {@link #because(String, Object...)} it carries a message key, and the API says it in the caller's
 * language; the plain message is for the logs and the audit trail.
 */
public class NotAllowedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public NotAllowedException(String message) {
        this(message, null, new Object[0]);
    }

    private NotAllowedException(String message, String messageKey, Object[] args) {
        super(message);
        this.messageKey = messageKey;
        this.args = args;
    }

    /** A refusal the caller is told in their language: {@code messageKey} of the bundles, with its arguments. */
    public static NotAllowedException because(String messageKey, Object... args) {
        return new NotAllowedException(messageKey + java.util.Arrays.toString(args), messageKey, args.clone());
    }

    /** The bundle key of the refusal, or null for one made with a plain message. */
    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
