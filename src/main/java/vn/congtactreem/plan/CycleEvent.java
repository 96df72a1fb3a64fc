package vn.congtactreem.plan;

import java.time.Instant;

/** One line of a plan's timeline: who did what, when. */
public record CycleEvent(long id, long planId, Long periodId, Long unitReportId, Long consolidatedReportId,
                         String actor, CycleAction action, String comment, Instant at) {
}
