package vn.congtactreem.inbox;

import java.time.Duration;
import java.time.Instant;

/** How urgent a task is: overdue (red) once its due moment has come, due soon (amber) within three days. */
public enum DueState {
    OVERDUE,
    DUE_SOON,
    NOT_URGENT;

    public static final Duration SOON = Duration.ofDays(3);

    public static DueState of(Instant due, Instant now) {
        if (due == null) {
            return NOT_URGENT;
        }
        if (!now.isBefore(due)) {
            return OVERDUE;
        }
        return now.plus(SOON).isBefore(due) ? NOT_URGENT : DUE_SOON;
    }
}
