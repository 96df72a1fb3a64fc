package vn.congtactreem.plan;

/** Event: a plan was issued with its number (notifications go to its recipients). */
public record PlanIssued(long planId, long orgUnitId) {
}
