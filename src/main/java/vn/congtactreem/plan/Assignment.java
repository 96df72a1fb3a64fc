package vn.congtactreem.plan;

import java.time.Instant;

/** A unit's part of an issued plan. {@code subArea}: the unit runs its own cycle in the system. */
public record Assignment(long id, long planId, long orgUnitId, String orgUnitName, String duties, boolean subArea,
                         Instant acknowledgedAt, String acknowledgedBy) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
