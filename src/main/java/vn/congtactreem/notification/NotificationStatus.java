package vn.congtactreem.notification;

/**
 * Where a notification's mail is. {@link #PENDING} rows wait for the sender (also while no SMTP
 * server is configured: they are kept, not lost); {@link #SENDING} rows are claimed by one node;
 * {@link #IN_APP} rows have no mail (the recipient has no e-mail address, or turned mail off for
 * the kind); {@link #DIGEST} rows wait for the recipient's next daily digest, which the immediate
 * sender never takes; {@link #IN_DIGEST} rows are in a digest whose mail is on its way (SENT with it).
 */
public enum NotificationStatus {
    PENDING,
    SENDING,
    SENT,
    FAILED,
    IN_APP,
    DIGEST,
    IN_DIGEST
}
