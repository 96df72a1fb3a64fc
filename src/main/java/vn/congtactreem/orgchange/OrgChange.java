package vn.congtactreem.orgchange;

import java.time.Instant;

/** One move or merge as recorded: the names and paths as they were, and what it did. */
public record OrgChange(long id, Kind kind, long orgUnitId, String unitName, String fromPath, long toUnitId,
                        String toPath, int reportsMoved, int reportsClosed, int plansClosed, int tasksMoved,
                        int usersMoved, String changedBy, Instant changedAt) {

    public enum Kind {
        MOVE, MERGE
    }
}
