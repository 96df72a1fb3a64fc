package vn.congtactreem.reporting;

public enum UnitReportStatus {
    /** the period opened; nothing written yet. */
    OPEN,
    /** saved, not submitted. */
    DRAFT,
    SUBMITTED,
    /** the officer sent it back with a comment. */
    RETURNED,
    /** accepted and locked. */
    ACCEPTED
}
