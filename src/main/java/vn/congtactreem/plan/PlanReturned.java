package vn.congtactreem.plan;

/** Event: the leader returned a draft with a comment. */
public record PlanReturned(long planId, long orgUnitId, String comment) {
}
