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
import static vn.congtactreem.reporting.process.UnitReportProcess.Element.DEADLINE_PASSED;
import static vn.congtactreem.reporting.process.UnitReportProcess.Element.NOTIFY_RETURN;
import static vn.congtactreem.reporting.process.UnitReportProcess.Element.REMINDER_DUE;
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
 * "before 19/5" (last day 18/5), with reminders 7 days and 1 day before and an escalation when
 * the deadline passes.
 */
@Deployment(resources = "processes/unit-report.bpmn")
class UnitReportProcessTests extends ProcessEngineTest {

    private static final long REPORT = 900L;
    private static final long PLAN = 100L;
    private static final long PERIOD = 11L;
    private static final long UNIT = 31L;
    private static final long PLAN_ORG = 7L;
    private static final Date DUE = at("2025-05-19T00:00");
    private static final List<Date> REMINDERS = List.of(at("2025-05-12T08:00"), at("2025-05-18T08:00"));

    /** Like the real bean: the next reminder date after now, if any is left. */
    private final RecordingDelegate scheduleReminder = recording(execution -> {
        Date now = ClockUtil.getCurrentTime();
        Date next = REMINDERS.stream().filter(reminder -> reminder.after(now)).findFirst().orElse(null);
        execution.setVariable(Var.HAS_NEXT_REMINDER, next != null);
        execution.setVariable(Var.NEXT_REMINDER_AT, next);
    });
    private final RecordingDelegate sendReminder = recording();
    private final RecordingDelegate escalateOverdue = recording(
            execution -> execution.setVariable(Var.OVERDUE_NOTIFIED, true));
    private final RecordingDelegate notifyReturn = recording();
    private final RecordingDelegate checkPeriodComplete = recording();

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
        Mocks.register(Bean.SCHEDULE_REMINDER, scheduleReminder);
        Mocks.register(Bean.SEND_REMINDER, sendReminder);
        Mocks.register(Bean.ESCALATE_OVERDUE, escalateOverdue);
        Mocks.register(Bean.NOTIFY_RETURN, notifyReturn);
        Mocks.register(Bean.CHECK_PERIOD_COMPLETE, checkPeriodComplete);
        Mocks.register(Bean.REPORT_CALENDAR, new FakeReportCalendar());
    }

    @Test
    void reporterAcknowledgesTheAssignmentThenOwesTheReportByItsDueDate() {
        ProcessInstance report = start(variables(false, false));
        runDueJobs();

        // the deadline is watched from the opening, while the unit has not acknowledged yet
        assertThat(report).isWaitingAt(ACKNOWLEDGE_ASSIGNMENT, REMINDER_DUE, DEADLINE_PASSED);
        assertThat(task()).hasCandidateGroup("org:31:REPORTER");
        assertThat(timersAt(REMINDER_DUE)).containsExactly(REMINDERS.get(0));
        assertThat(timersAt(DEADLINE_PASSED)).containsExactly(DUE);

        complete(task());

        assertThat(report).isWaitingAt(SUBMIT_REPORT, REMINDER_DUE, DEADLINE_PASSED);
        assertThat(task(SUBMIT_REPORT)).hasCandidateGroup("org:31:REPORTER").hasDueDate(DUE);
        assertThat(timersAt(REMINDER_DUE)).containsExactly(REMINDERS.get(0));
        assertThat(timersAt(DEADLINE_PASSED)).containsExactly(DUE);
        assertThat(scheduleReminder.count()).as("acknowledging does not restart the reminders").isEqualTo(1);
        assertThat(acknowledgedVariables(report)).as("set once, on the process instance")
                .containsExactly(tuple(report.getId(), true));
    }

    @Test
    void aUnitThatNeverAcknowledgesIsStillRemindedAndEscalated() {
        ProcessInstance report = start(variables(false, false));
        runDueJobs();

        for (String day : List.of("2025-05-12T08:00", "2025-05-18T08:00", "2025-05-18T23:59", "2025-05-19T00:00")) {
            clockAt(day);
            runDueJobs();
        }

        assertThat(sendReminder.times()).containsExactlyElementsOf(REMINDERS);
        assertThat(sendReminder.values(Var.REPORT_ID)).containsOnly(REPORT);
        assertThat(escalateOverdue.times()).containsExactly(DUE);
        assertThat(escalateOverdue.values(Var.REPORT_ID)).containsExactly(REPORT);
        assertThat(report).isWaitingAt(ACKNOWLEDGE_ASSIGNMENT).hasNotPassed(SUBMIT_REPORT)
                .variables().containsEntry(Var.OVERDUE_NOTIFIED, true);
        assertThat(jobCount()).as("no timer left once reminders and escalation are done").isZero();

        // it can still acknowledge and report late
        clockAt("2025-05-21T10:00");
        complete(task(ACKNOWLEDGE_ASSIGNMENT));
        assertThat(report).isWaitingAt(SUBMIT_REPORT);
        complete(task(SUBMIT_REPORT));
        assertThat(report).isWaitingAt(REVIEW_REPORT).hasPassed(Element.REPORT_SUBMITTED);
        assertThat(escalateOverdue.count()).isEqualTo(1);
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

        assertThat(report).isWaitingAt(SUBMIT_REPORT, REMINDER_DUE, DEADLINE_PASSED);
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
    void theDeadlineIsWatchedEvenWhenTheStarterLeftOverdueNotifiedUnset() {
        VariableMap variables = variables(false, true);
        variables.remove(Var.OVERDUE_NOTIFIED);
        ProcessInstance report = start(variables);

        assertThat(report).isWaitingAt(SUBMIT_REPORT, DEADLINE_PASSED);
        assertThat(timersAt(DEADLINE_PASSED)).containsExactly(DUE);
    }

    @Test
    void everyReminderFiresOnItsDateThenTheOverdueReportIsEscalatedAndStillAcceptedLate() {
        ProcessInstance report = start(variables(false, true));
        runDueJobs();

        clockAt("2025-05-12T07:59");
        runDueJobs();
        assertThat(sendReminder.count()).isZero();

        clockAt("2025-05-12T08:00");
        runDueJobs();
        assertThat(sendReminder.times()).containsExactly(REMINDERS.get(0));
        assertThat(timersAt(REMINDER_DUE)).containsExactly(REMINDERS.get(1));

        clockAt("2025-05-18T08:00");
        runDueJobs();
        assertThat(sendReminder.times()).containsExactlyElementsOf(REMINDERS);
        assertThat(timersAt(REMINDER_DUE)).isEmpty();

        clockAt("2025-05-18T23:59");
        runDueJobs();
        assertThat(escalateOverdue.count()).isZero();

        clockAt("2025-05-19T00:00");
        runDueJobs();
        assertThat(escalateOverdue.times()).containsExactly(DUE);
        assertThat(report).isWaitingAt(SUBMIT_REPORT).variables().containsEntry(Var.OVERDUE_NOTIFIED, true);
        assertThat(jobCount()).as("no timer left once reminders and escalation are done").isZero();

        // late, but accepted
        clockAt("2025-05-21T10:00");
        complete(task(SUBMIT_REPORT));
        assertThat(report).isWaitingAt(REVIEW_REPORT);
        assertThat(task()).hasCandidateGroup("org:7:OFFICER");
        complete(task(), withVariables(Var.ACCEPTED, true));

        // the officer's decision is saved before the period is checked
        assertThat(report).isWaitingAt(CHECK_PERIOD_COMPLETE);
        runDueJobs();
        assertThat(checkPeriodComplete.count()).isEqualTo(1);
        assertThat(checkPeriodComplete.calls().get(0).variables())
                .containsEntry(Var.PERIOD_ID, PERIOD).containsEntry(Var.PLAN_ID, PLAN);
        assertThat(report).isEnded().hasPassed(Element.ACCEPTED);
        assertThat(sendReminder.count()).isEqualTo(2);
        assertThat(escalateOverdue.count()).isEqualTo(1);
    }

    @Test
    void submittingBeforeTheDueDateCancelsTheRemainingReminderAndTheEscalation() {
        ProcessInstance report = start(variables(false, true));
        runDueJobs();
        clockAt("2025-05-12T08:00");
        runDueJobs();
        assertThat(sendReminder.count()).isEqualTo(1);

        clockAt("2025-05-15T10:00");
        assertThat(report).isWaitingAt(SUBMIT_REPORT);
        complete(task(SUBMIT_REPORT));

        assertThat(report).isWaitingAt(REVIEW_REPORT).hasPassed(Element.REPORT_SUBMITTED);
        assertThat(jobCount()).as("reminder and deadline timers cancelled").isZero();
        clockAt("2025-05-25T00:00");
        runDueJobs();
        assertThat(sendReminder.count()).isEqualTo(1);
        assertThat(escalateOverdue.count()).isZero();
    }

    @Test
    void officerReturnsALateReportAndTheUnitResubmitsWithoutASecondEscalation() {
        ProcessInstance report = start(variables(false, true));
        runDueJobs();
        clockAt("2025-05-19T00:00");
        runDueJobs();
        assertThat(escalateOverdue.count()).isEqualTo(1);
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

        // back to the unit: no reminder left, already escalated, so nothing is armed
        assertThat(report).isWaitingAt(SUBMIT_REPORT);
        assertThat(jobCount()).isZero();
        clockAt("2025-05-22T09:00");
        runDueJobs();
        assertThat(escalateOverdue.count()).isEqualTo(1);

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
    void aReportReturnedBeforeTheDueDateGetsItsRemainingReminderAndDeadlineAgain() {
        ProcessInstance report = start(variables(false, true));
        runDueJobs();
        clockAt("2025-05-12T08:00");
        runDueJobs();
        clockAt("2025-05-13T09:00");
        assertThat(report).isWaitingAt(SUBMIT_REPORT);
        complete(task(SUBMIT_REPORT));
        assertThat(report).isWaitingAt(REVIEW_REPORT);
        complete(task(REVIEW_REPORT), withVariables(Var.ACCEPTED, false));
        runDueJobs();

        assertThat(report).isWaitingAt(SUBMIT_REPORT, REMINDER_DUE, DEADLINE_PASSED);
        assertThat(timersAt(REMINDER_DUE)).containsExactly(REMINDERS.get(1));
        assertThat(timersAt(DEADLINE_PASSED)).containsExactly(DUE);
        assertThat(task(SUBMIT_REPORT)).hasDueDate(DUE);
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
        assertThat(escalateOverdue.count()).isZero();
    }

    @Test
    void aLateSubAreaIsEscalatedLikeAnyUnit() {
        ProcessInstance report = start(variables(true, true));
        runDueJobs();

        for (String day : List.of("2025-05-12T08:00", "2025-05-18T08:00", "2025-05-19T00:00")) {
            clockAt(day);
            runDueJobs();
        }
        assertThat(sendReminder.times()).containsExactlyElementsOf(REMINDERS);
        assertThat(escalateOverdue.times()).containsExactly(DUE);
        assertThat(report).isWaitingAt(AWAIT_SUB_AREA_REPORT);

        subAreaSubmits();
        assertThat(report).isWaitingAt(REVIEW_REPORT);
    }

    @Test
    void aSubAreaIsNeverAskedToAcknowledge() {
        ProcessInstance report = start(variables(true, false));
        runDueJobs();

        assertThat(report).isWaitingAt(AWAIT_SUB_AREA_REPORT, REMINDER_DUE, DEADLINE_PASSED)
                .hasNotPassed(ACKNOWLEDGE_ASSIGNMENT);
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
                .putValue(Var.ACKNOWLEDGED, acknowledged)
                .putValue(Var.OVERDUE_NOTIFIED, false);
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
