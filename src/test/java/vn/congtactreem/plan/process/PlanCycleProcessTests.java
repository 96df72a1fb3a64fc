package vn.congtactreem.plan.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.congtactreem.plan.process.PlanCycleProcess.Element.ASSIGN_UNITS;
import static vn.congtactreem.plan.process.PlanCycleProcess.Element.CUT_OFF_REACHED;
import static vn.congtactreem.plan.process.PlanCycleProcess.Element.DRAFT_PLAN;
import static vn.congtactreem.plan.process.PlanCycleProcess.Element.ISSUE_PLAN;
import static vn.congtactreem.plan.process.PlanCycleProcess.Element.PERIOD_OPENS;
import static vn.congtactreem.plan.process.PlanCycleProcess.Element.PERIOD_REMINDER_DUE;
import static vn.congtactreem.plan.process.PlanCycleProcess.Element.REGISTER_UPPER_PLAN;
import static vn.congtactreem.plan.process.PlanCycleProcess.Element.REVIEW_PLAN;
import static vn.congtactreem.plan.process.PlanCycleProcess.Element.WAIT_FOR_REPORTS;

import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.congtactreem.plan.process.PlanCycleProcess.Element;
import vn.congtactreem.plan.process.PlanCycleProcess.Var;
import vn.congtactreem.reporting.process.ConsolidationProcess;

/**
 * A commune's plan cycle: the district's plan is registered, the officer drafts, the leader
 * approves, the plan is issued and assigned, then each reporting period opens on its date, waits
 * for the units' reports (or its cut-off) and is consolidated; the cycle closes after the last one.
 */
@Deployment(resources = {"processes/plan-cycle.bpmn", "processes/consolidation.bpmn"})
class PlanCycleProcessTests extends PlanCycleEngineTest {

    private static final long PLAN = 100L;
    private static final long COMMUNE = 7L;
    /** 6-month report: opens 1/5, every unit report must be in "before 19/5"; consolidation by 20/5 at the latest. */
    private static final long SIX_MONTH = 11L;
    /** annual report: opens 1/11, cut-off 18/11. */
    private static final long ANNUAL = 12L;

    PlanCycleProcessTests() {
        calendar.period(SIX_MONTH, "2025-05-01T00:00", "2025-05-20T00:00")
                .period(ANNUAL, "2025-11-01T00:00", "2025-11-18T00:00");
    }

    @BeforeEach
    void beforeTheFirstPeriod() {
        clockAt("2025-03-03T08:00");
    }

    @Test
    void theLeadersDecisionOnTheDraftIsDueThreeDaysAfterItArrivesAndBeforeTheFirstPeriodOpens() {
        ProcessInstance cycle = start(false, SIX_MONTH, ANNUAL);
        assertThat(cycle).isWaitingAt(REGISTER_UPPER_PLAN);
        complete(task());
        complete(task());
        assertThat(cycle).isWaitingAt(REVIEW_PLAN);
        assertThat(task().getDueDate()).isEqualTo(at("2025-03-07T00:00"));
        complete(task(), withVariables(Var.APPROVED, false));

        // sent again on 29/4: due at the end of 30/4, the day before the period opens, not on 2/5
        clockAt("2025-04-29T10:00");
        complete(task());
        assertThat(task().getDueDate()).isEqualTo(at("2025-05-01T00:00"));
        clockAt("2025-05-01T08:00");
        assertThat(taskService().createTaskQuery().processInstanceId(cycle.getId()).dueBefore(at("2025-05-01T08:00"))
                .count()).as("overdue when the period opens").isOne();
    }

    @Test
    void officerRegistersTheUpperPlanDraftsLeaderReturnsOfficerRedraftsLeaderApprovesThenPlanIsIssuedAndAssigned() {
        ProcessInstance cycle = start(false, SIX_MONTH, ANNUAL);

        assertThat(cycle).isWaitingAt(REGISTER_UPPER_PLAN);
        assertThat(task()).hasCandidateGroup("org:7:OFFICER");
        complete(task());

        assertThat(cycle).isWaitingAt(DRAFT_PLAN);
        assertThat(task()).hasCandidateGroup("org:7:OFFICER");
        complete(task());

        assertThat(cycle).isWaitingAt(REVIEW_PLAN);
        assertThat(task()).hasCandidateGroup("org:7:LEADER");
        complete(task(), withVariables(Var.APPROVED, false));

        assertThat(cycle).isWaitingAt(DRAFT_PLAN);
        complete(task());
        assertThat(cycle).isWaitingAt(REVIEW_PLAN);
        complete(task(), withVariables(Var.APPROVED, true));

        // the leader's approval is saved before the plan is issued
        assertThat(cycle).isWaitingAt(ISSUE_PLAN);
        assertThat(issuePlan.count()).isZero();
        runDueJobs();

        assertThat(issuePlan.count()).isEqualTo(1);
        assertThat(issuePlan.calls().get(0).variables())
                .containsEntry(Var.PLAN_ID, PLAN).containsEntry(Var.ORG_UNIT_ID, COMMUNE);
        assertThat(assignUnits.count()).isEqualTo(1);
        assertThat(cycle).hasPassed(ISSUE_PLAN, ASSIGN_UNITS).isWaitingAt(PERIOD_OPENS);
        assertThat(historyService().createHistoricTaskInstanceQuery().taskDefinitionKey(DRAFT_PLAN).count())
                .isEqualTo(2);
        assertThat(openPeriod.count()).as("no period is open before its date").isZero();
    }

    @Test
    void aNestedCycleWhoseUpperPlanIsAlreadyRegisteredStartsWithTheDraft() {
        ProcessInstance cycle = start(true, SIX_MONTH, ANNUAL);

        assertThat(cycle).isWaitingAt(DRAFT_PLAN).hasNotPassed(REGISTER_UPPER_PLAN);
    }

    @Test
    void periodsRunInParallelEachOpensOnItsOwnDateOneEndsEarlyTheOtherAtItsCutOffAndTheCycleClosesAfterBoth() {
        ProcessInstance cycle = approvedAndAssigned(SIX_MONTH, ANNUAL);

        assertThat(timersAt(PERIOD_OPENS)).containsExactly(at("2025-05-01T00:00"), at("2025-11-01T00:00"));
        clockAt("2025-04-30T23:59");
        runDueJobs();
        assertThat(openPeriod.count()).isZero();

        clockAt("2025-05-01T00:00");
        runDueJobs();
        assertThat(openPeriod.values(Var.PERIOD_ID)).containsExactly(SIX_MONTH);
        assertThat(cycle).isWaitingAt(WAIT_FOR_REPORTS, PERIOD_OPENS);
        assertThat(messageSubscriptions()).containsExactly("allReportsAccepted-11");
        assertThat(timersAt(CUT_OFF_REACHED)).containsExactly(at("2025-05-20T00:00"));

        // every unit's 6-month report is accepted before the cut-off
        clockAt("2025-05-17T16:00");
        runtimeService().createMessageCorrelation(PlanCycleProcess.allReportsAccepted(SIX_MONTH)).correlate();

        assertThat(timersAt(CUT_OFF_REACHED)).as("the early end cancels the cut-off").isEmpty();
        ProcessInstance sixMonthConsolidation = consolidationOf(SIX_MONTH);
        assertThat(runtimeService().getVariables(sixMonthConsolidation.getId()))
                .containsEntry(Var.PLAN_ID, PLAN).containsEntry(Var.PERIOD_ID, SIX_MONTH)
                .containsEntry(Var.ORG_UNIT_ID, COMMUNE);
        assertThat(sixMonthConsolidation.getRootProcessInstanceId()).isEqualTo(cycle.getId());
        finish(sixMonthConsolidation);
        assertThat(sixMonthConsolidation).isEnded();
        assertThat(cycle).isWaitingAt(PERIOD_OPENS).isNotEnded();
        assertThat(closeCycle.count()).isZero();

        // the annual period opens in November and nobody sends everything in time: the cut-off ends it
        clockAt("2025-11-01T00:00");
        runDueJobs();
        assertThat(openPeriod.values(Var.PERIOD_ID)).containsExactly(SIX_MONTH, ANNUAL);
        assertThat(messageSubscriptions()).containsExactly("allReportsAccepted-12");
        clockAt("2025-11-18T00:00");
        runDueJobs();
        ProcessInstance annualConsolidation = consolidationOf(ANNUAL);
        assertThat(runtimeService().getVariables(annualConsolidation.getId())).containsEntry(Var.PERIOD_ID, ANNUAL);
        assertThat(messageSubscriptions()).isEmpty();
        assertThat(closeCycle.count()).isZero();

        finish(annualConsolidation);
        // the last period's end is saved before the cycle is closed
        assertThat(cycle).isWaitingAt(Element.CLOSE_CYCLE);
        assertThat(closeCycle.count()).isZero();
        runDueJobs();
        assertThat(closeCycle.count()).isEqualTo(1);
        assertThat(cycle).isEnded().hasPassed(Element.ALL_REPORTS_ACCEPTED, CUT_OFF_REACHED, Element.CLOSED);
        assertThat(consolidationCalls()).containsExactly(SIX_MONTH, ANNUAL);
    }

    @Test
    void thePeriodRemindsItsAwaitedUnitsInOneStepPerReminderDateThenEscalatesAtTheCutOffBeforeConsolidating() {
        calendar.period(SIX_MONTH, "2025-05-01T00:00", "2025-05-19T00:00")
                .reminders(SIX_MONTH, "2025-05-12T08:00", "2025-05-18T08:00");
        ProcessInstance cycle = approvedAndAssigned(SIX_MONTH, ANNUAL);
        assertThat(timersAt(PERIOD_REMINDER_DUE)).as("nothing before the period opens").isEmpty();

        clockAt("2025-05-01T00:00");
        runDueJobs();
        assertThat(cycle).isWaitingAt(WAIT_FOR_REPORTS, PERIOD_REMINDER_DUE, PERIOD_OPENS);
        assertThat(timersAt(PERIOD_REMINDER_DUE)).containsExactly(at("2025-05-12T08:00"));

        clockAt("2025-05-12T07:59");
        runDueJobs();
        assertThat(remindAwaitedUnits.count()).isZero();
        clockAt("2025-05-12T08:00");
        runDueJobs();
        assertThat(remindAwaitedUnits.times()).containsExactly(at("2025-05-12T08:00"));
        assertThat(remindAwaitedUnits.values(Var.PERIOD_ID)).containsExactly(SIX_MONTH);
        assertThat(timersAt(PERIOD_REMINDER_DUE)).containsExactly(at("2025-05-18T08:00"));

        clockAt("2025-05-18T08:00");
        runDueJobs();
        assertThat(remindAwaitedUnits.times()).containsExactly(at("2025-05-12T08:00"), at("2025-05-18T08:00"));
        assertThat(timersAt(PERIOD_REMINDER_DUE)).as("no reminder left").isEmpty();
        assertThat(cycle).hasPassed(Element.NO_MORE_PERIOD_REMINDERS).isWaitingAt(WAIT_FOR_REPORTS, PERIOD_OPENS);
        assertThat(escalateOverdueReports.count()).isZero();

        clockAt("2025-05-19T00:00");
        runDueJobs();
        assertThat(escalateOverdueReports.times()).containsExactly(at("2025-05-19T00:00"));
        assertThat(escalateOverdueReports.values(Var.PERIOD_ID)).containsExactly(SIX_MONTH);
        assertThat(cycle).hasPassed(CUT_OFF_REACHED, Element.ESCALATE_OVERDUE_REPORTS);
        finish(consolidationOf(SIX_MONTH));
        assertThat(cycle).isWaitingAt(PERIOD_OPENS);
        assertThat(remindAwaitedUnits.count()).isEqualTo(2);
        assertThat(escalateOverdueReports.count()).isEqualTo(1);
    }

    @Test
    void aPeriodConsolidatedBeforeItsLastReminderEndsItsRemindersAndEscalatesNothing() {
        calendar.reminders(SIX_MONTH, "2025-05-12T08:00", "2025-05-18T08:00");
        ProcessInstance cycle = approvedAndAssigned(SIX_MONTH, ANNUAL);
        clockAt("2025-05-01T00:00");
        runDueJobs();
        clockAt("2025-05-12T08:00");
        runDueJobs();
        assertThat(remindAwaitedUnits.count()).isEqualTo(1);

        // every report accepted on 15/5, the consolidation finished on 16/5: the period closes
        clockAt("2025-05-15T10:00");
        runtimeService().createMessageCorrelation(PlanCycleProcess.allReportsAccepted(SIX_MONTH)).correlate();
        assertThat(timersAt(PERIOD_REMINDER_DUE)).as("still reminding while the period consolidates")
                .containsExactly(at("2025-05-18T08:00"));
        clockAt("2025-05-16T10:00");
        finish(consolidationOf(SIX_MONTH));

        assertThat(timersAt(PERIOD_REMINDER_DUE)).as("the closed period's scope is terminated").isEmpty();
        assertThat(cycle).hasPassed(Element.PERIOD_CLOSED).isWaitingAt(PERIOD_OPENS);
        clockAt("2025-05-20T00:00");
        runDueJobs();
        assertThat(remindAwaitedUnits.count()).isEqualTo(1);
        assertThat(escalateOverdueReports.count()).isZero();
    }

    @Test
    void aPeriodOpenedAfterItsRemindersAndItsLastDayEscalatesAtOnce() {
        calendar.reminders(ANNUAL, "2025-11-11T08:00", "2025-11-17T08:00");
        ProcessInstance cycle = approvedAndAssigned(ANNUAL);

        // the system was down, or the plan adopted late: the timers fire on the 25th
        clockAt("2025-11-25T09:00");
        runDueJobs();

        assertThat(openPeriod.values(Var.PERIOD_ID)).containsExactly(ANNUAL);
        assertThat(remindAwaitedUnits.count()).as("no reminder after the last day").isZero();
        assertThat(escalateOverdueReports.values(Var.PERIOD_ID)).containsExactly(ANNUAL);
        assertThat(cycle).hasPassed(Element.NO_MORE_PERIOD_REMINDERS, Element.ESCALATE_OVERDUE_REPORTS);
        assertThat(consolidationOf(ANNUAL)).isNotNull();
    }

    @Test
    void aMultiYearProgrammeRunsEveryPeriodOfBothYears() {
        calendar.period(21L, "2025-05-01T00:00", "2025-05-20T00:00")
                .period(22L, "2025-11-01T00:00", "2025-11-18T00:00")
                .period(23L, "2026-05-01T00:00", "2026-05-20T00:00")
                .period(24L, "2026-11-01T00:00", "2026-11-18T00:00");
        ProcessInstance cycle = approvedAndAssigned(21L, 22L, 23L, 24L);
        assertThat(timersAt(PERIOD_OPENS)).hasSize(4);

        for (long period : List.of(21L, 22L, 23L, 24L)) {
            assertThat(closeCycle.count()).isZero();
            ClockUtil.setCurrentTime(calendar.opensAt(period));
            runDueJobs();
            ClockUtil.setCurrentTime(calendar.cutOffAt(period));
            runDueJobs();
            finish(consolidationOf(period));
        }
        runDueJobs();

        assertThat(openPeriod.values(Var.PERIOD_ID)).containsExactly(21L, 22L, 23L, 24L);
        assertThat(consolidationCalls()).containsExactly(21L, 22L, 23L, 24L);
        assertThat(closeCycle.count()).isEqualTo(1);
        assertThat(cycle).isEnded();
    }

    private static ProcessInstance start(boolean upperPlanRegistered, Long... periodIds) {
        return startCycle(PLAN, COMMUNE, upperPlanRegistered, null, periodIds);
    }

    private ProcessInstance approvedAndAssigned(Long... periodIds) {
        ProcessInstance cycle = start(true, periodIds);
        assertThat(cycle).isWaitingAt(DRAFT_PLAN);
        complete(task());
        complete(task(), withVariables(Var.APPROVED, true));
        runDueJobs();
        assertThat(cycle).isWaitingAt(PERIOD_OPENS);
        return cycle;
    }

    private static List<String> messageSubscriptions() {
        return runtimeService().createEventSubscriptionQuery().eventType("message").list().stream()
                .map(EventSubscription::getEventName).toList();
    }

    /** Periods whose consolidation was started, in order. */
    private static List<Object> consolidationCalls() {
        return historyService().createHistoricProcessInstanceQuery().processDefinitionKey(ConsolidationProcess.KEY)
                .orderByProcessInstanceStartTime().asc().list().stream()
                .map(instance -> historyService().createHistoricVariableInstanceQuery()
                        .processInstanceId(instance.getId()).variableName(ConsolidationProcess.Var.PERIOD_ID)
                        .singleResult().getValue())
                .toList();
    }
}
