package vn.congtactreem.plan;

import java.time.Instant;

/**
 * One line of a plan's timeline: who did what, when; {@code onBehalfOf} the username of the absent colleague the
 * actor acted for as their substitute (null when they acted for themselves).
 */
public record CycleEvent(long id, long planId, Long periodId, Long unitReportId, Long consolidatedReportId,
                         String actor, String onBehalfOf, CycleAction action, String comment, Instant at) {
}
