package vn.congtactreem.plan;

/**
 * What a line of a plan's timeline records. The names are the codes stored in {@code cycle_event.action} (and in
 * the audit trail's action), so renaming a constant needs a data migration; each has its label under
 * {@link #messageKey()} in the bundles.
 */
public enum CycleAction {

    // the plan
    PLAN_STARTED,
    PLAN_ADOPTED,
    UPPER_PLAN_REGISTERED,
    UPPER_PLAN_RECEIVED,
    PLAN_COPIED,
    PLAN_TARGETS_FROM_UPPER,
    PLAN_SUBMITTED,
    PLAN_APPROVED,
    PLAN_RETURNED,
    PLAN_ISSUED,
    UNITS_ASSIGNED,
    ASSIGNMENT_ACKNOWLEDGED,
    // a period and its unit reports
    PERIOD_OPENED,
    REMINDER_SENT,
    REMINDER_SENT_NOW,
    REPORT_SUBMITTED,
    REPORT_SUBMITTED_LATE,
    REPORT_OVERDUE,
    REPORT_RETURNED,
    REPORT_ACCEPTED,
    HISTORICAL_FIGURES,
    // the organisation's consolidated report
    CONSOLIDATION_AGGREGATED,
    CONSOLIDATION_SUBMITTED_FOR_APPROVAL,
    CONSOLIDATION_APPROVED,
    CONSOLIDATION_RETURNED,
    CONSOLIDATION_SUBMITTED,
    CONSOLIDATION_SUBMITTED_LATE,
    CONSOLIDATION_ACCEPTED_BY_UPPER,
    CONSOLIDATION_RETURNED_BY_UPPER,
    CYCLE_CLOSED;

    /** The bundle key of its label, "timeline.action.PLAN_ISSUED". */
    public String messageKey() {
        return "timeline.action." + name();
    }

    /** A unit's report submitted (or a sub-area's consolidated report arriving as one), late or not. */
    public static CycleAction reportSubmitted(boolean late) {
        return late ? REPORT_SUBMITTED_LATE : REPORT_SUBMITTED;
    }

    /** A consolidated report submitted upward, late or not. */
    public static CycleAction consolidationSubmitted(boolean late) {
        return late ? CONSOLIDATION_SUBMITTED_LATE : CONSOLIDATION_SUBMITTED;
    }
}
