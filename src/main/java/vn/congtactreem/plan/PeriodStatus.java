package vn.congtactreem.plan;

public enum PeriodStatus {
    /** waiting for its opening date. */
    PLANNED,
    /** units fill and submit their reports. */
    OPEN,
    /** the organisation writes and approves its consolidated report. */
    CONSOLIDATING,
    /** the consolidated report went upward. */
    SUBMITTED,
    /**
     * already over when the plan was registered as issued outside the system: no process runs it (no
     * tasks, reminders or overdue notices); its figures may be entered afterwards as historical data.
     */
    PAST
}
