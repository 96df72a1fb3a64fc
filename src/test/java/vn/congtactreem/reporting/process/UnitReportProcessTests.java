package vn.congtactreem.reporting.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.congtactreem.reporting.process.UnitReportProcess.Element.ACKNOWLEDGE_ASSIGNMENT;
import static vn.congtactreem.reporting.process.UnitReportProcess.Element.AWAIT_SUB_AREA_REPORT;
import static vn.congtactreem.reporting.process.UnitReportProcess.Element.CHECK_PERIOD_COMPLETE;
import static vn.congtactreem.reporting.process.UnitReportProcess.Element.NOTIFY_RETURN;
import static vn.congtactreem.reporting.process.UnitReportProcess.Element.REVIEW_REPORT;
import static vn.congtactreem.reporting.process.UnitReportProcess.Element.SUBMIT_REPORT;
import static vn.congtactreem.support.RecordingDelegate.recording;

import java.util.Date;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.congtactreem.reporting.process.UnitReportProcess.Bean;
import vn.congtactreem.reporting.process.UnitReportProcess.Element;
import vn.congtactreem.reporting.process.UnitReportProcess.Var;
import vn.congtactreem.support.ProcessEngineTest;
import vn.congtactreem.support.RecordingDelegate;

/**
 * One unit's report for one period: the health station of a commune owes its 6-month report
 * "before 19/5" (last day 18/5). Reminders and the escalation of a late report are the period's
 * (plan-cycle, {@code PlanCycleProcessTests}): a unit report's process holds no timer.
 */
@Deployment(resources = "processes/unit-report.bpmn")
class UnitReportProcessTests extends ProcessEngineTest {

    private static final long REPORT = 900L;
    private static final long PLAN = 100L;
    private static final long PERIOD = 11L;
    private static final long UNIT = 31L;
    private static final long PLAN_ORG = 7L;
    private static final Date DUE = at("2025-05-19T00:00");
    private final RecordingDelegate notifyReturn = recording();
    /** What the fake check answers: does this acceptance leave the period complete? */
    private boolean periodComplete;
    private final RecordingDelegate checkPeriodComplete = recording(
            execution -> UnitReportProcess.PERIOD_COMPLETE.setTransient(execution, periodComplete));
    private final RecordingDelegate announceAcceptance = recording();

    /** The commune's own last day upward (24/5): no review is due after it. */
    private static final java.time.LocalDate UPPER_LAST_DAY = java.time.LocalDate.of(2025, 5, 24);

    /** Like the real bean: the review is due three days after the report arrived, never after 24/5. */
    public static class FakeReportCalendar {
        public Date dueAt(long reportId) {
            return DUE;
        }

        public Date reviewDueAt(long reportId) {
            return Date.from(vn.congtactreem.plan.Deadlines.reviewDue(
                    org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant(), 3, UPPER_LAST_DAY));
        }
    }

    @BeforeEach
    void registerBeans() {
        clockAt("2025-05-01T08:00");
        Mocks.register(Bean.NOTIFY_RETURN, notifyReturn);
        Mocks.register(Bean.CHECK_PERIOD_COMPLETE, checkPeriodComplete);
        Mocks.register(Bean.ANNOUNCE_ACCEPTANCE, announceAcceptance);
        Mocks.register(Bean.REPORT_CALENDAR, new FakeReportCalendar());
    }

    @Test
    void reporterAcknowledgesTheAssignmentThenOwesTheReportByItsDueDate() {
        ProcessInstance report = start(variables(false, false));
        runDueJobs();

        assertThat(report).isWaitingAt(ACKNOWLEDGE_ASSIGNMENT);
        assertThat(task()).hasCandidateGroup("org:31:REPORTER");
        assertThat(jobCount()).as("reminders and the deadline are the period's: no timer per report").isZero();

        complete(task());

        assertThat(report).isWaitingAt(SUBMIT_REPORT);
        assertThat(task(SUBMIT_REPORT)).hasCandidateGroup("org:31:REPORTER").hasDueDate(DUE);
        assertThat(jobCount()).isZero();
        assertThat(runtimeService().createExecutionQuery().processInstanceId(report.getId()).count())
                .as("a flat diagram: no sub-process scope, the task runs on the process instance").isOne();
        assertThat(acknowledgedVariables(report)).as("the acknowledgement itself writes no variable")
                .containsExactly(tuple(report.getId(), false));
        assertThat(historyService().createHistoricDetailQuery().variableUpdates().processInstanceId(report.getId())
                .list().stream().map(org.camunda.bpm.engine.history.HistoricVariableUpdate.class::cast)
                .filter(update -> update.getVariableName().equals(Var.ACKNOWLEDGED)))
                .as("written once, by the start").hasSize(1);
    }

    @Test
    void aUnitThatNeverAcknowledgedCanStillAcknowledgeAndReportAfterItsLastDay() {
        ProcessInstance report = start(variables(false, false));
        runDueJobs();

        clockAt("2025-05-21T10:00");
        runDueJobs();
        assertThat(report).isWaitingAt(ACKNOWLEDGE_ASSIGNMENT).hasNotPassed(SUBMIT_REPORT);

        complete(task(ACKNOWLEDGE_ASSIGNMENT));
        assertThat(report).isWaitingAt(SUBMIT_REPORT);
        assertThat(taskQuery().taskDefinitionKey(SUBMIT_REPORT).dueBefore(at("2025-05-21T10:00")).count())
                .as("already late").isOne();
        complete(task(SUBMIT_REPORT));
        assertThat(report).isWaitingAt(REVIEW_REPORT).hasPassed(SUBMIT_REPORT, Element.REPORT_RECEIVED);
    }

    @Test
    void theOfficersReviewIsDueThreeDaysAfterTheReportArrivesAndNeverAfterTheLastDayUpward() {
        ProcessInstance report = start(variables(false, true));
        runDueJobs();
        clockAt("2025-05-13T09:00");
        assertThat(report).isWaitingAt(SUBMIT_REPORT);
        complete(task(SUBMIT_REPORT));
        assertThat(report).isWaitingAt(REVIEW_REPORT);
        assertThat(task(REVIEW_REPORT).getDueDate()).isEqualTo(at("2025-05-17T00:00"));
        clockAt("2025-05-17T00:00");
        assertThat(taskQuery().taskDefinitionKey(REVIEW_REPORT).dueBefore(at("2025-05-17T00:00:01")).count())
                .as("overdue at the end of its third day").isOne();

        // returned on the 17th, submitted again on the 22nd: due on the 24th (the last day upward), not the 25th
        complete(task(REVIEW_REPORT), withVariables(Var.ACCEPTED, false));
        runDueJobs();
        clockAt("2025-05-22T15:00");
        complete(task(SUBMIT_REPORT));
        assertThat(task(REVIEW_REPORT).getDueDate()).isEqualTo(at("2025-05-25T00:00"));
    }

    @Test
    void aReturnedReportDoesNotAskForAcknowledgementAgain() {
        ProcessInstance report = start(variables(false, false));
        runDueJobs();
        clockAt("2025-05-02T09:00");
        assertThat(report).isWaitingAt(ACKNOWLEDGE_ASSIGNMENT);
        complete(task(ACKNOWLEDGE_ASSIGNMENT));
        clockAt("2025-05-13T09:00");
        assertThat(report).isWaitingAt(SUBMIT_REPORT);
        complete(task(SUBMIT_REPORT));
        assertThat(report).isWaitingAt(REVIEW_REPORT);
        complete(task(REVIEW_REPORT), withVariables(Var.ACCEPTED, false));
        runDueJobs();
        assertThat(notifyReturn.count()).isEqualTo(1);

        assertThat(report).isWaitingAt(SUBMIT_REPORT);
        assertThat(taskQuery().taskDefinitionKey(ACKNOWLEDGE_ASSIGNMENT).count()).isZero();
        assertThat(acknowledgedVariables(report)).containsExactly(tuple(report.getId(), true));

        complete(task(SUBMIT_REPORT));
        assertThat(report).isWaitingAt(REVIEW_REPORT);
        complete(task(REVIEW_REPORT), withVariables(Var.ACCEPTED, true));
        runDueJobs();
        assertThat(report).isEnded().hasPassed(Element.ACCEPTED);
        assertThat(historyService().createHistoricTaskInstanceQuery().taskDefinitionKey(ACKNOWLEDGE_ASSIGNMENT)
                .count()).isEqualTo(1);
        assertThat(historyService().createHistoricTaskInstanceQuery().taskDefinitionKey(SUBMIT_REPORT).count())
                .isEqualTo(2);
    }

    @Test
    void aUnitThatHasAcknowledgedBeforeIsNotAskedAgain() {
        ProcessInstance report = start(variables(false, true));

        assertThat(report).isWaitingAt(SUBMIT_REPORT).hasNotPassed(ACKNOWLEDGE_ASSIGNMENT);
        assertThat(taskQuery().taskDefinitionKey(ACKNOWLEDGE_ASSIGNMENT).count()).isZero();
    }

    @Test
    void anAcceptanceThatLeavesReportsAwaitedEndsInTheOfficersTransactionWithoutAJob() {
        ProcessInstance report = start(variables(false, true));
        runDueJobs();

        clockAt("2025-05-21T10:00");
        assertThat(report).isWaitingAt(SUBMIT_REPORT);
        complete(task(SUBMIT_REPORT));
        assertThat(report).isWaitingAt(REVIEW_REPORT);
        assertThat(task()).hasCandidateGroup("org:7:OFFICER");
        complete(task(), withVariables(Var.ACCEPTED, true));

        // checked in the decision's own transaction: nothing left to run, nothing to announce
        assertThat(report).isEnded().hasPassed(CHECK_PERIOD_COMPLETE, Element.ACCEPTED)
                .hasNotPassed(Element.ANNOUNCE_ACCEPTANCE);
        assertThat(checkPeriodComplete.count()).isEqualTo(1);
        assertThat(checkPeriodComplete.calls().get(0).variables())
                .containsEntry(Var.PERIOD_ID, PERIOD).containsEntry(Var.PLAN_ID, PLAN);
        assertThat(announceAcceptance.count()).isZero();
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(report.getId())
                .variableName(Var.PERIOD_COMPLETE).count()).as("transient: never stored").isZero();
    }

    @Test
    void theAcceptanceThatCompletesThePeriodIsAnnouncedInAJobOfItsOwn() {
        periodComplete = true;
        ProcessInstance report = start(variables(false, true));
        assertThat(report).isWaitingAt(SUBMIT_REPORT);
        complete(task(SUBMIT_REPORT));
        complete(task(REVIEW_REPORT), withVariables(Var.ACCEPTED, true));

        // the officer's decision is saved before the period's wait is ended
        assertThat(report).isWaitingAt(Element.ANNOUNCE_ACCEPTANCE);
        assertThat(announceAcceptance.count()).isZero();
        runDueJobs();
        assertThat(announceAcceptance.count()).isEqualTo(1);
        assertThat(announceAcceptance.calls().get(0).variables()).containsEntry(Var.REPORT_ID, REPORT)
                .containsEntry(Var.PERIOD_ID, PERIOD);
        assertThat(report).isEnded().hasPassed(Element.ACCEPTED);
    }

    @Test
    void aSubAreasAcceptedReportIsAnnouncedToItEvenWithReportsStillAwaited() {
        ProcessInstance report = start(variables(true, true));
        subAreaSubmits();
        assertThat(report).isWaitingAt(REVIEW_REPORT);
        complete(task(REVIEW_REPORT), withVariables(Var.ACCEPTED, true));

        assertThat(report).isWaitingAt(Element.ANNOUNCE_ACCEPTANCE);
        runDueJobs();
        assertThat(announceAcceptance.count()).isEqualTo(1);
        assertThat(report).isEnded().hasPassed(Element.ACCEPTED);
    }

    @Test
    void officerReturnsALateReportAndTheUnitResubmits() {
        ProcessInstance report = start(variables(false, true));
        runDueJobs();
        clockAt("2025-05-20T09:00");
        assertThat(report).isWaitingAt(SUBMIT_REPORT);
        complete(task(SUBMIT_REPORT));

        clockAt("2025-05-20T15:00");
        assertThat(report).isWaitingAt(REVIEW_REPORT);
        complete(task(REVIEW_REPORT), withVariables(Var.ACCEPTED, false));
        // the officer's decision is saved before the unit is notified
        assertThat(report).isWaitingAt(NOTIFY_RETURN);
        runDueJobs();
        assertThat(notifyReturn.count()).isEqualTo(1);

        // back to the unit, with the same last day
        assertThat(report).isWaitingAt(SUBMIT_REPORT);
        assertThat(task(SUBMIT_REPORT)).hasDueDate(DUE);
        assertThat(jobCount()).isZero();

        complete(task(SUBMIT_REPORT));
        assertThat(report).isWaitingAt(REVIEW_REPORT);
        complete(task(REVIEW_REPORT), withVariables(Var.ACCEPTED, true));
        runDueJobs();

        assertThat(report).isEnded().hasPassed(Element.ACCEPTED);
        assertThat(checkPeriodComplete.count()).isEqualTo(1);
        assertThat(historyService().createHistoricTaskInstanceQuery().taskDefinitionKey(SUBMIT_REPORT).count())
                .isEqualTo(2);
    }

    @Test
    void aSubAreaReportsThroughItsOwnConsolidationNotThroughAForm() {
        ProcessInstance report = start(variables(true, true));
        runDueJobs();

        assertThat(report).isWaitingAt(AWAIT_SUB_AREA_REPORT);
        assertThat(taskQuery().processInstanceId(report.getId()).count()).isZero();

        clockAt("2025-05-16T10:00");
        subAreaSubmits();

        assertThat(report).isWaitingAt(REVIEW_REPORT).hasNotPassed(SUBMIT_REPORT);
        assertThat(jobCount()).isZero();
    }

    @Test
    void aSubAreaIsNeverAskedToAcknowledge() {
        ProcessInstance report = start(variables(true, false));
        runDueJobs();

        assertThat(report).isWaitingAt(AWAIT_SUB_AREA_REPORT).hasNotPassed(ACKNOWLEDGE_ASSIGNMENT);
        assertThat(taskQuery().processInstanceId(report.getId()).count()).isZero();
    }

    private static VariableMap variables(boolean subArea, boolean acknowledged) {
        return Variables.createVariables()
                .putValue(Var.REPORT_ID, REPORT)
                .putValue(Var.PLAN_ID, PLAN)
                .putValue(Var.PERIOD_ID, PERIOD)
                .putValue(Var.UNIT_ORG_ID, UNIT)
                .putValue(Var.PLAN_ORG_ID, PLAN_ORG)
                .putValue(Var.SUB_AREA, subArea)
                .putValue(Var.ACKNOWLEDGED, acknowledged);
    }

    private static ProcessInstance start(VariableMap variables) {
        return runtimeService().startProcessInstanceByKey(UnitReportProcess.KEY, String.valueOf(REPORT), variables);
    }

    /** Where {@code acknowledged} lives: (execution id, value) of every instance of it. */
    private static List<Tuple> acknowledgedVariables(ProcessInstance report) {
        return runtimeService().createVariableInstanceQuery().processInstanceIdIn(report.getId())
                .variableName(Var.ACKNOWLEDGED).list().stream()
                .map(variable -> tuple(variable.getExecutionId(), variable.getValue())).toList();
    }

    /** The sub-area's approved consolidated report arrives, addressed by the unit report's id. */
    private static void subAreaSubmits() {
        runtimeService().createMessageCorrelation(UnitReportProcess.SUB_AREA_REPORT_SUBMITTED)
                .processInstanceBusinessKey(String.valueOf(REPORT))
                .correlate();
    }
}
