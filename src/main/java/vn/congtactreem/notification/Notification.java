package vn.congtactreem.notification;

import java.time.Instant;

/** One row of the outbox: an in-app notification for its recipient and, with {@code mailTo}, a mail. */
public record Notification(long id, NotificationKind kind, long recipientId, String subjectId, String discriminator,
                           String link, String locale, String title, String body, String mailTo,
                           NotificationStatus status, int attempts, Instant nextAttemptAt, String lastError,
                           Instant createdAt, Instant sentAt, Instant readAt, String topic) {
}
