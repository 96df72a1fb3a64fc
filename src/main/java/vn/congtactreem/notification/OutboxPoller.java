package vn.congtactreem.notification;

import java.time.Instant;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the sender every {@code app.notifications.poll-delay} (off with {@code app.notifications.poll=false}). */
@Component
@ConditionalOnProperty(name = "app.notifications.poll", havingValue = "true", matchIfMissing = true)
class OutboxPoller {

    private final OutboxSender sender;

    OutboxPoller(OutboxSender sender) {
        this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${app.notifications.poll-delay:PT30S}", initialDelayString = "PT20S")
    void poll() {
        sender.sendDue(Instant.now());
    }
}
