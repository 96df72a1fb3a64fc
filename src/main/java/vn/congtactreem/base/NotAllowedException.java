package vn.congtactreem.base;

/**
 * Refused: the user may not do this for that organisation (the API answers 403, the screens say so; not a form
 * error). Thrown by the scoping rule ({@code security.AccessScope}) and by features checking their own rules.
 */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String message) {
        super(message);
    }
}
