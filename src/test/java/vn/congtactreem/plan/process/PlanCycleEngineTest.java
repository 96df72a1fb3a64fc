package vn.congtactreem.plan.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.congtactreem.support.RecordingDelegate.recording;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import vn.congtactreem.plan.process.PlanCycleProcess.Bean;
import vn.congtactreem.plan.process.PlanCycleProcess.Var;
import vn.congtactreem.reporting.process.ConsolidationProcess;
import vn.congtactreem.support.ProcessEngineTest;
import vn.congtactreem.support.RecordingDelegate;

/**
 * The plan cycle (with its consolidations) on the bare engine: every bean it calls is a fake registered before
 * each test, the system's steps record their calls, each period opens and is cut off at the date its test gives
 * {@link #calendar}; a cycle is started for one plan and organisation, and a consolidation finished as its people
 * finish it.
 */
abstract class PlanCycleEngineTest extends ProcessEngineTest {

    /**
     * The fake {@code periodCalendar} bean: each period's opening date, cut-off and reminder dates (none unless a
     * test gives them); like the real bean, the next reminder is the first one after the engine's now.
     */
    public static class PeriodCalendar {
        private final Map<Long, Date> opens = new LinkedHashMap<>();
        private final Map<Long, Date> cutOffs = new LinkedHashMap<>();
        private final Map<Long, List<Date>> reminders = new LinkedHashMap<>();

        PeriodCalendar period(long periodId, String opensAt, String cutOffAt) {
            opens.put(periodId, at(opensAt));
            cutOffs.put(periodId, at(cutOffAt));
            return this;
        }

        public Date opensAt(long periodId) {
            return opens.get(periodId);
        }

        public Date cutOffAt(long periodId) {
            return cutOffs.get(periodId);
        }

        PeriodCalendar reminders(long periodId, String... at) {
            reminders.put(periodId, java.util.Arrays.stream(at).map(ProcessEngineTest::at).toList());
            return this;
        }

        public boolean hasReminderLeft(long periodId) {
            return nextReminder(periodId) != null;
        }

        public Date nextReminderAt(long periodId) {
            Date next = nextReminder(periodId);
            return next == null ? org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime() : next;
        }

        private Date nextReminder(long periodId) {
            Date now = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime();
            return reminders.getOrDefault(periodId, List.of()).stream().filter(at -> at.after(now)).findFirst()
                    .orElse(null);
        }
    }

    /** Like the real bean: the leader decides within three days, never after 30/4/2025 (a first period opens 1/5). */
    public static class FakePlanCalendar {
        public Date reviewDueAt(long planId) {
            return Date.from(vn.congtactreem.plan.Deadlines.reviewDue(
                    org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant(), 3,
                    java.time.LocalDate.of(2025, 4, 30)));
        }
    }

    /** Like the real bean: the end of 24/5/2025, the last day upward of every period here. */
    public static class FakeConsolidationCalendar {
        public Date dueAt(long periodId) {
            return at("2025-05-25T00:00");
        }
    }

    protected final PeriodCalendar calendar = new PeriodCalendar();
    protected final RecordingDelegate issuePlan = recording();
    protected final RecordingDelegate assignUnits = recording();
    protected final RecordingDelegate openPeriod = recording();
    protected final RecordingDelegate remindAwaitedUnits = recording();
    protected final RecordingDelegate escalateOverdueReports = recording();
    protected final RecordingDelegate closeCycle = recording();
    protected final RecordingDelegate aggregateReports = recording(execution -> execution.setVariable(
            ConsolidationProcess.Var.CONSOLIDATED_REPORT_ID,
            5000L + (Long) execution.getVariable(ConsolidationProcess.Var.PERIOD_ID)));
    protected final RecordingDelegate submitUpward = recording(
            execution -> execution.setVariable(ConsolidationProcess.Var.UPPER_IN_SYSTEM, false));

    @BeforeEach
    void registerBeans() {
        Mocks.register(Bean.PLAN_CALENDAR, new FakePlanCalendar());
        Mocks.register(ConsolidationProcess.Bean.CONSOLIDATION_CALENDAR, new FakeConsolidationCalendar());
        Mocks.register(Bean.ISSUE_PLAN, issuePlan);
        Mocks.register(Bean.ASSIGN_UNITS, assignUnits);
        Mocks.register(Bean.OPEN_PERIOD, openPeriod);
        Mocks.register(Bean.REMIND_AWAITED_UNITS, remindAwaitedUnits);
        Mocks.register(Bean.ESCALATE_OVERDUE_REPORTS, escalateOverdueReports);
        Mocks.register(Bean.CLOSE_CYCLE, closeCycle);
        Mocks.register(Bean.PERIOD_CALENDAR, calendar);
        Mocks.register(ConsolidationProcess.Bean.AGGREGATE_REPORTS, aggregateReports);
        Mocks.register(ConsolidationProcess.Bean.SUBMIT_UPWARD, submitUpward);
    }

    /**
     * Starts the plan's cycle for the organisation over these periods; {@code adopted} null leaves the variable
     * unset, as a cycle started before programmes could be adopted.
     */
    protected static ProcessInstance startCycle(long planId, long orgUnitId, boolean upperPlanRegistered,
                                                Boolean adopted, Long... periodIds) {
        VariableMap variables = Variables.createVariables()
                .putValue(Var.PLAN_ID, planId)
                .putValue(Var.ORG_UNIT_ID, orgUnitId)
                .putValue(Var.UPPER_PLAN_REGISTERED, upperPlanRegistered);
        if (adopted != null) {
            variables.putValue(Var.ADOPTED, adopted);
        }
        variables.putValue(Var.PERIOD_IDS, new ArrayList<>(List.of(periodIds)));
        return runtimeService().startProcessInstanceByKey(PlanCycleProcess.KEY, String.valueOf(planId), variables);
    }

    protected static ProcessInstance consolidationOf(long periodId) {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey(ConsolidationProcess.KEY)
                .variableValueEquals(ConsolidationProcess.Var.PERIOD_ID, periodId).singleResult();
    }

    /** The consolidation as its people do it: aggregate, write, approve, submit (upper level outside the system). */
    protected void finish(ProcessInstance consolidation) {
        runDueJobs(consolidation.getId());
        assertThat(consolidation).isWaitingAt(ConsolidationProcess.Element.WRITE_CONSOLIDATED_REPORT);
        complete(task());
        complete(task(), withVariables(ConsolidationProcess.Var.APPROVED, true));
        runDueJobs(consolidation.getId());
        assertThat(consolidation).isEnded();
    }
}
