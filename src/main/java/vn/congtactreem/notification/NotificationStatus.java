package vn.congtactreem.notification;

/**
 * Where a notification's mail is. {@link #PENDING} rows wait for the sender (also while no SMTP
 * server is configured: they are kept, not lost); {@link #SENDING} rows are claimed by one node;
 * {@link #IN_APP} rows have no mail (the recipient has no e-mail address).
 */
public enum NotificationStatus {
    PENDING,
    SENDING,
    SENT,
    FAILED,
    IN_APP
}
