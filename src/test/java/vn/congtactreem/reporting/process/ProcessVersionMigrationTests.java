package vn.congtactreem.reporting.process;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congtactreem.support.RecordingDelegate.recording;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.process.PlanCycleProcess;
import vn.congtactreem.support.ProcessEngineTest;
import vn.congtactreem.support.RecordingDelegate;

/**
 * Instances started on the diagrams of the release before the period's reminders
 * ({@code legacy-processes/}: unit reports with their own reminder loop and deadline timer, plan cycles without a
 * reminder branch) are moved by {@link ProcessVersionMigration} once the new diagrams are deployed: nothing of the
 * old reminders is left to fire, people's tasks stay as they were, and the open period reminds from then on.
 */
class ProcessVersionMigrationTests extends ProcessEngineTest {

    /** Beans and elements of the legacy unit-report diagram, which the application no longer has. */
    private static final String OLD_REMINDER_DUE = "ReminderDue";
    private static final String OLD_DEADLINE_PASSED = "DeadlinePassed";
    private static final String OLD_SCHEDULE_REMINDER = "scheduleReminderDelegate";
    private static final String OLD_SEND_REMINDER = "sendReminderDelegate";
    private static final String OLD_ESCALATE_OVERDUE = "escalateOverdueDelegate";

    private static final long PLAN = 100L;
    private static final long COMMUNE = 7L;
    /** open since 1/5/2025, units' last day 19/5 (reminders 12/5 and 18/5 at 08:00), cut-off at the end of 19/5. */
    private static final long SIX_MONTH = 11L;
    private static final LocalDate SIX_MONTH_LAST_DAY = LocalDate.of(2025, 5, 19);
    /** opens 1/11/2025, units' last day 19/11 (reminders 12/11 and 18/11 at 08:00). */
    private static final long ANNUAL = 12L;
    private static final LocalDate ANNUAL_LAST_DAY = LocalDate.of(2025, 11, 19);
    private static final List<Integer> REMINDER_DAYS = List.of(7, 1);
    /** open like the 6-month period, but its reminders cannot be read (its row gone, say). */
    private static final long UNREADABLE = 13L;

    /** The period's dates as the real {@code periodCalendar} computes them (reminders from {@link Deadlines}). */
    public static class FakePeriodCalendar {
        public Date opensAt(long periodId) {
            return periodId == ANNUAL ? at("2025-11-01T00:00") : at("2025-05-01T00:00");
        }

        public Date cutOffAt(long periodId) {
            return periodId == ANNUAL ? at("2025-11-20T00:00") : at("2025-05-20T00:00");
        }

        public boolean hasReminderLeft(long periodId) {
            if (periodId == UNREADABLE) {
                throw new IllegalStateException("no period " + periodId);
            }
            return Deadlines.nextReminder(lastDay(periodId), REMINDER_DAYS, ClockUtil.getCurrentTime().toInstant())
                    .isPresent();
        }

        public Date nextReminderAt(long periodId) {
            return Date.from(Deadlines.nextReminder(lastDay(periodId), REMINDER_DAYS,
                    ClockUtil.getCurrentTime().toInstant()).orElseThrow());
        }

        private static LocalDate lastDay(long periodId) {
            return periodId == ANNUAL ? ANNUAL_LAST_DAY : SIX_MONTH_LAST_DAY;
        }
    }

    /** The unit report's dates: due at the end of 19/5, reviewed within three days. */
    public static class FakeReportCalendar {
        public Date dueAt(long reportId) {
            return at("2025-05-20T00:00");
        }

        public Date reviewDueAt(long reportId) {
            return at("2025-05-23T00:00");
        }
    }

    /** The consolidation's tasks are due at the end of 24/5. */
    public static class FakeConsolidationCalendar {
        public Date dueAt(long periodId) {
            return at("2025-05-25T00:00");
        }
    }

    private final RecordingDelegate remindAwaitedUnits = recording();
    private final RecordingDelegate escalateOverdueReports = recording();
    private final RecordingDelegate sendReminder = recording(execution -> {
        throw new IllegalStateException("an old reminder fired");
    });
    private final List<String> deployments = new ArrayList<>();

    private RepositoryService repository;
    private RuntimeService runtime;
    private TaskService tasks;
    private ManagementService management;

    @BeforeEach
    void legacyDiagramsAndBeans() {
        repository = processEngine().getRepositoryService();
        runtime = processEngine().getRuntimeService();
        tasks = processEngine().getTaskService();
        management = processEngine().getManagementService();
        Mocks.register(PlanCycleProcess.Bean.PERIOD_CALENDAR, new FakePeriodCalendar());
        Mocks.register(UnitReportProcess.Bean.REPORT_CALENDAR, new FakeReportCalendar());
        for (String bean : List.of(PlanCycleProcess.Bean.ISSUE_PLAN, PlanCycleProcess.Bean.ASSIGN_UNITS,
                PlanCycleProcess.Bean.OPEN_PERIOD, PlanCycleProcess.Bean.CLOSE_CYCLE,
                UnitReportProcess.Bean.NOTIFY_RETURN, UnitReportProcess.Bean.CHECK_PERIOD_COMPLETE,
                UnitReportProcess.Bean.ANNOUNCE_ACCEPTANCE,
                OLD_ESCALATE_OVERDUE)) {
            Mocks.register(bean, recording());
        }
        Mocks.register(ConsolidationProcess.Bean.CONSOLIDATION_CALENDAR, new FakeConsolidationCalendar());
        Mocks.register(ConsolidationProcess.Bean.AGGREGATE_REPORTS, recording(execution -> execution.setVariable(
                ConsolidationProcess.Var.CONSOLIDATED_REPORT_ID, 5000L)));
        Mocks.register(ConsolidationProcess.Bean.SUBMIT_UPWARD, recording(
                execution -> execution.setVariable(ConsolidationProcess.Var.UPPER_IN_SYSTEM, false)));
        Mocks.register(PlanCycleProcess.Bean.REMIND_AWAITED_UNITS, remindAwaitedUnits);
        Mocks.register(PlanCycleProcess.Bean.ESCALATE_OVERDUE_REPORTS, escalateOverdueReports);
        Mocks.register(OLD_SEND_REMINDER, sendReminder);
        Mocks.register(OLD_SCHEDULE_REMINDER, recording(execution -> {
            var next = Deadlines.nextReminder(SIX_MONTH_LAST_DAY, REMINDER_DAYS,
                    ClockUtil.getCurrentTime().toInstant());
            execution.setVariable("hasNextReminder", next.isPresent());
            execution.setVariable("nextReminderAt", next.map(Date::from).orElse(null));
        }));
        deploy("legacy-processes/unit-report.bpmn", "legacy-processes/plan-cycle.bpmn", "processes/consolidation.bpmn");
        clockAt("2025-05-05T10:00");
    }

    @AfterEach
    void removeDeployments() {
        deployments.forEach(id -> repository.deleteDeployment(id, true));
    }

    @Test
    void runningInstancesMoveToTheLatestVersionsWithoutTheirOldTimersAndTheOpenPeriodRemindsFromThen() {
        ProcessInstance cycle = startAdoptedCycle();
        runDueJobs();
        ProcessInstance waiting = startUnitReport(1L);
        ProcessInstance reviewed = startUnitReport(2L);
        ProcessInstance failedReminder = startUnitReport(3L);
        tasks.setAssignee(taskOf(waiting).getId(), "congan.anduong");
        tasks.complete(taskOf(reviewed).getId());
        tasks.setAssignee(taskOf(reviewed).getId(), "canbo.anduong");
        Job oldReminder = management.createJobQuery().processInstanceId(failedReminder.getId())
                .activityId(OLD_REMINDER_DUE).singleResult();
        management.setJobRetries(oldReminder.getId(), 0);
        Task submit = taskOf(waiting);
        Task review = taskOf(reviewed);
        assertThat(timersAt(OLD_REMINDER_DUE)).as("before: the old reminders (the reviewed report's ended)").hasSize(2);
        assertThat(timersAt(OLD_DEADLINE_PASSED)).as("before: the old deadline timers").hasSize(2);
        assertThat(runtime.createIncidentQuery().count()).as("before: the failed old reminder").isOne();
        assertThat(runtime.getActivityInstance(cycle.getId())
                .getActivityInstances(PlanCycleProcess.Element.WAIT_FOR_REPORTS)).hasSize(1);

        deploy("processes/unit-report.bpmn", "processes/plan-cycle.bpmn");
        ProcessVersionMigration.Result result = new ProcessVersionMigration(processEngine()).run();

        assertThat(result).isEqualTo(new ProcessVersionMigration.Result(4, 0));
        String unitReportLatest = latest(UnitReportProcess.KEY).getId();
        String planCycleLatest = latest(PlanCycleProcess.KEY).getId();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(UnitReportProcess.KEY).list())
                .extracting(ProcessInstance::getProcessDefinitionId).containsOnly(unitReportLatest).hasSize(3);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PlanCycleProcess.KEY).list())
                .extracting(ProcessInstance::getProcessDefinitionId).containsOnly(planCycleLatest).hasSize(1);
        assertThat(timersAt(OLD_REMINDER_DUE)).isEmpty();
        assertThat(timersAt(OLD_DEADLINE_PASSED)).isEmpty();
        assertThat(management.createJobQuery().processDefinitionKey(UnitReportProcess.KEY).count())
                .as("unit reports waiting for people have no jobs").isZero();
        assertThat(runtime.createIncidentQuery().count()).isZero();

        // people's tasks are the same tasks
        Task submitAfter = taskOf(waiting);
        assertThat(submitAfter.getId()).isEqualTo(submit.getId());
        assertThat(submitAfter.getAssignee()).isEqualTo("congan.anduong");
        assertThat(submitAfter.getTaskDefinitionKey()).isEqualTo(UnitReportProcess.Element.SUBMIT_REPORT);
        assertThat(submitAfter.getProcessDefinitionId()).isEqualTo(unitReportLatest);
        Task reviewAfter = taskOf(reviewed);
        assertThat(reviewAfter.getId()).isEqualTo(review.getId());
        assertThat(reviewAfter.getAssignee()).isEqualTo("canbo.anduong");
        assertThat(reviewAfter.getTaskDefinitionKey()).isEqualTo(UnitReportProcess.Element.REVIEW_REPORT);

        // the open period reminds at its next date, keeps its cut-off; the period not open yet is as it was
        assertThat(timersAt(PlanCycleProcess.Element.PERIOD_REMINDER_DUE)).containsExactly(at("2025-05-12T08:00"));
        assertThat(timersAt(PlanCycleProcess.Element.CUT_OFF_REACHED)).containsExactly(at("2025-05-20T00:00"));
        assertThat(timersAt(PlanCycleProcess.Element.PERIOD_OPENS)).containsExactly(at("2025-11-01T00:00"));

        assertThat(new ProcessVersionMigration(processEngine()).run())
                .as("a second start moves nothing").isEqualTo(new ProcessVersionMigration.Result(0, 0));
        assertThat(timersAt(PlanCycleProcess.Element.PERIOD_REMINDER_DUE)).hasSize(1);

        // and they run on: the period's reminder on 12/5, none of the old ones; the unit submits
        clockAt("2025-05-12T09:00");
        runDueJobs();
        assertThat(remindAwaitedUnits.calls()).hasSize(1);
        assertThat(remindAwaitedUnits.calls().get(0).variable(PlanCycleProcess.Var.PERIOD_ID)).isEqualTo(SIX_MONTH);
        assertThat(sendReminder.calls()).isEmpty();
        assertThat(timersAt(PlanCycleProcess.Element.PERIOD_REMINDER_DUE)).containsExactly(at("2025-05-18T08:00"));
        tasks.complete(submitAfter.getId());
        assertThat(taskOf(waiting).getTaskDefinitionKey()).isEqualTo(UnitReportProcess.Element.REVIEW_REPORT);
        assertThat(runtime.createIncidentQuery().count()).isZero();
    }

    /**
     * The release before the period check moved into the acceptance (docs/scaling.md, item 12) checked each accepted
     * report in a job: a report waiting at that job cannot move (its step is no longer asynchronous), stays on its
     * version and finishes there through the same bean; the others move, and are checked in their acceptance.
     */
    @Test
    void aReportWaitingAtTheFormerPeriodCheckJobFinishesOnItsVersionAndTheOthersMove() {
        RecordingDelegate formerCheck = recording();
        Mocks.register(UnitReportProcess.Bean.ANNOUNCE_ACCEPTANCE, formerCheck);
        Mocks.register(UnitReportProcess.Bean.CHECK_PERIOD_COMPLETE,
                recording(execution -> UnitReportProcess.PERIOD_COMPLETE.setTransient(execution, false)));
        deploy("legacy-processes/unit-report-period-check-job.bpmn");
        ProcessInstance accepted = startUnitReport(1L);
        ProcessInstance inReview = startUnitReport(2L);
        tasks.complete(taskOf(accepted).getId());
        tasks.complete(taskOf(accepted).getId(), Variables.createVariables()
                .putValue(UnitReportProcess.Var.ACCEPTED, true));
        tasks.complete(taskOf(inReview).getId());
        String former = definitionOf(accepted);
        assertThat(management.createJobQuery().processInstanceId(accepted.getId())
                .activityId(UnitReportProcess.Element.CHECK_PERIOD_COMPLETE).count()).as("the former job").isOne();

        deploy("processes/unit-report.bpmn", "processes/plan-cycle.bpmn");
        assertThat(new ProcessVersionMigration(processEngine()).run())
                .isEqualTo(new ProcessVersionMigration.Result(1, 1));

        assertThat(definitionOf(accepted)).isEqualTo(former);
        assertThat(definitionOf(inReview)).isEqualTo(latest(UnitReportProcess.KEY).getId());
        runDueJobs();
        assertThat(formerCheck.count()).as("the former job ran its bean").isOne();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(accepted.getId()).count()).isZero();
        tasks.complete(taskOf(inReview).getId(), Variables.createVariables()
                .putValue(UnitReportProcess.Var.ACCEPTED, true));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(inReview.getId()).count())
                .as("checked in the acceptance, nothing to announce: ended").isZero();
        assertThat(formerCheck.count()).isOne();
        assertThat(runtime.createIncidentQuery().count()).isZero();
    }

    @Test
    void aPeriodWhoseOpeningIsCommittedButNotContinuedTakesTheNewForkItselfWithOneReminderTimer() {
        ProcessInstance cycle = startAdoptedCycle();
        while (management.createJobQuery().activityId(PlanCycleProcess.Element.OPEN_PERIOD).count() == 0) {
            management.executeJob(management.createJobQuery().executable().orderByJobDuedate().asc()
                    .listPage(0, 1).get(0).getId());
        }

        deploy("processes/unit-report.bpmn", "processes/plan-cycle.bpmn");
        assertThat(new ProcessVersionMigration(processEngine()).run())
                .isEqualTo(new ProcessVersionMigration.Result(1, 0));

        assertThat(timersAt(PlanCycleProcess.Element.PERIOD_REMINDER_DUE)).as("not at the wait yet").isEmpty();
        runDueJobs();
        assertThat(runtime.getActivityInstance(cycle.getId())
                .getActivityInstances(PlanCycleProcess.Element.WAIT_FOR_REPORTS)).hasSize(1);
        assertThat(timersAt(PlanCycleProcess.Element.PERIOD_REMINDER_DUE)).containsExactly(at("2025-05-12T08:00"));
        assertThat(runtime.createIncidentQuery().count()).isZero();
    }

    @Test
    void aPeriodBeingConsolidatedMovesWithItsConsolidationGetsNoRemindersAndClosesTheCycle() {
        ProcessInstance cycle = startAdoptedCycle(PLAN, SIX_MONTH);
        runDueJobs();
        clockAt("2025-05-20T08:00");
        runDueJobs();
        ProcessInstance consolidation = runtime.createProcessInstanceQuery()
                .processDefinitionKey(ConsolidationProcess.KEY).singleResult();
        assertThat(tasks.createTaskQuery().processInstanceId(consolidation.getId()).singleResult()
                .getTaskDefinitionKey()).isEqualTo(ConsolidationProcess.Element.WRITE_CONSOLIDATED_REPORT);

        deploy("processes/unit-report.bpmn", "processes/plan-cycle.bpmn");
        assertThat(new ProcessVersionMigration(processEngine()).run())
                .isEqualTo(new ProcessVersionMigration.Result(1, 0));

        assertThat(definitionOf(cycle)).isEqualTo(latest(PlanCycleProcess.KEY).getId());
        assertThat(timersAt(PlanCycleProcess.Element.PERIOD_REMINDER_DUE)).as("past its reminders").isEmpty();
        tasks.complete(tasks.createTaskQuery().processInstanceId(consolidation.getId()).singleResult().getId());
        tasks.complete(tasks.createTaskQuery().processInstanceId(consolidation.getId()).singleResult().getId(),
                Variables.createVariables().putValue(ConsolidationProcess.Var.APPROVED, true));
        runDueJobs();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(cycle.getId()).count())
                .as("the period closed, then the cycle").isZero();
        assertThat(runtime.createIncidentQuery().count()).isZero();
    }

    @Test
    void aCycleWhoseFirstPeriodHasEndedAndWhoseSecondIsOpenMovesAndTheSecondGetsItsReminders() {
        // the demo database's state in November: the engine cannot build such a cycle's activity tree in the
        // transaction that migrated it (NullPointerException in GetActivityInstanceCmd), so the reminders start after
        ProcessInstance cycle = startAdoptedCycle(PLAN, SIX_MONTH, ANNUAL);
        runDueJobs();
        clockAt("2025-05-01T08:00");
        runDueJobs();
        clockAt("2025-05-20T08:00");
        runDueJobs();
        ProcessInstance consolidation = runtime.createProcessInstanceQuery()
                .processDefinitionKey(ConsolidationProcess.KEY).singleResult();
        tasks.complete(tasks.createTaskQuery().processInstanceId(consolidation.getId()).singleResult().getId());
        tasks.complete(tasks.createTaskQuery().processInstanceId(consolidation.getId()).singleResult().getId(),
                Variables.createVariables().putValue(ConsolidationProcess.Var.APPROVED, true));
        runDueJobs();
        clockAt("2025-11-03T09:00");
        runDueJobs();
        assertThat(runtime.getActivityInstance(cycle.getId())
                .getActivityInstances(PlanCycleProcess.Element.WAIT_FOR_REPORTS)).as("the annual period is open")
                .hasSize(1);

        deploy("processes/unit-report.bpmn", "processes/plan-cycle.bpmn");
        assertThat(new ProcessVersionMigration(processEngine()).run())
                .isEqualTo(new ProcessVersionMigration.Result(1, 0));

        assertThat(definitionOf(cycle)).isEqualTo(latest(PlanCycleProcess.KEY).getId());
        assertThat(timersAt(PlanCycleProcess.Element.PERIOD_REMINDER_DUE)).containsExactly(at("2025-11-12T08:00"));
        assertThat(runtime.createIncidentQuery().count()).isZero();
    }

    /**
     * The release before the flat diagram (December 2026) prepared each report inside the sub-process
     * {@code PrepareReport}: reports waiting there to be acknowledged, submitted or sent by a sub-area move out of it
     * with their tasks and subscription (the sub-process's execution dropped, not cancelled) and finish on the latest
     * version, a returned one without being asked to acknowledge again.
     */
    @Test
    void reportsWaitingInsideTheFormerPrepareSubProcessMoveOutOfItAndFinish() {
        Mocks.register(UnitReportProcess.Bean.CHECK_PERIOD_COMPLETE,
                recording(execution -> UnitReportProcess.PERIOD_COMPLETE.setTransient(execution, false)));
        deploy("legacy-processes/unit-report-prepare-subprocess.bpmn");
        ProcessInstance acknowledging = startUnitReport(1L, false, false);
        ProcessInstance submitting = startUnitReport(2L);
        ProcessInstance subArea = startUnitReport(3L, true, true);
        ProcessInstance inReview = startUnitReport(4L);
        tasks.complete(taskOf(inReview).getId());
        tasks.setAssignee(taskOf(submitting).getId(), "congan.anduong");
        Task acknowledge = taskOf(acknowledging);
        Task submit = taskOf(submitting);
        assertThat(acknowledge.getTaskDefinitionKey()).isEqualTo(UnitReportProcess.Element.ACKNOWLEDGE_ASSIGNMENT);
        assertThat(runtime.createExecutionQuery().processInstanceId(submitting.getId()).count())
                .as("before: the process instance and the sub-process's scope").isEqualTo(2);

        deploy("processes/unit-report.bpmn", "processes/plan-cycle.bpmn");
        assertThat(new ProcessVersionMigration(processEngine()).run())
                .isEqualTo(new ProcessVersionMigration.Result(4, 0));

        String latest = latest(UnitReportProcess.KEY).getId();
        for (ProcessInstance report : List.of(acknowledging, submitting, subArea, inReview)) {
            assertThat(definitionOf(report)).isEqualTo(latest);
            assertThat(runtime.getActivityInstance(report.getId()).getChildActivityInstances())
                    .as("right under the process instance, no sub-process instance left").hasSize(1)
                    .extracting(ActivityInstance::getActivityId).doesNotContain("PrepareReport");
        }
        assertThat(runtime.createExecutionQuery().processInstanceId(submitting.getId()).count())
                .as("a user task runs on the process instance itself").isOne();
        assertThat(taskOf(acknowledging).getId()).isEqualTo(acknowledge.getId());
        assertThat(taskOf(submitting).getId()).isEqualTo(submit.getId());
        assertThat(taskOf(submitting).getAssignee()).isEqualTo("congan.anduong");
        assertThat(runtime.createEventSubscriptionQuery().processInstanceId(subArea.getId())
                .activityId(UnitReportProcess.Element.AWAIT_SUB_AREA_REPORT).count()).isOne();

        tasks.complete(acknowledge.getId());
        assertThat(taskOf(acknowledging).getTaskDefinitionKey()).isEqualTo(UnitReportProcess.Element.SUBMIT_REPORT);
        tasks.complete(taskOf(acknowledging).getId());
        tasks.complete(submit.getId());
        runtime.createMessageCorrelation(UnitReportProcess.SUB_AREA_REPORT_SUBMITTED).processInstanceBusinessKey("3")
                .correlate();
        tasks.complete(taskOf(inReview).getId(), Variables.createVariables()
                .putValue(UnitReportProcess.Var.ACCEPTED, false));
        runDueJobs();
        assertThat(taskOf(inReview).getTaskDefinitionKey()).as("returned: straight to the form")
                .isEqualTo(UnitReportProcess.Element.SUBMIT_REPORT);
        tasks.complete(taskOf(inReview).getId());
        for (ProcessInstance report : List.of(acknowledging, submitting, subArea, inReview)) {
            assertThat(taskOf(report).getTaskDefinitionKey()).isEqualTo(UnitReportProcess.Element.REVIEW_REPORT);
            tasks.complete(taskOf(report).getId(), Variables.createVariables()
                    .putValue(UnitReportProcess.Var.ACCEPTED, true));
        }
        runDueJobs();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(UnitReportProcess.KEY).count())
                .as("all accepted, the sub-area's announced: ended").isZero();
        assertThat(runtime.createIncidentQuery().count()).isZero();
    }

    @Test
    void manyInstancesGoInChunksAndOneThatCannotMoveIsLeftAsItIsWhileTheOthersMove() {
        int count = ProcessVersionMigration.CHUNK + 20;
        for (long reportId = 1; reportId <= count; reportId++) {
            startUnitReport(reportId);
        }
        ProcessInstance cycle = startAdoptedCycle(PLAN, SIX_MONTH);
        ProcessInstance unreadable = startAdoptedCycle(PLAN + 1, UNREADABLE);
        runDueJobs();

        deploy("processes/unit-report.bpmn", "processes/plan-cycle.bpmn");
        assertThat(new ProcessVersionMigration(processEngine()).run())
                .isEqualTo(new ProcessVersionMigration.Result(count + 1, 1));

        String latestCycle = latest(PlanCycleProcess.KEY).getId();
        assertThat(definitionOf(cycle)).isEqualTo(latestCycle);
        assertThat(definitionOf(unreadable)).as("moved, its period without reminders (counted as failed)")
                .isEqualTo(latestCycle);
        assertThat(runtime.getActivityInstance(unreadable.getId())
                .getActivityInstances(PlanCycleProcess.Element.WAIT_FOR_REPORTS)).as("still waiting").hasSize(1);
        assertThat(timersAt(PlanCycleProcess.Element.PERIOD_REMINDER_DUE)).containsExactly(at("2025-05-12T08:00"));
        assertThat(runtime.createProcessInstanceQuery().processDefinitionId(latest(UnitReportProcess.KEY).getId())
                .count()).isEqualTo(count);
        assertThat(timersAt(OLD_REMINDER_DUE)).isEmpty();
        assertThat(new ProcessVersionMigration(processEngine()).run())
                .as("nothing left on an older version").isEqualTo(new ProcessVersionMigration.Result(0, 0));
    }

    @Test
    void nothingToMoveWhenEveryInstanceRunsOnTheLatestVersion() {
        deploy("processes/unit-report.bpmn", "processes/plan-cycle.bpmn");
        startAdoptedCycle();
        startUnitReport(1L);

        assertThat(new ProcessVersionMigration(processEngine()).run())
                .isEqualTo(new ProcessVersionMigration.Result(0, 0));
    }

    private void deploy(String... resources) {
        var deployment = repository.createDeployment();
        for (String resource : resources) {
            deployment.addClasspathResource(resource);
        }
        deployments.add(deployment.deploy().getId());
    }

    private ProcessDefinition latest(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    }

    private String definitionOf(ProcessInstance instance) {
        return runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getProcessDefinitionId();
    }

    private ProcessInstance startAdoptedCycle() {
        return startAdoptedCycle(PLAN, SIX_MONTH, ANNUAL);
    }

    private ProcessInstance startAdoptedCycle(long planId, Long... periodIds) {
        return runtime.startProcessInstanceByKey(PlanCycleProcess.KEY, String.valueOf(planId),
                Variables.createVariables()
                .putValue(PlanCycleProcess.Var.PLAN_ID, planId)
                .putValue(PlanCycleProcess.Var.ORG_UNIT_ID, COMMUNE)
                .putValue(PlanCycleProcess.Var.UPPER_PLAN_REGISTERED, true)
                .putValue(PlanCycleProcess.Var.ADOPTED, true)
                .putValue(PlanCycleProcess.Var.PERIOD_IDS, new ArrayList<>(List.of(periodIds))));
    }

    private ProcessInstance startUnitReport(long reportId) {
        return startUnitReport(reportId, false, true);
    }

    private ProcessInstance startUnitReport(long reportId, boolean subArea, boolean acknowledged) {
        return runtime.startProcessInstanceByKey(UnitReportProcess.KEY, String.valueOf(reportId),
                Variables.createVariables()
                        .putValue(UnitReportProcess.Var.REPORT_ID, reportId)
                        .putValue(UnitReportProcess.Var.PLAN_ID, PLAN)
                        .putValue(UnitReportProcess.Var.PERIOD_ID, SIX_MONTH)
                        .putValue(UnitReportProcess.Var.UNIT_ORG_ID, 70L + reportId)
                        .putValue(UnitReportProcess.Var.PLAN_ORG_ID, COMMUNE)
                        .putValue(UnitReportProcess.Var.SUB_AREA, subArea)
                        .putValue(UnitReportProcess.Var.ACKNOWLEDGED, acknowledged));
    }

    private Task taskOf(ProcessInstance instance) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }
}
