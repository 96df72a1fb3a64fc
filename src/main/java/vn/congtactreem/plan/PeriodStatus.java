package vn.congtactreem.plan;

public enum PeriodStatus {
    /** waiting for its opening date. */
    PLANNED,
    /** units fill and submit their reports. */
    OPEN,
    /** the organisation writes and approves its consolidated report. */
    CONSOLIDATING,
    /** the consolidated report went upward. */
    SUBMITTED
}
