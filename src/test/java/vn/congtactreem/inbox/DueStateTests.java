package vn.congtactreem.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DueStateTests {

    private static final Instant DUE = Instant.parse("2024-05-18T17:00:00Z"); // 19/05 00:00 in Hanoi

    @Test
    void overdueFromTheDueMomentOn() {
        assertThat(DueState.of(DUE, DUE)).isEqualTo(DueState.OVERDUE);
        assertThat(DueState.of(DUE, DUE.plus(Duration.ofDays(10)))).isEqualTo(DueState.OVERDUE);
    }

    @Test
    void dueSoonWithinThreeDays() {
        assertThat(DueState.of(DUE, DUE.minusSeconds(1))).isEqualTo(DueState.DUE_SOON);
        assertThat(DueState.of(DUE, DUE.minus(Duration.ofDays(3)))).isEqualTo(DueState.DUE_SOON);
    }

    @Test
    void notUrgentEarlierOrWithoutADueDate() {
        assertThat(DueState.of(DUE, DUE.minus(Duration.ofDays(3)).minusSeconds(1))).isEqualTo(DueState.NOT_URGENT);
        assertThat(DueState.of(null, DUE)).isEqualTo(DueState.NOT_URGENT);
    }
}
