package vn.congtactreem.benchmark;

import java.io.IOException;
import java.sql.Timestamp;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.org.AdminUnitCatalogue;
import vn.congtactreem.org.AdminUnitImport;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.support.AppNode;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.PostgresTestDatabase;

/**
 * The timer storm of issue 17: {@code -Dbenchmark.stormTimers} (120,000) reminder and deadline timers of
 * {@code unit-report} instances fall due in the same minute; measured is the time until every one has
 * fired and until every job they leave has run (none since the next reminder is scheduled in the reminder's own
 * job), the failed jobs, the incidents, the outbox rows written and the jobs that ran twice; first with this JVM's job executor
 * alone (one node), then with a second application node (a JVM of its own, {@link AppNode}) on the same
 * database beside it, both with the same executor settings.
 *
 * <p>The country ({@link ScaleData}, {@code -Dbenchmark.size}, default {@code country}) is written as in
 * {@link CountryScaleBenchmark}, with the periods of the smallest province opened through the engine; each
 * storm's instances are copies of those engine-written instances given to the other provinces' unit
 * reports ({@link InstanceCopies}), so that each timer's delegate reads its own report, period and unit and
 * writes its own notifications. Between the storms the first storm's notifications are deleted (the second
 * storm's reminders are about the same reports and would otherwise be skipped as already sent).
 * Nothing is asserted: the figures are printed and written into section {@code timer-storm} of
 * {@code docs/benchmarks.md}.
 */
@SpringBootTest(properties = {PostgresIntegrationTest.NO_JOB_EXECUTOR, PostgresIntegrationTest.NO_DEMO_CYCLE,
        "vaadin.devmode.devTools.enabled=false", "logging.level.root=WARN", "app.notifications.poll-delay=PT10H",
        "camunda.bpm.generic-properties.properties.hostname=node-a"})
@ActiveProfiles("dev")
class TimerStormBenchmark {

    private static final ScaleData.Size SIZE = ScaleData.Size.valueOf(
            System.getProperty("benchmark.size", "country").toUpperCase(Locale.ROOT));
    private static final int TIMERS = Integer.getInteger("benchmark.stormTimers", 120_000);
    private static final long TIMEOUT = Long.getLong("benchmark.stormTimeoutSeconds", 1800);
    private static final List<Integer> NODES = List.of(System.getProperty("benchmark.nodes", "1,2").split(","))
            .stream().map(String::strip).map(Integer::valueOf).toList();
    private static final JobDrain.Settings SETTINGS = JobDrain.Settings.tuned();
    /** A connection for each job thread and some for the rest (12 at application.yaml's 4 threads, as before). */
    private static final int POOL = Math.max(12, SETTINGS.corePool() + 4);
    /** Copies wait with their timers here until the storm makes them due. */
    private static final String PARKED = "timestamp '2099-01-01 00:00:00'";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AdminUnitImport importer;
    @Autowired
    AdminUnitCatalogue catalogue;
    @Autowired
    ReportingService reporting;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CycleClock clock;
    @Autowired
    UserDetailsService userDetails;

    private final List<String> facts = new ArrayList<>();
    private final List<String> storms = new ArrayList<>();

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.useFresh(registry, "storm");
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> String.valueOf(POOL));
    }

    @Test
    void measure() throws Exception {
        BenchmarkSignIn.asAdmin(userDetails);
        long begin = System.nanoTime();
        ScaleData.Generated data = new ScaleData(jdbc, importer, catalogue, reporting).generate(SIZE, clock.today(),
                1, true);
        fact("provinces / communes / unit reports", data.provinces() + " / " + data.communes() + " / "
                + data.reports());
        fact("unit-report instances written by the engine (the smallest province's periods opened)",
                String.valueOf(data.processInstances()));
        data.stepMillis().forEach((step, millis) -> fact("generate: " + step + " (s)", fmt(millis / 1000)));
        JobDrain jobs = new JobDrain(engine, jdbc);
        JobDrain.Result first = jobs.drain(JobDrain.Settings.TUNED, 3600);
        fact("jobs due once the periods are open, drained before the storms (ScheduleReminder runs in the start)",
                first.executed() + " in "
                + fmt(first.seconds()) + " s");
        jdbc.execute("analyze");
        long round = 0;
        for (int nodes : NODES) {
            storm(jobs, round, nodes);
            round += TIMERS;
        }
        fact("whole run (minutes)", fmt((System.nanoTime() - begin) / 6e10));
        write();
    }

    private void storm(JobDrain jobs, long round, int nodes) throws InterruptedException {
        jdbc.update("delete from notification where kind in ('REMINDER_DUE', 'REPORT_OVERDUE')");
        long copyStart = System.nanoTime();
        InstanceCopies.Copied copied = new InstanceCopies(jdbc).copy(round, TIMERS / 2, PARKED);
        fact("storm on " + nodes + " node(s): instances copied / onto distinct reports / timers (s to copy)",
                copied.instances() + " / " + copied.distinctReports() + " / " + copied.timers() + " ("
                        + fmt((System.nanoTime() - copyStart) / 1e9) + " s)");
        List<AppNode> others = new ArrayList<>();
        try {
            for (int n = 2; n <= nodes; n++) {
                others.add(AppNode.on("node-" + (char) ('a' + n - 1), databaseUrl(),
                        // the job executor as this JVM's (application.yaml's, or -Dbenchmark.jobThreads)
                        "app.demo.cycle=false", "app.notifications.poll-delay=PT10H", "logging.level.root=WARN",
                        "camunda.bpm.job-execution.core-pool-size=" + SETTINGS.corePool(),
                        "camunda.bpm.job-execution.max-pool-size=" + SETTINGS.maxPool(),
                        "camunda.bpm.job-execution.queue-capacity=" + SETTINGS.queue(),
                        "camunda.bpm.job-execution.max-jobs-per-acquisition=" + SETTINGS.maxJobsPerAcquisition(),
                        "spring.datasource.hikari.maximum-pool-size=" + POOL).jvm("-Xmx1g").start());
            }
            others.forEach(AppNode::awaitReady);
            long notificationsBefore = jdbc.queryForObject("select count(*) from notification", Long.class);
            Timestamp since = jdbc.queryForObject("select localtimestamp", Timestamp.class);
            long executedBefore = jobs.successfulJobs();
            int due = jdbc.update("update act_ru_job set duedate_ = now() - interval '1 minute' where type_ = 'timer'"
                    + " and duedate_ = " + PARKED);
            jdbc.execute("analyze act_ru_job");
            long start = System.nanoTime();
            DefaultJobExecutor executor = jobs.start(SETTINGS);
            double fired = -1;
            double drained = -1;
            long timersLeft = due;
            try {
                long deadline = start + TIMEOUT * 1_000_000_000L;
                while (System.nanoTime() < deadline) {
                    Map<String, Object> left = jdbc.queryForMap("select count(*) filter (where type_ = 'timer') as timers,"
                            + " count(*) as jobs from act_ru_job where retries_ > 0 and suspension_state_ = 1"
                            + " and (duedate_ is null or duedate_ <= now())");
                    double now = (System.nanoTime() - start) / 1e9;
                    timersLeft = ((Number) left.get("timers")).longValue();
                    if (fired < 0 && timersLeft == 0) {
                        fired = now;
                    }
                    if (((Number) left.get("jobs")).longValue() == 0) {
                        drained = now;
                        break;
                    }
                    Thread.sleep(500);
                }
            } finally {
                executor.shutdown();
            }
            // what a storm cut by its time-out left due must not run in the next one
            jdbc.update("update act_ru_job set duedate_ = timestamp '2098-01-01 00:00:00' where retries_ > 0"
                    + " and (duedate_ is null or duedate_ <= now())");
            double elapsed = (System.nanoTime() - start) / 1e9;
            long executed = jobs.successfulJobs() - executedBefore;
            String byNode = String.join(", ", jdbc.queryForList("select coalesce(hostname_, '?') || ': ' || count(*)"
                    + " from act_hi_job_log where job_state_ = 2 and timestamp_ >= ? group by hostname_"
                    + " order by hostname_", String.class, since));
            long failed = engine.getManagementService().createJobQuery().noRetriesLeft().count();
            long incidents = engine.getRuntimeService().createIncidentQuery().count();
            long outbox = jdbc.queryForObject("select count(*) from notification", Long.class) - notificationsBefore;
            String line = String.format(Locale.ROOT, "| %d | %d | %d | %d | %s | %s | %d | %.0f | %s | %d | %d | %d | %d |",
                    nodes, SETTINGS.corePool(), due, due - timersLeft, fired < 0 ? "not all in " + TIMEOUT + " s" : fmt(fired),
                    drained < 0 ? "not all in " + TIMEOUT + " s" : fmt(drained), executed, executed / elapsed, byNode,
                    failed, incidents, outbox, jobs.doubleFires());
            storms.add(line);
            System.out.println("[storm] " + line);
        } finally {
            others.forEach(AppNode::stop);
        }
    }

    /**
     * This run's database as the pool reached it (the property's supplier would create another fresh
     * database, dropping this one).
     */
    private String databaseUrl() {
        return jdbc.execute((java.sql.Connection c) -> c.getMetaData().getURL());
    }

    private void fact(String what, String value) {
        facts.add("| " + what + " | " + value + " |");
        System.out.println("[storm] " + what + ": " + value);
    }

    private void write() throws IOException {
        String database = jdbc.queryForObject("select version()", String.class);
        StringBuilder text = new StringBuilder("## Timer storm (`TimerStormBenchmark`, size `")
                .append(SIZE.name().toLowerCase(Locale.ROOT)).append("`)\n\n");
        text.append("""
                **Method.** A fresh PostgreSQL database with the country of `CountryScaleBenchmark` (`ScaleData`):
                the official list, users, one issued plan and period per province and commune; the smallest
                province's periods opened through `ReportingService.openPeriod` (real `unit-report` instances,
                each waiting on its task with a reminder timer and a deadline timer), the other unit reports as
                rows. For each storm, instances are copied from the engine-written ones onto the unit reports that
                have none (`InstanceCopies`: every runtime and history row, ids prefixed, the report's own ids in
                the variables, business key and candidate group), their two timers parked in 2099, then all made
                due at once (`now() - 1 minute`). The job executor, set as `application.yaml` sets it (30 jobs per
                acquisition, 4 threads, queue 60, 1 s idle wait, acquire by due date on `JobDueDateIndex`'s
                indexes; PostgreSQL sessions without JIT, `PostgresSessions`), starts in this JVM (node-a); with two nodes a second application JVM (node-b, the same settings, started
                and ready before the timers fall due) runs beside it on the same database and the same 2 cores.
                Measured from the moment the timers are due: until no timer is due any more ("fired"), until no
                job of any kind is due ("drained"; a reminder schedules the next one in its own job). A reminder writes its
                timeline entry and one notification per reporter of the unit, a deadline its overdue notices:
                the outbox rows. Jobs by node: the job log's host name. Failed jobs: retries exhausted.
                """);
        text.append("\n**Machine.** ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", ")
                .append(database == null ? "?" : database.split(",")[0]).append(" on the same machine. Date: ")
                .append(LocalDate.now()).append(".\n\n");
        text.append("**Command.** `tools/benchmark/timer-storm.sh ").append(SIZE.name().toLowerCase(Locale.ROOT))
                .append("` (options: `-Dbenchmark.stormTimers`, `-Dbenchmark.nodes=1,2`,"
                        + " `-Dbenchmark.stormTimeoutSeconds`).\n\n");
        text.append("| Figure | Value |\n|---|---:|\n");
        facts.forEach(f -> text.append(f).append('\n'));
        text.append("\n| Nodes | Job threads per node | Timers due at once | Timers fired | s until all fired"
                + " | s until all jobs ran | Jobs run | Jobs/s | Jobs by node | Failed jobs | Incidents | Outbox rows"
                + " | Jobs run twice |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|\n");
        storms.forEach(s -> text.append(s).append('\n'));
        BenchmarkSections.write(Path.of("docs", "benchmarks.md"), BenchmarkSections.BENCHMARKS_HEADER, "timer-storm",
                text.toString());
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
