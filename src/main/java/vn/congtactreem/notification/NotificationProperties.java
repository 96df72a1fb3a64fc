package vn.congtactreem.notification;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code app.notifications.*}: the outbox poller and its back-off, and the time of day (Vietnam time,
 * on the cycle's clock) from which the daily digest goes out (defaults in application.yaml).
 */
@ConfigurationProperties("app.notifications")
public record NotificationProperties(boolean poll, Duration pollDelay, int batchSize, Duration firstRetry,
                                     Duration maxRetry, int maxAttempts, Duration claimTimeout, LocalTime digestTime) {

    public NotificationProperties {
        pollDelay = pollDelay == null ? Duration.ofSeconds(30) : pollDelay;
        batchSize = batchSize <= 0 ? 50 : batchSize;
        firstRetry = firstRetry == null ? Duration.ofMinutes(1) : firstRetry;
        maxRetry = maxRetry == null ? Duration.ofHours(6) : maxRetry;
        maxAttempts = maxAttempts <= 0 ? 8 : maxAttempts;
        claimTimeout = claimTimeout == null ? Duration.ofMinutes(10) : claimTimeout;
        digestTime = digestTime == null ? LocalTime.of(7, 0) : digestTime;
    }

    public BackOff backOff() {
        return new BackOff(firstRetry, maxRetry, maxAttempts);
    }
}
