package vn.congtactreem.base;

/**
 * Refused to read something the user may not know exists: the API answers 404 with the same message
 * as for an id never used ({@code messageKey} with the id), so ids cannot be enumerated.
 */
public class NotVisibleException extends NotAllowedException {

    private final String messageKey;
    private final long id;

    public NotVisibleException(String messageKey, long id) {
        super("Không tìm thấy hoặc không có quyền xem: " + messageKey + " " + id);
        this.messageKey = messageKey;
        this.id = id;
    }

    public String messageKey() {
        return messageKey;
    }

    public long id() {
        return id;
    }
}
