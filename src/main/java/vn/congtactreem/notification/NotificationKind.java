package vn.congtactreem.notification;

/** What a notification announces; with the recipient, subject and discriminator it is written once. */
public enum NotificationKind {
    TASK_ASSIGNED,
    REMINDER_DUE,
    REPORT_OVERDUE,
    REPORT_RETURNED,
    PLAN_RETURNED,
    PLAN_ISSUED,
    CONSOLIDATED_REPORT_SUBMITTED,
    SUB_AREA_REPORT_REVIEWED
}
