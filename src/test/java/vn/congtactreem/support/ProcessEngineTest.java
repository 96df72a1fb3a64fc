package vn.congtactreem.support;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Process tests on a plain engine (no Spring): {@code camunda-unit.cfg.xml}, in-memory H2, no job
 * executor. The test owns the clock and runs the jobs that are due, so a year of deadlines passes
 * in milliseconds. Delegate and calendar beans are fakes registered with {@link Mocks}.
 */
public abstract class ProcessEngineTest {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @RegisterExtension
    protected final ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-unit.cfg.xml")
            .build();

    @BeforeEach
    void useThisEngineForAssertions() {
        BpmnAwareTests.init(engine.getProcessEngine());
    }

    @AfterEach
    void resetClockAndBeans() {
        Mocks.reset();
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    protected ProcessEngine processEngine() {
        return engine.getProcessEngine();
    }

    /** A moment in Vietnamese time, e.g. {@code at("2025-05-19T00:00")}. */
    public static Date at(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(VIETNAM).toInstant());
    }

    protected static void clockAt(String localDateTime) {
        ClockUtil.setCurrentTime(at(localDateTime));
    }

    /**
     * Executes, one at a time, every job that is due at the current clock (asynchronous
     * continuations and timers that have fired), including the jobs those create, until none is due.
     */
    protected int runDueJobs() {
        return runDueJobs(null);
    }

    /** {@link #runDueJobs()} of one process instance only (all instances when null). */
    protected int runDueJobs(String processInstanceId) {
        ManagementService management = processEngine().getManagementService();
        int executed = 0;
        while (true) {
            JobQuery query = management.createJobQuery().executable();
            if (processInstanceId != null) {
                query.processInstanceId(processInstanceId);
            }
            List<Job> due = query.orderByJobDuedate().asc().listPage(0, 1);
            if (due.isEmpty()) {
                return executed;
            }
            if (++executed > 500) {
                throw new AssertionError("jobs keep coming: a loop in the process?");
            }
            management.executeJob(due.get(0).getId());
        }
    }

    /** Due dates of the timers waiting at an activity (every instance of it). */
    protected List<Date> timersAt(String activityId) {
        return processEngine().getManagementService().createJobQuery().timers().activityId(activityId)
                .orderByJobDuedate().asc().list().stream().map(Job::getDuedate).toList();
    }

    protected long jobCount() {
        return processEngine().getManagementService().createJobQuery().count();
    }
}
