package vn.congtactreem.substitute;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A substitute named for a person's leave ("ủy quyền khi vắng mặt"): from {@code from} to {@code to}, both
 * inclusive (Vietnam days); {@code endedEarlyAt} set when it was ended before its last day.
 */
public record Substitution(long id, long personId, String personUsername, String personName, long substituteId,
                           String substituteUsername, String substituteName, LocalDate from, LocalDate to,
                           String createdBy, Instant createdAt, Instant endedEarlyAt) {

    /** Whether the substitute acts for the person on {@code day}. */
    public boolean runsOn(LocalDate day) {
        return endedEarlyAt == null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** Whether it is over on {@code day}: ended early, or its last day has passed. */
    public boolean isOver(LocalDate day) {
        return endedEarlyAt != null || day.isAfter(to);
    }
}
