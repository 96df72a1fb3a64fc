package vn.congtactreem.reporting.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.process.PlanCycleProcess;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.ProcessJobs;

/**
 * The migration in the application, on PostgreSQL: a cycle run through the services on the diagrams of the release
 * before the period's reminders ({@code legacy-processes/}, their deleted delegates stood in for while they run),
 * its period open with the police's report waiting with its own reminder and deadline timers; the current diagrams
 * deployed again, {@link ProcessVersionMigration} moves both, and the period's reminder is due at the period's next
 * reminder date as the real {@code periodCalendar} reads it.
 */
class ProcessVersionMigrationIntegrationTests extends PostgresIntegrationTest {

    private static final int YEAR = 2087;
    /** Beans and elements of the legacy unit-report diagram, which the application no longer has. */
    private static final List<String> OLD_BEANS =
            List.of("scheduleReminderDelegate", "sendReminderDelegate", "escalateOverdueDelegate");
    private static final List<String> OLD_TIMERS = List.of("ReminderDue", "DeadlinePassed");

    @Autowired
    private PlanService plans;
    @Autowired
    private ReportingService reporting;
    @Autowired
    private UserService users;
    @Autowired
    private OrgService orgs;
    @Autowired
    private ManagementService management;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private RepositoryService repository;
    @Autowired
    private TaskService tasks;
    @Autowired
    private ConfigurableApplicationContext context;
    @Autowired
    private ProcessVersionMigration migration;

    @AfterEach
    void forgetTheOldBeans() {
        DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
        OLD_BEANS.forEach(beans::destroySingleton);
        ProcessJobs.resetClock();
    }

    @Test
    void aCycleAndItsUnitReportStartedOnTheLegacyDiagramsMoveAndThePeriodRemindsFromThen() {
        standInForTheOldBeans();
        deploy("legacy-processes/unit-report.bpmn", "legacy-processes/plan-cycle.bpmn");
        CycleFixture.OpenPeriod open = new CycleFixture(plans, reporting, users, orgs, management)
                .periodOpenForThePolice(YEAR);
        ProcessInstance cycle = instance(PlanCycleProcess.KEY, open.planId());
        ProcessInstance report = instance(UnitReportProcess.KEY, open.policeReportId());
        Task acknowledge = tasks.createTaskQuery().processInstanceId(report.getId()).singleResult();
        assertThat(jobsAt(report, OLD_TIMERS.get(0))).as("before: the report's own reminder").hasSize(1);
        assertThat(jobsAt(report, OLD_TIMERS.get(1))).as("before: the report's deadline").hasSize(1);
        assertThat(jobsAt(cycle, PlanCycleProcess.Element.PERIOD_REMINDER_DUE)).isEmpty();

        deploy("processes/unit-report.bpmn", "processes/plan-cycle.bpmn");
        ProcessVersionMigration.Result result = migration.run();

        assertThat(result.migrated()).isGreaterThanOrEqualTo(2);
        assertThat(definitionOf(cycle)).isEqualTo(latest(PlanCycleProcess.KEY));
        assertThat(definitionOf(report)).isEqualTo(latest(UnitReportProcess.KEY));
        assertThat(management.createJobQuery().processInstanceId(report.getId()).count()).isZero();
        Instant nextReminder = LocalDateTime.of(YEAR, 5, 11, 8, 0).atZone(Deadlines.VIETNAM).toInstant();
        assertThat(jobsAt(cycle, PlanCycleProcess.Element.PERIOD_REMINDER_DUE)).extracting(Job::getDuedate)
                .containsExactly(Date.from(nextReminder));
        Task acknowledgeAfter = tasks.createTaskQuery().processInstanceId(report.getId()).singleResult();
        assertThat(acknowledgeAfter.getId()).isEqualTo(acknowledge.getId());
        assertThat(acknowledgeAfter.getTaskDefinitionKey())
                .isEqualTo(UnitReportProcess.Element.ACKNOWLEDGE_ASSIGNMENT);
        assertThat(migration.run().migrated()).as("a second start moves nothing").isZero();

        // the period's reminder fires through the real beans, the next one is set; nothing fails
        ProcessJobs.setClock(nextReminder.plusSeconds(3600));
        ProcessJobs.runDue(management);
        assertThat(jobsAt(cycle, PlanCycleProcess.Element.PERIOD_REMINDER_DUE)).extracting(Job::getDuedate)
                .containsExactly(Date.from(LocalDateTime.of(YEAR, 5, 17, 8, 0).atZone(Deadlines.VIETNAM).toInstant()));
        assertThat(runtime.createIncidentQuery().processInstanceId(cycle.getId()).count()).isZero();
        assertThat(runtime.createIncidentQuery().processInstanceId(report.getId()).count()).isZero();
    }

    /** What the deleted delegates did, while the legacy diagrams run: the next reminder of 7 and 1 days before 18/5. */
    private void standInForTheOldBeans() {
        DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
        JavaDelegate schedule = execution -> {
            var next = Deadlines.nextReminder(LocalDate.of(YEAR, 5, 18), List.of(7, 1),
                    ClockUtil.getCurrentTime().toInstant());
            execution.setVariable("hasNextReminder", next.isPresent());
            execution.setVariable("nextReminderAt", next.map(Date::from).orElse(null));
        };
        JavaDelegate nothing = execution -> { };
        beans.registerSingleton(OLD_BEANS.get(0), schedule);
        beans.registerSingleton(OLD_BEANS.get(1), nothing);
        beans.registerSingleton(OLD_BEANS.get(2), nothing);
    }

    private void deploy(String... resources) {
        var deployment = repository.createDeployment().name("ProcessVersionMigrationIntegrationTests");
        for (String resource : resources) {
            deployment.addClasspathResource(resource);
        }
        deployment.deploy();
    }

    private String latest(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult()
                .getId();
    }

    private ProcessInstance instance(String key, long businessKey) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(key)
                .processInstanceBusinessKey(String.valueOf(businessKey)).singleResult();
    }

    private String definitionOf(ProcessInstance instance) {
        return runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getProcessDefinitionId();
    }

    private List<Job> jobsAt(ProcessInstance instance, String activityId) {
        return management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).list();
    }
}
