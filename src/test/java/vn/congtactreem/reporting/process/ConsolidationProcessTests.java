package vn.congtactreem.reporting.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.congtactreem.reporting.process.ConsolidationProcess.Element.AGGREGATE_REPORTS;
import static vn.congtactreem.reporting.process.ConsolidationProcess.Element.APPROVE_CONSOLIDATED_REPORT;
import static vn.congtactreem.reporting.process.ConsolidationProcess.Element.AWAIT_UPPER_DECISION;
import static vn.congtactreem.reporting.process.ConsolidationProcess.Element.SUBMIT_UPWARD;
import static vn.congtactreem.reporting.process.ConsolidationProcess.Element.WRITE_CONSOLIDATED_REPORT;
import static vn.congtactreem.support.RecordingDelegate.recording;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.congtactreem.reporting.process.ConsolidationProcess.Bean;
import vn.congtactreem.reporting.process.ConsolidationProcess.Element;
import vn.congtactreem.reporting.process.ConsolidationProcess.Var;
import vn.congtactreem.support.ProcessEngineTest;
import vn.congtactreem.support.RecordingDelegate;

/** The consolidation of one period at one organisation: aggregate, write, approve, submit upward. */
@Deployment(resources = "processes/consolidation.bpmn")
class ConsolidationProcessTests extends ProcessEngineTest {

    private static final long PLAN = 100L;
    private static final long PERIOD = 11L;
    private static final long ORG = 7L;
    private static final long CONSOLIDATED_REPORT = 500L;

    private final RecordingDelegate aggregateReports = recording(
            execution -> execution.setVariable(Var.CONSOLIDATED_REPORT_ID, CONSOLIDATED_REPORT));
    private boolean upperLevelInSystem;
    private final RecordingDelegate submitUpward = recording(
            execution -> execution.setVariable(Var.UPPER_IN_SYSTEM, upperLevelInSystem));

    /** The organisation's own last day upward: 24/5 for the period, none for another one. */
    private static final java.util.Date LAST_DAY_UPWARD_ENDS = at("2025-05-25T00:00");
    private static final long PERIOD_WITHOUT_UPPER_DAY = 12L;

    /** Like the real bean: the end of the period's own last day upward, if it has one. */
    public static class FakeConsolidationCalendar {
        public java.util.Date dueAt(long periodId) {
            return periodId == PERIOD ? LAST_DAY_UPWARD_ENDS : null;
        }
    }

    @BeforeEach
    void registerBeans() {
        clockAt("2025-05-20T08:00");
        Mocks.register(Bean.CONSOLIDATION_CALENDAR, new FakeConsolidationCalendar());
        Mocks.register(Bean.AGGREGATE_REPORTS, aggregateReports);
        Mocks.register(Bean.SUBMIT_UPWARD, submitUpward);
    }

    @Test
    void officerWritesLeaderReturnsReportsAreAggregatedAgainThenApprovedAndSentToAnUpperLevelOutsideTheSystem() {
        upperLevelInSystem = false;
        ProcessInstance consolidation = start();

        // the engine has saved the start before the system aggregates
        assertThat(consolidation).isWaitingAt(AGGREGATE_REPORTS);
        runDueJobs();
        assertThat(aggregateReports.count()).isEqualTo(1);
        assertThat(aggregateReports.calls().get(0).variables())
                .containsEntry(Var.PLAN_ID, PLAN).containsEntry(Var.PERIOD_ID, PERIOD).containsEntry(Var.ORG_UNIT_ID, ORG);

        assertThat(consolidation).isWaitingAt(WRITE_CONSOLIDATED_REPORT);
        assertThat(task()).hasCandidateGroup("org:7:OFFICER");
        complete(task());

        assertThat(consolidation).isWaitingAt(APPROVE_CONSOLIDATED_REPORT);
        assertThat(task()).hasCandidateGroup("org:7:LEADER");
        complete(task(), withVariables(Var.APPROVED, false));

        // returned: aggregated again (late reports are picked up), written again
        assertThat(consolidation).isWaitingAt(AGGREGATE_REPORTS);
        runDueJobs();
        assertThat(aggregateReports.count()).isEqualTo(2);
        assertThat(consolidation).isWaitingAt(WRITE_CONSOLIDATED_REPORT);
        complete(task());
        complete(task(), withVariables(Var.APPROVED, true));

        // the leader's approval is saved before the report leaves
        assertThat(consolidation).isWaitingAt(SUBMIT_UPWARD);
        assertThat(submitUpward.count()).isZero();
        runDueJobs();
        assertThat(submitUpward.count()).isEqualTo(1);
        assertThat(consolidation).isEnded().hasPassed(Element.SUBMITTED).hasNotPassed(AWAIT_UPPER_DECISION);
    }

    @Test
    void upperLevelInTheSystemAcceptsTheReport() {
        upperLevelInSystem = true;
        ProcessInstance consolidation = approveAndSubmit();

        assertThat(consolidation).isWaitingAt(AWAIT_UPPER_DECISION);
        correlate(ConsolidationProcess.UPPER_ACCEPTED_MESSAGE);

        assertThat(consolidation).isEnded().hasPassed(Element.UPPER_ACCEPTED, Element.ACCEPTED_BY_UPPER)
                .hasNotPassed(Element.SUBMITTED);
        assertThat(aggregateReports.count()).isEqualTo(1);
    }

    @Test
    void upperLevelReturnsTheReportWhichIsAggregatedRewrittenAndSentAgain() {
        upperLevelInSystem = true;
        ProcessInstance consolidation = approveAndSubmit();

        correlate(ConsolidationProcess.UPPER_RETURNED_MESSAGE);

        assertThat(consolidation).isWaitingAt(AGGREGATE_REPORTS);
        runDueJobs();
        assertThat(aggregateReports.count()).isEqualTo(2);
        assertThat(consolidation).isWaitingAt(WRITE_CONSOLIDATED_REPORT);
        complete(task());
        complete(task(), withVariables(Var.APPROVED, true));
        runDueJobs();
        assertThat(submitUpward.count()).isEqualTo(2);
        assertThat(consolidation).isWaitingAt(AWAIT_UPPER_DECISION);

        correlate(ConsolidationProcess.UPPER_ACCEPTED_MESSAGE);
        assertThat(consolidation).isEnded().hasPassed(Element.ACCEPTED_BY_UPPER);
    }

    @Test
    void writingAndApprovingAreDueByTheOrganisationsOwnLastDayUpward() {
        upperLevelInSystem = false;
        ProcessInstance consolidation = start();
        runDueJobs();
        assertThat(consolidation).isWaitingAt(WRITE_CONSOLIDATED_REPORT);
        assertThat(task(WRITE_CONSOLIDATED_REPORT).getDueDate()).isEqualTo(LAST_DAY_UPWARD_ENDS);
        clockAt("2025-05-25T09:00");
        assertThat(taskService().createTaskQuery().processInstanceId(consolidation.getId())
                .dueBefore(at("2025-05-25T09:00")).count()).as("overdue on the 25th").isOne();
        complete(task());
        assertThat(task(APPROVE_CONSOLIDATED_REPORT).getDueDate()).isEqualTo(LAST_DAY_UPWARD_ENDS);

        ProcessInstance open = runtimeService().startProcessInstanceByKey(ConsolidationProcess.KEY,
                Map.of(Var.PLAN_ID, PLAN, Var.PERIOD_ID, PERIOD_WITHOUT_UPPER_DAY, Var.ORG_UNIT_ID, ORG));
        runDueJobs(open.getId());
        assertThat(taskService().createTaskQuery().processInstanceId(open.getId()).singleResult().getDueDate())
                .as("no last day upward, no due date").isNull();
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(ConsolidationProcess.KEY,
                Map.of(Var.PLAN_ID, PLAN, Var.PERIOD_ID, PERIOD, Var.ORG_UNIT_ID, ORG));
    }

    private ProcessInstance approveAndSubmit() {
        ProcessInstance consolidation = start();
        runDueJobs();
        assertThat(consolidation).isWaitingAt(WRITE_CONSOLIDATED_REPORT);
        complete(task());
        complete(task(), withVariables(Var.APPROVED, true));
        runDueJobs();
        assertThat(submitUpward.count()).isEqualTo(1);
        return consolidation;
    }

    /** The upper level's decision, as its own process sends it: by the consolidated report's id. */
    private void correlate(String message) {
        runtimeService().createMessageCorrelation(message)
                .processInstanceVariableEquals(Var.CONSOLIDATED_REPORT_ID, CONSOLIDATED_REPORT)
                .correlate();
    }
}
