package vn.congtactreem.benchmark;

import org.camunda.bpm.engine.ManagementService;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs the engine's own job executor (off in the test setup) until no job is due, with given settings:
 * how the application would drain a burst of jobs, measured from outside by polling the job table.
 */
final class JobDrain {

    /** Job executor settings: the Spring Boot starter's defaults, or tuned for bursts. */
    record Settings(String name, int maxJobsPerAcquisition, int corePool, int maxPool, int queue, int waitMillis,
                    boolean preferTimers, boolean acquireByDueDate) {
        static final Settings DEFAULTS = new Settings("defaults: 3 jobs per acquisition, pool 3–10, queue 3",
                3, 3, 10, 3, 5000, false, false);
        /** The application's own (application.yaml), with its indexes (JobDueDateIndex). */
        static final Settings TUNED = new Settings("application.yaml: 30 jobs per acquisition, pool 4, queue 60,"
                + " wait 1 s, acquire by due date (JobDueDateIndex)", 30, 4, 4, 60, 1000, false, true);

        /**
         * {@link #TUNED} with {@code -Dbenchmark.jobThreads} threads (the acquisition and the queue grown in
         * proportion), to try more threads than cores while the jobs wait on the database; {@link #TUNED} without.
         */
        static Settings tuned() {
            int threads = Integer.getInteger("benchmark.jobThreads", TUNED.corePool());
            if (threads == TUNED.corePool()) {
                return TUNED;
            }
            int acquisition = TUNED.maxJobsPerAcquisition() * threads / TUNED.corePool();
            int queue = TUNED.queue() * threads / TUNED.corePool();
            return new Settings(acquisition + " jobs per acquisition, pool " + threads + ", queue " + queue
                    + ", wait 1 s, acquire by due date (JobDueDateIndex)", acquisition, threads, threads, queue, 1000,
                    false, true);
        }
    }

    /** A drain: how many jobs ran, how long it took, what failed. */
    record Result(long executed, double seconds, long failedJobs, long incidents) {
        double perSecond() {
            return seconds == 0 ? 0 : executed / seconds;
        }
    }

    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;

    JobDrain(ProcessEngine engine, JdbcTemplate jdbc) {
        this.engine = engine;
        this.jdbc = jdbc;
    }

    Result drain(Settings settings, long timeoutSeconds) throws InterruptedException {
        ManagementService management = engine.getManagementService();
        long executedBefore = successfulJobs();
        long start = System.nanoTime();
        DefaultJobExecutor executor = start(settings);
        try {
            long deadline = start + timeoutSeconds * 1_000_000_000L;
            while (management.createJobQuery().executable().count() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
        } finally {
            executor.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(successfulJobs() - executedBefore, seconds,
                management.createJobQuery().noRetriesLeft().count(),
                engine.getRuntimeService().createIncidentQuery().count());
    }

    /** This JVM's job executor with these settings, started (the caller shuts it down). */
    DefaultJobExecutor start(Settings settings) {
        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        config.setJobExecutorPreferTimerJobs(settings.preferTimers());
        config.setJobExecutorAcquireByDueDate(settings.acquireByDueDate());
        DefaultJobExecutor executor = (DefaultJobExecutor) config.getJobExecutor();
        executor.setMaxJobsPerAcquisition(settings.maxJobsPerAcquisition());
        executor.setCorePoolSize(settings.corePool());
        executor.setMaxPoolSize(settings.maxPool());
        executor.setQueueSize(settings.queue());
        executor.setWaitTimeInMillis(settings.waitMillis());
        executor.setMaxWait(settings.waitMillis() * 12L);
        executor.start();
        return executor;
    }

    /**
     * Runs every due job in the calling thread, one after the other, until none is due: the server work of
     * the jobs without the executor's acquisition waits (as the process tests do).
     */
    Result runInThisThread() {
        ManagementService management = engine.getManagementService();
        long executed = 0;
        long start = System.nanoTime();
        List<Job> due = management.createJobQuery().executable().listPage(0, 100);
        while (!due.isEmpty()) {
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException e) {
                    // the engine has lowered its retries and recorded the failure: counted below
                }
                executed++;
            }
            due = management.createJobQuery().executable().listPage(0, 100);
        }
        return new Result(executed, (System.nanoTime() - start) / 1e9, management.createJobQuery().noRetriesLeft()
                .count(), engine.getRuntimeService().createIncidentQuery().count());
    }

    /** Jobs that ran to success (history: FULL writes the job log). */
    long successfulJobs() {
        return jdbc.queryForObject("select count(*) from act_hi_job_log where job_state_ = 2", Long.class);
    }

    /** Jobs that ran to success more than once: a double fire. */
    long doubleFires() {
        return jdbc.queryForObject("select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2"
                + " group by job_id_ having count(*) > 1) twice", Long.class);
    }
}
