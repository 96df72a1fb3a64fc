package vn.congtactreem.reporting.process;

import org.springframework.modulith.NamedInterface;
import vn.congtactreem.base.process.ProcessVariable;
import vn.congtactreem.inbox.WorkItemIds;

/**
 * The BPMN API of {@code processes/consolidation.bpmn}: one instance per organisation and reporting
 * period, called by the plan cycle when every unit report is accepted or at the cut-off. The
 * system aggregates, the officer writes, the leader approves or returns, the report goes upward.
 * When the upper level runs in the system, its decision comes back as a message.
 *
 * <p>Transactions: {@link Element#AGGREGATE_REPORTS} and {@link Element#SUBMIT_UPWARD} start in
 * their own jobs (async before), so the caller, the leader's decision or the upper level's message
 * is committed first; {@link Element#SUBMIT_UPWARD} also commits before the process moves on.
 */
@NamedInterface("process-ids")
public final class ConsolidationProcess {

    public static final String KEY = "consolidation";

    /** Element ids. */
    public static final class Element {
        public static final String STARTED = "ConsolidationStarted";
        public static final String AGGREGATE_REPORTS = "AggregateReports";
        public static final String WRITE_CONSOLIDATED_REPORT = "WriteConsolidatedReport";
        public static final String APPROVE_CONSOLIDATED_REPORT = "ApproveConsolidatedReport";
        public static final String CONSOLIDATED_REPORT_APPROVED = "ConsolidatedReportApproved";
        public static final String SUBMIT_UPWARD = "SubmitUpward";
        public static final String UPPER_IN_SYSTEM = "UpperInSystem";
        public static final String AWAIT_UPPER_DECISION = "AwaitUpperDecision";
        public static final String UPPER_ACCEPTED = "UpperAccepted";
        public static final String UPPER_RETURNED = "UpperReturned";
        public static final String SUBMITTED = "ConsolidationSubmitted";
        public static final String ACCEPTED_BY_UPPER = "ConsolidationAccepted";

        private Element() {
        }
    }

    /** Process variables, as the diagram names them; code reads and writes them through the typed constants below. */
    public static final class Var {
        public static final String PLAN_ID = WorkItemIds.PLAN_ID.name();
        public static final String PERIOD_ID = WorkItemIds.PERIOD_ID.name();
        public static final String ORG_UNIT_ID = WorkItemIds.ORG_UNIT_ID.name();
        /** set by {@link Bean#AGGREGATE_REPORTS}. */
        public static final String CONSOLIDATED_REPORT_ID = WorkItemIds.CONSOLIDATED_REPORT_ID.name();
        /** the leader's decision. */
        public static final String APPROVED = "approved";
        /** set by {@link Bean#SUBMIT_UPWARD}: the upper level reviews it in the system. */
        public static final String UPPER_IN_SYSTEM = "upperInSystem";

        private Var() {
        }
    }

    public static final ProcessVariable<Long> PLAN_ID = WorkItemIds.PLAN_ID;
    public static final ProcessVariable<Long> PERIOD_ID = WorkItemIds.PERIOD_ID;
    public static final ProcessVariable<Long> ORG_UNIT_ID = WorkItemIds.ORG_UNIT_ID;
    public static final ProcessVariable<Long> CONSOLIDATED_REPORT_ID = WorkItemIds.CONSOLIDATED_REPORT_ID;
    public static final ProcessVariable<Boolean> APPROVED = ProcessVariable.flag(Var.APPROVED);
    public static final ProcessVariable<Boolean> UPPER_IN_SYSTEM = ProcessVariable.flag(Var.UPPER_IN_SYSTEM);

    /** Both correlated with process variable {@link Var#CONSOLIDATED_REPORT_ID}. */
    public static final String UPPER_ACCEPTED_MESSAGE = "upperAccepted";
    public static final String UPPER_RETURNED_MESSAGE = "upperReturned";

    public static final String OFFICER_GROUP_EXPRESSION = "org:${orgUnitId}:OFFICER";
    public static final String LEADER_GROUP_EXPRESSION = "org:${orgUnitId}:LEADER";

    /** Spring beans the diagram calls. */
    public static final class Bean {
        public static final String AGGREGATE_REPORTS = "aggregateReportsDelegate";
        public static final String SUBMIT_UPWARD = "submitUpwardDelegate";
        /** {@code consolidationCalendar.dueAt(periodId)}: the writing's and the approval's due Date. */
        public static final String CONSOLIDATION_CALENDAR = "consolidationCalendar";

        private Bean() {
        }
    }

    private ConsolidationProcess() {
    }
}
