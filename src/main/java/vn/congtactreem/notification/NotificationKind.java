package vn.congtactreem.notification;

import java.util.Arrays;
import java.util.List;

/** What a notification announces; with the recipient, subject and discriminator it is written once. */
public enum NotificationKind {
    TASK_ASSIGNED,
    REMINDER_DUE,
    REPORT_OVERDUE,
    /** One per period to the officers and leaders: every unit whose report is overdue, those without users named. */
    OVERDUE_SUMMARY,
    REPORT_RETURNED,
    PLAN_RETURNED,
    PLAN_ISSUED,
    CONSOLIDATED_REPORT_SUBMITTED,
    SUB_AREA_REPORT_REVIEWED,
    /** To the person on leave and the substitute they (or an administrator) named. */
    SUBSTITUTION_NAMED,
    /** To both of them when the substitution was ended before its last day. */
    SUBSTITUTION_ENDED,
    /** One mail a day carrying the notifications of the kinds a user chose to receive as a digest. */
    DAILY_DIGEST;

    /** The kinds a user may choose for: every event, not the digest itself. */
    public static List<NotificationKind> events() {
        return Arrays.stream(values()).filter(kind -> kind != DAILY_DIGEST).toList();
    }
}
