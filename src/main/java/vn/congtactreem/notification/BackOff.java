package vn.congtactreem.notification;

import java.time.Duration;
import java.util.Optional;

/**
 * When to try a mail again: after the n-th failed attempt wait {@code first × 2^(n-1)}, at most
 * {@code max}; after {@code maxAttempts} failed attempts give up (the row becomes FAILED).
 */
public record BackOff(Duration first, Duration max, int maxAttempts) {

    public BackOff {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("back-off: first > 0, max >= first, maxAttempts >= 1");
        }
    }

    /** The wait after {@code failedAttempts} failures, or empty when no attempt is left. */
    public Optional<Duration> after(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts >= 1");
        }
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        // doubling from a capped exponent cannot overflow: 2^30 × any sane first still fits a Duration
        Duration wait = first.multipliedBy(1L << Math.min(failedAttempts - 1, 30));
        return Optional.of(wait.compareTo(max) > 0 ? max : wait);
    }
}
