package vn.congtactreem.reporting.process;

import org.springframework.modulith.NamedInterface;
import vn.congtactreem.base.process.ProcessVariable;
import vn.congtactreem.inbox.WorkItemIds;

/**
 * The BPMN API of {@code processes/unit-report.bpmn}: one instance per assigned unit and reporting
 * period, business key = the unit report's id. Reminders and the escalation of a late report are the
 * period's, not this process's (one timer per period in {@code plan-cycle}, see
 * {@code PlanCycleProcess}); the submit task's due date is the units' last day. From
 * {@link Element#READY_TO_REPORT} (where a returned report comes back, too) the unit first
 * acknowledges its assignment if it has not yet ({@link Element#ASSIGNMENT_ACKNOWLEDGED}), then fills
 * and submits its report; the officer accepts it or returns it with a comment. A sub-area that runs
 * its own cycle does not fill a form: its approved consolidated report arrives as message
 * {@link #SUB_AREA_REPORT_SUBMITTED}. Either way the report reaches {@link Element#REPORT_RECEIVED}, then the
 * review. The diagram is flat (until December 2026 the preparing steps sat in a sub-process {@code PrepareReport},
 * which cost every report a scope execution and two more activity instances; {@link ProcessVersionMigration} moves
 * instances waiting inside it).
 *
 * <p>A returned report sets {@link Var#ACKNOWLEDGED} to true on the process instance (a listener on the flow
 * after {@link Element#NOTIFY_RETURN}), so it is not acknowledged again: a report that was submitted had been
 * acknowledged. Completing {@link Element#ACKNOWLEDGE_ASSIGNMENT} writes nothing (every report passes there; the
 * return is rare).
 * Transactions: {@link Element#NOTIFY_RETURN} and {@link Element#ANNOUNCE_ACCEPTANCE} start in their own
 * jobs (async before), so a failing bean never undoes a person's completed task. {@link Element#CHECK_PERIOD_COMPLETE}
 * runs in the acceptance's transaction: it only reads (the period's row held, so two acceptances of a period's last
 * reports ask one after the other) and leaves {@link Var#PERIOD_COMPLETE}; only a report whose acceptance someone
 * must hear of (the period complete, or a sub-area's consolidated report) goes on to a job.
 */
@NamedInterface("process-ids")
public final class UnitReportProcess {

    public static final String KEY = "unit-report";

    /** Element ids. */
    public static final class Element {
        public static final String STARTED = "UnitReportStarted";
        public static final String ASSIGNMENT_ACKNOWLEDGED = "AssignmentAcknowledged";
        public static final String ACKNOWLEDGE_ASSIGNMENT = "AcknowledgeAssignment";
        /** where a report starts and where a returned one comes back (a join only: a gateway joins or forks). */
        public static final String READY_TO_REPORT = "ReadyToReport";
        /** whose report it is: a sub-area's (its consolidated report) or the unit's own. */
        public static final String REPORT_SOURCE = "ReportSource";
        public static final String SUBMIT_REPORT = "SubmitReport";
        public static final String AWAIT_SUB_AREA_REPORT = "AwaitSubAreaReport";
        /** joins the unit's submission and the sub-area's message before the review. */
        public static final String REPORT_RECEIVED = "ReportReceived";
        public static final String REVIEW_REPORT = "ReviewReport";
        public static final String REPORT_ACCEPTED = "ReportAccepted";
        public static final String NOTIFY_RETURN = "NotifyReturn";
        public static final String CHECK_PERIOD_COMPLETE = "CheckPeriodComplete";
        public static final String ANNOUNCEMENT_NEEDED = "AnnouncementNeeded";
        public static final String ANNOUNCE_ACCEPTANCE = "AnnounceAcceptance";
        public static final String ACCEPTANCE_HANDLED = "AcceptanceHandled";
        public static final String ACCEPTED = "UnitReportAccepted";

        private Element() {
        }
    }

    /** Process variables, as the diagram names them; code reads and writes them through the typed constants below. */
    public static final class Var {
        public static final String REPORT_ID = WorkItemIds.REPORT_ID.name();
        public static final String PLAN_ID = WorkItemIds.PLAN_ID.name();
        public static final String PERIOD_ID = WorkItemIds.PERIOD_ID.name();
        /** the reporting unit (agency, village or sub-area). */
        public static final String UNIT_ORG_ID = WorkItemIds.UNIT_ORG_ID.name();
        /** the organisation whose officer reviews the report. */
        public static final String PLAN_ORG_ID = WorkItemIds.PLAN_ORG_ID.name();
        /** true when the unit is a sub-area running its own cycle in the system. */
        public static final String SUB_AREA = "subArea";
        /**
         * true when the unit has already acknowledged its assignment (earlier period, or sub-area); the
         * diagram sets it on the process instance when the report is returned (it was submitted, so acknowledged).
         */
        public static final String ACKNOWLEDGED = "acknowledged";
        /**
         * the officer's decision, for the gateway after the review: stored when false (a return: the report's next
         * submission task is then announced by the return only), transient for a report never returned.
         */
        public static final String ACCEPTED = "accepted";
        /**
         * true when the acceptance just made leaves no report of the period unaccepted; set transient (never stored)
         * by {@link Element#CHECK_PERIOD_COMPLETE} for the gateway after it.
         */
        public static final String PERIOD_COMPLETE = "periodComplete";

        private Var() {
        }
    }

    public static final ProcessVariable<Long> REPORT_ID = WorkItemIds.REPORT_ID;
    public static final ProcessVariable<Long> PLAN_ID = WorkItemIds.PLAN_ID;
    public static final ProcessVariable<Long> PERIOD_ID = WorkItemIds.PERIOD_ID;
    public static final ProcessVariable<Long> UNIT_ORG_ID = WorkItemIds.UNIT_ORG_ID;
    public static final ProcessVariable<Long> PLAN_ORG_ID = WorkItemIds.PLAN_ORG_ID;
    public static final ProcessVariable<Boolean> SUB_AREA = ProcessVariable.flag(Var.SUB_AREA);
    public static final ProcessVariable<Boolean> ACKNOWLEDGED = ProcessVariable.flag(Var.ACKNOWLEDGED);
    public static final ProcessVariable<Boolean> ACCEPTED = ProcessVariable.flag(Var.ACCEPTED);
    public static final ProcessVariable<Boolean> PERIOD_COMPLETE = ProcessVariable.flag(Var.PERIOD_COMPLETE);

    /** Correlated by business key (the unit report's id). */
    public static final String SUB_AREA_REPORT_SUBMITTED = "subAreaReportSubmitted";

    public static final String REPORTER_GROUP_EXPRESSION = "org:${unitOrgId}:REPORTER";
    public static final String REVIEWER_GROUP_EXPRESSION = "org:${planOrgId}:OFFICER";

    /** Spring beans the diagram calls. */
    public static final class Bean {
        public static final String NOTIFY_RETURN = "notifyReturnDelegate";
        /** {@link Element#CHECK_PERIOD_COMPLETE}, in the acceptance's transaction. */
        public static final String CHECK_PERIOD_COMPLETE = "periodCompleteCheck";
        /**
         * {@link Element#ANNOUNCE_ACCEPTANCE}: named after the element that called it before the check moved into
         * the acceptance's transaction; instances started on that version still call it by this name, in a job.
         */
        public static final String ANNOUNCE_ACCEPTANCE = "checkPeriodCompleteDelegate";
        /**
         * {@code reportCalendar.dueAt(reportId)}: the Date after the last day to submit;
         * {@code reportCalendar.reviewDueAt(reportId)}: the due Date of the officer's review.
         */
        public static final String REPORT_CALENDAR = "reportCalendar";

        private Bean() {
        }
    }

    private UnitReportProcess() {
    }
}
