package vn.congtactreem.orgchange;

import java.time.Instant;

/**
 * One move, merge, deactivation or rename as recorded: the names and paths as they were, and what it did. A rename
 * keeps the old name in {@code unitName} and the paths before and after; a deactivation names the unit itself as
 * {@code toUnitId}.
 */
public record OrgChange(long id, Kind kind, long orgUnitId, String unitName, String fromPath, long toUnitId,
                        String toPath, int reportsMoved, int reportsClosed, int plansClosed, int tasksMoved,
                        int usersMoved, String changedBy, Instant changedAt) {

    public enum Kind {
        MOVE, MERGE, DEACTIVATE, RENAME;

        /** Recorded in {@code org_change}; the others in {@code org_unit_change}. */
        public boolean movesUnit() {
            return this == MOVE || this == MERGE;
        }
    }
}
