package vn.congtactreem.reporting;

public enum ConsolidatedReportStatus {
    DRAFT,
    IN_REVIEW,
    /** the leader sent it back. */
    RETURNED,
    APPROVED,
    /** sent to the upper level. */
    SUBMITTED,
    ACCEPTED_BY_UPPER,
    RETURNED_BY_UPPER
}
