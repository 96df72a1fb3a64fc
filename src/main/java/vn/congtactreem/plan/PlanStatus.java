package vn.congtactreem.plan;

/** Where a plan is in its cycle. */
public enum PlanStatus {
    /** registering the upper plan or drafting (also after a return). */
    DRAFT,
    /** waiting for the leader. */
    IN_REVIEW,
    /** issued with its number; reporting periods run. */
    ISSUED,
    /** every period consolidated and submitted. */
    CLOSED
}
