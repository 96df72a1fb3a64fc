package vn.congtactreem.base;

/**
 * The command came too late: someone else (or another request of the same person) changed the thing
 * first — it was accepted, returned, submitted, or saved from a newer state. Nothing was written. The API
 * answers 409 with the message; the screens show it and keep what the person typed.
 */
public class ConflictException extends ValidationException {

    public ConflictException(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }

    /** A change made from the state at {@code expectedVersion} while the row is now at {@code actualVersion}. */
    public static void requireVersion(String field, Long expectedVersion, long actualVersion) {
        if (expectedVersion != null && expectedVersion != actualVersion) {
            throw new ConflictException(field, "concurrency.error.staleVersion");
        }
    }
}
