package vn.congtactreem.plan.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static vn.congtactreem.plan.process.PlanCycleProcess.Element.ASSIGN_UNITS;
import static vn.congtactreem.plan.process.PlanCycleProcess.Element.CUT_OFF_REACHED;
import static vn.congtactreem.plan.process.PlanCycleProcess.Element.DRAFT_PLAN;
import static vn.congtactreem.plan.process.PlanCycleProcess.Element.ISSUE_PLAN;
import static vn.congtactreem.plan.process.PlanCycleProcess.Element.PERIOD_OPENS;
import static vn.congtactreem.plan.process.PlanCycleProcess.Element.REGISTER_UPPER_PLAN;
import static vn.congtactreem.plan.process.PlanCycleProcess.Element.REVIEW_PLAN;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congtactreem.plan.process.PlanCycleProcess.Element;
import vn.congtactreem.plan.process.PlanCycleProcess.Var;

/**
 * A 2021–2030 programme registered as issued in its sixth year: the cycle skips registering the upper
 * plan, drafting and approval, keeps the plan's number (issuing does nothing to an issued plan) and
 * runs only the periods still ahead; its mid-term and final reviews open on their dates, end early or
 * at their cut-off, and are consolidated like any period.
 */
@Deployment(resources = {"processes/plan-cycle.bpmn", "processes/consolidation.bpmn"})
class ProgrammeCycleProcessTests extends PlanCycleEngineTest {

    private static final long PLAN = 300L;
    private static final long COMMUNE = 9L;
    private static final long SIX_MONTHS_2026 = 61L;
    private static final long ANNUAL_2026 = 62L;
    private static final long ANNUAL_2030 = 69L;
    private static final long MID_TERM_2025 = 70L;
    private static final long FINAL_2030 = 71L;

    ProgrammeCycleProcessTests() {
        calendar.period(SIX_MONTHS_2026, "2026-05-01T00:00", "2026-05-19T00:00")
                .period(ANNUAL_2026, "2026-11-01T00:00", "2026-11-17T00:00")
                .period(MID_TERM_2025, "2025-11-20T00:00", "2025-12-06T00:00")
                .period(ANNUAL_2030, "2030-11-01T00:00", "2030-11-17T00:00")
                .period(FINAL_2030, "2030-11-20T00:00", "2030-12-06T00:00");
    }

    @BeforeEach
    void inTheProgrammesSixthYear() {
        clockAt("2026-03-02T09:00");
    }

    @Test
    void anIssuedProgrammeSkipsRegisteringDraftingAndApprovalAndRunsOnlyThePeriodsAhead() {
        ProcessInstance cycle = adopted(SIX_MONTHS_2026, ANNUAL_2026);

        // the registration is committed before the system's steps run
        assertThat(cycle).isWaitingAt(ISSUE_PLAN).hasPassed(Element.PLAN_ALREADY_ISSUED, Element.ISSUE_OR_ADOPTED)
                .hasNotPassed(REGISTER_UPPER_PLAN, DRAFT_PLAN, REVIEW_PLAN);
        assertThat(taskService().createTaskQuery().count()).isZero();
        runDueJobs();

        assertThat(issuePlan.count()).as("issuing an issued plan keeps its number: the service's rule").isOne();
        assertThat(assignUnits.count()).isOne();
        assertThat(cycle).hasPassed(ISSUE_PLAN, ASSIGN_UNITS).isWaitingAt(PERIOD_OPENS);
        assertThat(timersAt(PERIOD_OPENS)).containsExactly(at("2026-05-01T00:00"), at("2026-11-01T00:00"));
        assertThat(openPeriod.count()).as("nothing opens before its date").isZero();
        assertThat(historyService().createHistoricTaskInstanceQuery().count()).as("no task at all").isZero();
    }

    @Test
    void aCycleStartedWithoutTheAdoptedFlagStillBeginsAtTheUpperPlan() {
        ProcessInstance cycle = startCycle(PLAN, COMMUNE, false, false);
        assertThat(cycle).isWaitingAt(REGISTER_UPPER_PLAN).hasPassed(Element.PLAN_ALREADY_ISSUED);
        assertThat(task()).hasCandidateGroup("org:9:OFFICER");
    }

    @Test
    void theMidTermReviewOpensOnItsDateEndsEarlyWhenEveryReportIsInAndIsConsolidatedLikeAnyPeriod() {
        clockAt("2025-03-02T09:00");
        ProcessInstance cycle = adopted(MID_TERM_2025);
        runDueJobs();
        assertThat(timersAt(PERIOD_OPENS)).containsExactly(at("2025-11-20T00:00"));

        clockAt("2025-11-19T23:59");
        runDueJobs();
        assertThat(openPeriod.count()).isZero();
        clockAt("2025-11-20T00:00");
        runDueJobs();
        assertThat(openPeriod.values(Var.PERIOD_ID)).containsExactly(MID_TERM_2025);
        assertThat(timersAt(CUT_OFF_REACHED)).containsExactly(at("2025-12-06T00:00"));

        clockAt("2025-12-03T15:00");
        runtimeService().createMessageCorrelation(PlanCycleProcess.allReportsAccepted(MID_TERM_2025)).correlate();
        assertThat(timersAt(CUT_OFF_REACHED)).as("the early end cancels the cut-off").isEmpty();
        ProcessInstance consolidation = consolidationOf(MID_TERM_2025);
        assertThat(runtimeService().getVariables(consolidation.getId())).containsEntry(Var.PLAN_ID, PLAN)
                .containsEntry(Var.PERIOD_ID, MID_TERM_2025).containsEntry(Var.ORG_UNIT_ID, COMMUNE);
        finish(consolidation);
        assertThat(cycle).isWaitingAt(Element.CLOSE_CYCLE);
        runDueJobs();
        assertThat(closeCycle.count()).isOne();
        assertThat(cycle).isEnded().hasPassed(Element.ALL_REPORTS_ACCEPTED).hasNotPassed(CUT_OFF_REACHED);
    }

    @Test
    void theFinalReviewRunsAfterTheLastAnnualPeriodUntilItsCutOffAndThenTheCycleCloses() {
        clockAt("2030-03-02T09:00");
        ProcessInstance cycle = adopted(ANNUAL_2030, FINAL_2030);
        runDueJobs();

        clockAt("2030-11-01T00:00");
        runDueJobs();
        assertThat(openPeriod.values(Var.PERIOD_ID)).containsExactly(ANNUAL_2030);
        clockAt("2030-11-17T00:00");
        runDueJobs();
        finish(consolidationOf(ANNUAL_2030));
        assertThat(cycle).isWaitingAt(PERIOD_OPENS).isNotEnded();

        clockAt("2030-11-20T00:00");
        runDueJobs();
        assertThat(openPeriod.values(Var.PERIOD_ID)).containsExactly(ANNUAL_2030, FINAL_2030);
        // nobody sends everything: the cut-off ends the final review
        clockAt("2030-12-05T23:59");
        runDueJobs();
        assertThat(consolidationOf(FINAL_2030)).isNull();
        clockAt("2030-12-06T00:00");
        runDueJobs();
        finish(consolidationOf(FINAL_2030));
        runDueJobs();
        assertThat(closeCycle.count()).isOne();
        assertThat(cycle).isEnded().hasPassed(CUT_OFF_REACHED, Element.CLOSED);
        assertThat(historyService().createHistoricTaskInstanceQuery().taskDefinitionKey(DRAFT_PLAN).count()).isZero();
    }

    private static ProcessInstance adopted(Long... periodIds) {
        return startCycle(PLAN, COMMUNE, true, true, periodIds);
    }
}
