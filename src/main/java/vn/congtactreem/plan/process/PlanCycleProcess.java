package vn.congtactreem.plan.process;

import java.util.List;
import org.springframework.modulith.NamedInterface;
import vn.congtactreem.base.process.ProcessVariable;
import vn.congtactreem.inbox.WorkItemIds;

/**
 * The BPMN API of {@code processes/plan-cycle.bpmn}: one instance per organisation and plan, from
 * the upper level's plan to the close of the cycle. Its ids and variables are used only through
 * these constants. Variables hold ids, never documents.
 *
 * <p>Transactions: the leader's approval is committed before {@link Element#ISSUE_PLAN} runs
 * (async before); issuing, assigning and opening a period each commit on their own (async after);
 * {@link Element#CLOSE_CYCLE} runs in its own job once the last period has ended. Each
 * {@link Element#RUN_PERIOD} waits for {@link #allReportsAccepted(long)} or its cut-off, then calls
 * {@code consolidation} with {@link Var#PLAN_ID}, {@link Var#PERIOD_ID} and {@link Var#ORG_UNIT_ID}.
 *
 * <p>Reminders and overdue escalations belong to the period, not to each unit report: once the period is open,
 * a branch beside the wait fires at each reminder date of the period ({@link Element#PERIOD_REMINDER_DUE}) and
 * reminds every unit whose report is still awaited in that one job ({@link Element#REMIND_AWAITED_UNITS}); at
 * the cut-off, which is the end of the units' last day, {@link Element#ESCALATE_OVERDUE_REPORTS} escalates every
 * report still missing, once, before the consolidation. {@link Element#PERIOD_CLOSED} terminates the period's
 * scope, so a period consolidated early leaves no reminder timer behind. A country's reminders are one timer per
 * open period instead of one per unit report.
 */
@NamedInterface("process-ids")
public final class PlanCycleProcess {

    public static final String KEY = "plan-cycle";

    /** Element ids. */
    public static final class Element {
        public static final String STARTED = "PlanCycleStarted";
        /** a plan issued outside the system ({@link Var#ADOPTED}) skips registering, drafting and approving. */
        public static final String PLAN_ALREADY_ISSUED = "PlanAlreadyIssued";
        public static final String ISSUE_OR_ADOPTED = "IssueOrAdopted";
        public static final String UPPER_PLAN_KNOWN = "UpperPlanKnown";
        public static final String REGISTER_UPPER_PLAN = "RegisterUpperPlan";
        public static final String DRAFT_PLAN = "DraftPlan";
        public static final String REVIEW_PLAN = "ReviewPlan";
        public static final String PLAN_APPROVED = "PlanApproved";
        public static final String ISSUE_PLAN = "IssuePlan";
        public static final String ASSIGN_UNITS = "AssignUnits";
        public static final String RUN_PERIOD = "RunPeriod";
        public static final String PERIOD_OPENS = "PeriodOpens";
        public static final String OPEN_PERIOD = "OpenPeriod";
        /** the period's two branches: waiting for the reports, and the reminders. */
        public static final String PERIOD_FORK = "PeriodFork";
        public static final String WAIT_FOR_REPORTS = "WaitForReports";
        /** where the reminder branch starts (and loops back to after each reminder). */
        public static final String PERIOD_REMINDER_LOOP = "PeriodReminderLoop";
        public static final String PERIOD_REMINDERS_LEFT = "PeriodRemindersLeft";
        public static final String PERIOD_REMINDER_DUE = "PeriodReminderDue";
        public static final String REMIND_AWAITED_UNITS = "RemindAwaitedUnits";
        public static final String NO_MORE_PERIOD_REMINDERS = "NoMorePeriodReminders";
        public static final String ALL_REPORTS_ACCEPTED = "AllReportsAccepted";
        public static final String CUT_OFF_REACHED = "CutOffReached";
        public static final String ESCALATE_OVERDUE_REPORTS = "EscalateOverdueReports";
        public static final String CONSOLIDATE_PERIOD = "ConsolidatePeriod";
        /** a terminate end: a period consolidated ends its reminders still waiting. */
        public static final String PERIOD_CLOSED = "PeriodClosed";
        public static final String CLOSE_CYCLE = "CloseCycle";
        public static final String CLOSED = "PlanCycleClosed";

        private Element() {
        }
    }

    /** Process variables, as the diagram names them; code reads and writes them through the typed constants below. */
    public static final class Var {
        public static final String PLAN_ID = WorkItemIds.PLAN_ID.name();
        public static final String ORG_UNIT_ID = WorkItemIds.ORG_UNIT_ID.name();
        /** true when the upper plan was registered before the cycle started (nested cycles). */
        public static final String UPPER_PLAN_REGISTERED = "upperPlanRegistered";
        /**
         * true for a plan issued outside the system and registered as issued ("Nhập kế hoạch đã ban
         * hành"): the cycle goes straight to {@link Element#ISSUE_PLAN} (which keeps its number and date).
         */
        public static final String ADOPTED = "adopted";
        /** the leader's decision on the draft. */
        public static final String APPROVED = "approved";
        /** ids of the plan's reporting periods, all years; one {@link Element#RUN_PERIOD} each. */
        public static final String PERIOD_IDS = "periodIds";
        /** element variable of {@link Element#RUN_PERIOD}. */
        public static final String PERIOD_ID = WorkItemIds.PERIOD_ID.name();

        private Var() {
        }
    }

    public static final ProcessVariable<Long> PLAN_ID = WorkItemIds.PLAN_ID;
    public static final ProcessVariable<Long> ORG_UNIT_ID = WorkItemIds.ORG_UNIT_ID;
    public static final ProcessVariable<Boolean> UPPER_PLAN_REGISTERED =
            ProcessVariable.flag(Var.UPPER_PLAN_REGISTERED);
    public static final ProcessVariable<Boolean> ADOPTED = ProcessVariable.flag(Var.ADOPTED);
    public static final ProcessVariable<Boolean> APPROVED = ProcessVariable.flag(Var.APPROVED);
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final ProcessVariable<List<Long>> PERIOD_IDS =
            new ProcessVariable<>(Var.PERIOD_IDS, (Class<List<Long>>) (Class) List.class);
    public static final ProcessVariable<Long> PERIOD_ID = WorkItemIds.PERIOD_ID;

    /** Name of the message that ends a period's wait early, for one period: see {@link #allReportsAccepted}. */
    public static final String ALL_REPORTS_ACCEPTED_MESSAGE_PREFIX = "allReportsAccepted-";

    public static String allReportsAccepted(long periodId) {
        return ALL_REPORTS_ACCEPTED_MESSAGE_PREFIX + periodId;
    }

    /** Candidate groups of this process's user tasks: {@code org:<orgUnitId>:<ROLE>}. */
    public static final String OFFICER_GROUP_EXPRESSION = "org:${orgUnitId}:OFFICER";
    public static final String LEADER_GROUP_EXPRESSION = "org:${orgUnitId}:LEADER";

    /** Spring beans the diagram calls. */
    public static final class Bean {
        public static final String ISSUE_PLAN = "issuePlanDelegate";
        public static final String ASSIGN_UNITS = "assignUnitsDelegate";
        public static final String OPEN_PERIOD = "openPeriodDelegate";
        public static final String REMIND_AWAITED_UNITS = "remindAwaitedUnitsDelegate";
        public static final String ESCALATE_OVERDUE_REPORTS = "escalateOverdueReportsDelegate";
        public static final String CLOSE_CYCLE = "closeCycleDelegate";
        /**
         * {@code periodCalendar.opensAt(periodId)}, {@code periodCalendar.cutOffAt(periodId)} and
         * {@code periodCalendar.nextReminderAt(periodId)}: Dates; {@code periodCalendar.hasReminderLeft(periodId)}.
         */
        public static final String PERIOD_CALENDAR = "periodCalendar";
        /** {@code planCalendar.reviewDueAt(planId)}: the due Date of the leader's decision on the draft. */
        public static final String PLAN_CALENDAR = "planCalendar";

        private Bean() {
        }
    }

    private PlanCycleProcess() {
    }
}
