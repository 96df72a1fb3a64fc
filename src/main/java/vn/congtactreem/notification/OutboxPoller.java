package vn.congtactreem.notification;

import java.time.Instant;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.congtactreem.base.CycleClock;

/**
 * Every {@code app.notifications.poll-delay} (off with {@code app.notifications.poll=false}): writes
 * the daily digests once their time of day has come on the cycle's clock, then sends the due mail.
 */
@Component
@ConditionalOnProperty(name = "app.notifications.poll", havingValue = "true", matchIfMissing = true)
class OutboxPoller {

    private final OutboxSender sender;
    private final DailyDigest digest;
    private final CycleClock clock;

    OutboxPoller(OutboxSender sender, DailyDigest digest, CycleClock clock) {
        this.sender = sender;
        this.digest = digest;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${app.notifications.poll-delay:PT30S}", initialDelayString = "PT20S")
    void poll() {
        digest.writeDue(clock.now());
        sender.sendDue(Instant.now());
    }
}
