package vn.congtactreem.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackOffTests {

    private final BackOff backOff = new BackOff(Duration.ofMinutes(1), Duration.ofMinutes(10), 6);

    @Test
    void theWaitDoublesAfterEachFailedAttempt() {
        assertThat(backOff.after(1)).contains(Duration.ofMinutes(1));
        assertThat(backOff.after(2)).contains(Duration.ofMinutes(2));
        assertThat(backOff.after(3)).contains(Duration.ofMinutes(4));
        assertThat(backOff.after(4)).contains(Duration.ofMinutes(8));
    }

    @Test
    void theWaitNeverExceedsTheMaximum() {
        assertThat(backOff.after(5)).contains(Duration.ofMinutes(10));
        BackOff many = new BackOff(Duration.ofMinutes(1), Duration.ofHours(6), 1000);
        assertThat(many.after(999)).contains(Duration.ofHours(6));
    }

    @Test
    void afterTheLastAttemptItGivesUp() {
        assertThat(backOff.after(6)).isEmpty();
        assertThat(backOff.after(7)).isEmpty();
        assertThat(new BackOff(Duration.ofMinutes(1), Duration.ofMinutes(1), 1).after(1)).isEmpty();
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> backOff.after(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BackOff(Duration.ZERO, Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BackOff(Duration.ofMinutes(5), Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
