package vn.congtactreem.reporting;

/** Events of the reporting cycle; the notification feature turns them into mails and bells. */
public final class ReportEvents {

    private ReportEvents() {
    }

    /** A reminder date of the period: one reminder for each report still awaited, all in one event. */
    public record RemindersDue(long periodId, java.util.List<Awaited> reports) {

        /** A report still awaited, and its unit. */
        public record Awaited(long reportId, long unitOrgId, String unitName) {
        }
    }

    /** A unit report's last day passed without a submission: unit, officer and leader are told. */
    public record ReportOverdue(long reportId, long unitOrgId, long planOrgId, long periodId) {
    }

    /** The officer returned a unit report with a comment. */
    public record ReportReturned(long reportId, long unitOrgId, String comment) {
    }

    /** The upper level decided on a sub-area's consolidated report (its unit report there). */
    public record SubAreaReportReviewed(long consolidatedReportId, boolean accepted, String comment) {
    }

    /** A consolidated report reached the upper level. */
    public record ConsolidatedReportSubmitted(long consolidatedReportId, long orgUnitId, Long upperReportId) {
    }
}
