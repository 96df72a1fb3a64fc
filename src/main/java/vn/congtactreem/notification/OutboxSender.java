package vn.congtactreem.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import vn.congtactreem.notification.internal.DigestStore;
import vn.congtactreem.notification.internal.NotificationStore;

/**
 * Sends the outbox's due mail: each row is claimed first (PENDING → SENDING in one conditional
 * update, so of several nodes exactly one takes it), sent outside any transaction, then marked
 * SENT; a failure counts the attempt and schedules the next one by the {@link BackOff}, or gives
 * up (FAILED) after the last. Claims older than the claim timeout are released first: their node
 * died between claim and mark, so that mail may already have left once (at-least-once; the
 * {@link MailComposer#NOTIFICATION_ID_HEADER} header tells the copies apart). Without an SMTP
 * server configured nothing is claimed: the mail stays PENDING, visible on the outbox page.
 */
@Component
public class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    private final NotificationStore store;
    private final DigestStore digests;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MailComposer composer;
    private final NotificationProperties properties;

    public OutboxSender(NotificationStore store, DigestStore digests, ObjectProvider<JavaMailSender> mailSender,
                        MailComposer composer, NotificationProperties properties) {
        this.store = store;
        this.digests = digests;
        this.mailSender = mailSender;
        this.composer = composer;
        this.properties = properties;
    }

    /** One round at {@code now}: answers how many mails were sent. */
    public int sendDue(Instant now) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int released = store.releaseStaleClaims(now.minus(properties.claimTimeout()), now);
        if (released > 0) {
            LOG.warn("{} notification mail(s) were claimed but never finished; queued again", released);
        }
        int sent = 0;
        for (long id : store.due(now, properties.batchSize())) {
            if (store.claim(id, now)) {
                sent += send(sender, store.get(id), now) ? 1 : 0;
            }
        }
        return sent;
    }

    private boolean send(JavaMailSender sender, Notification row, Instant now) {
        try {
            sender.send(composer.compose(sender, row));
            Instant sentAt = Instant.now();
            store.markSent(row.id(), sentAt);
            if (row.kind() == NotificationKind.DAILY_DIGEST) {
                digests.markDigestRowsSent(row.id(), sentAt);
            }
            return true;
        } catch (Exception e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            Optional<Duration> wait = properties.backOff().after(row.attempts());
            if (wait.isPresent()) {
                store.retryAt(row.id(), now.plus(wait.get()), error);
                LOG.info("Mail {} to {} failed (attempt {}), next try in {}: {}", row.id(), row.mailTo(),
                        row.attempts(), wait.get(), error);
            } else {
                store.markFailed(row.id(), error);
                LOG.warn("Mail {} to {} failed for good after {} attempts: {}", row.id(), row.mailTo(),
                        row.attempts(), error);
            }
            return false;
        }
    }
}
