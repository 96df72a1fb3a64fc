package vn.congtactreem.benchmark;

import java.sql.Timestamp;
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
import vn.congtactreem.notification.NotificationKind;
import vn.congtactreem.org.AdminUnitCatalogue;
import vn.congtactreem.org.AdminUnitImport;
import vn.congtactreem.plan.CycleAction;
import vn.congtactreem.plan.process.PlanCycleProcess;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.support.AppNode;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.PostgresTestDatabase;

/**
 * The timer storm of issue 17 with reminders per period: every open period's reminder timer
 * ({@code plan-cycle}'s {@code PeriodReminderDue}, one per period) falls due in the same minute, and each one's job
 * ({@code RemindAwaitedUnits}) reminds every unit whose report the period still awaits (one {@code REMINDER_SENT}
 * timeline row and the {@code REMINDER_DUE} outbox rows of the unit's reporters, per report). Measured: the time
 * until every timer has fired and until every job has run, jobs and reminders per second, failed jobs, incidents,
 * jobs that ran twice; first with this JVM's job executor alone (one node), then with a second application node
 * (a JVM of its own, {@link AppNode}) on the same database beside it, both with the same executor settings.
 *
 * <p>The data: the country ({@link ScaleData}, {@code -Dbenchmark.size}, default {@code country}) with every
 * plan's cycle started through the engine ({@link ScaleData#throughPlanCycles}, {@link ScaleData#everyPlanCycle}:
 * as a plan issued outside the system starts it), and the job executor run until every period is open: each
 * period opened by its own {@code OpenPeriod} job and waiting in its {@code RunPeriod} execution at
 * {@code PeriodReminderDue} (the first reminder date still ahead) beside its wait for the reports. The storm's
 * timers, executions and variables are the engine's own; nothing is copied. One shortcut, for the set-up's time:
 * only the smallest province ({@code -Dbenchmark.engineProvinces=N}, 1; the smallest first, all of them for the
 * whole country) has its unit reports written by {@code OpenPeriod} with their {@code unit-report} instances;
 * the other provinces' unit reports are written as rows before any job runs, so their {@code OpenPeriod} finds
 * them and starts no instance. Opening periods with their instances ran at 26 (busy machine) to 76 (quiet) unit
 * reports a second here: the country's 130,000 reports of three periods would add 30 to 80 minutes, where without
 * them the set-up is the cycles' own jobs (9 a plan at three periods: about 30,000 at country size). A
 * {@code unit-report} instance has no timer and no part in a reminder (the reminder reads
 * the period's reports), so the storm's work is the same; what the shortcut leaves smaller is the engine's
 * tables of executions, variables and tasks.
 *
 * <p>{@code -Dbenchmark.stormPeriods=N} (1 to 4; 3 at {@code country}, 1 otherwise) gives every plan N periods
 * of the same year open at once (the year's, six months', nine months', ad hoc), so that the country's reminders
 * due in the same minute reach the 120,000 (3 × about 43,000 awaited reports, 3 × 3,355 timers).
 *
 * <p>Before each storm the previous storm's reminder notifications are deleted (the outbox writes a reminder
 * once per report and day count: the second storm's reminders would be skipped as already sent); each timer,
 * once fired, has scheduled the period's next reminder date still ahead, which the next storm makes due again.
 * Nothing is asserted: the figures are printed and written into section {@code timer-storm} of
 * {@code docs/benchmarks.md}: {@code tools/benchmark/timer-storm.sh <size>}.
 */
@SpringBootTest(properties = {PostgresIntegrationTest.NO_JOB_EXECUTOR, PostgresIntegrationTest.NO_DEMO_CYCLE,
        "vaadin.devmode.devTools.enabled=false", "logging.level.root=WARN", "app.notifications.poll-delay=PT10H",
        "camunda.bpm.generic-properties.properties.hostname=node-a"})
@ActiveProfiles("dev")
class TimerStormBenchmark {

    private static final ScaleData.Size SIZE = ScaleData.Size.valueOf(
            System.getProperty("benchmark.size", "country").toUpperCase(Locale.ROOT));
    private static final int PERIODS = Integer.getInteger("benchmark.stormPeriods",
            SIZE == ScaleData.Size.COUNTRY ? 3 : 1);
    private static final long TIMEOUT = Long.getLong("benchmark.stormTimeoutSeconds", 1800);
    private static final long SETUP_TIMEOUT = Long.getLong("benchmark.setupTimeoutSeconds", 3 * 3600);
    private static final List<Integer> NODES = List.of(System.getProperty("benchmark.nodes", "1,2").split(","))
            .stream().map(String::strip).map(Integer::valueOf).toList();
    private static final JobDrain.Settings SETTINGS = JobDrain.Settings.tuned();
    /** A connection for each job thread and some for the rest (12 at application.yaml's 4 threads, as before). */
    private static final int POOL = Math.max(12, SETTINGS.corePool() + 4);
    private static final String TIMER = PlanCycleProcess.Element.PERIOD_REMINDER_DUE;
    /** A unit report the period still awaits: what {@code remindAwaitedUnits} reminds. */
    private static final String AWAITED = "r.status in ('OPEN', 'DRAFT', 'RETURNED')";
    private static final String STORM_HEADER = """
            | Nodes | Job threads per node | Periods' reminder timers due at once | Reports awaited in them (reminders \
            due) | Timers fired | s until all fired | s until all jobs ran | Jobs run | Jobs/s | Reminders/s | Jobs by \
            node | Reminders written (timeline) | Outbox rows REMINDER_DUE | Failed jobs | Incidents | Jobs run twice |
            |---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|""";
    private static final String METHOD = """
            **Method.** A fresh PostgreSQL database with the country of `CountryScaleBenchmark` (`ScaleData`): the
            official list, users, one issued plan per province and commune, each with %s period(s) of the same year
            open at once (`-Dbenchmark.stormPeriods`); every plan's `plan-cycle` started through the engine as a plan
            issued outside the system starts it, and the job executor run until every period is open (`OpenPeriod`)
            and waits at `PeriodReminderDue`, its first reminder date, beside its wait for the reports: every timer,
            execution and variable of the storm is the engine's. The smallest province's reports are written by
            `OpenPeriod` with their `unit-report` instances (`-Dbenchmark.engineProvinces`); the other provinces'
            are written as rows before any job runs (their `OpenPeriod` finds them and starts no instance: a
            `unit-report` instance has no timer and no part in a reminder; this saves the set-up 30 to 80 minutes
            at country size).
            The storm: every `PeriodReminderDue` timer made due at once (`now() - 1 minute`); each timer's job
            (`RemindAwaitedUnits`) reminds every unit whose report the period still awaits (OPEN, DRAFT, RETURNED):
            one `REMINDER_SENT` timeline row and the `REMINDER_DUE` outbox rows of the unit's reporters per report
            (a commune's report to its province has no reporter: no outbox row), then schedules the period's next
            reminder date. The job executor, set as `application.yaml` sets it (or `-Dbenchmark.jobThreads`),
            starts in this JVM (node-a); with two nodes a second application JVM (node-b, the same settings,
            started and ready before the timers fall due) runs beside it on the same database and the same cores.
            Measured from the moment the timers are due: until no reminder timer is due any more ("fired"; its
            reminders and outbox rows are written in the same transaction), until no job of any kind is due
            ("drained"). Jobs by node: the job log's host name. Failed jobs: retries exhausted. Before the second
            storm the first storm's reminder notifications are deleted (the outbox writes a reminder once per
            report and day count).
            """;

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

    private final String size = SIZE.name().toLowerCase(Locale.ROOT);
    private final ScaleReport report = new ScaleReport(size, new ScaleReport.Section("timer-storm",
            "Timer storm: every open period's reminder due in the same minute, size `" + size
                    + "` (`TimerStormBenchmark`)", METHOD.formatted(PERIODS),
            "tools/benchmark/timer-storm.sh " + size + " -Dbenchmark.stormPeriods=" + PERIODS));
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
        report.generated(new ScaleData(jdbc, importer, catalogue, reporting)
                .throughPlanCycles(engine.getRuntimeService()).everyPlanCycle().periodsPerPlan(PERIODS)
                .generate(SIZE, clock.today(), Integer.getInteger("benchmark.engineProvinces", 1), true));
        JobDrain jobs = new JobDrain(engine, jdbc);
        report.drain("plan cycles: units assigned, every period opened by its OpenPeriod job (the engine"
                + " provinces' reports and unit-report instances), each waiting at its first reminder",
                jobs.drain(SETTINGS, SETUP_TIMEOUT), SETTINGS);
        jdbc.execute("analyze");
        report.fact("periods open / with a plan cycle / " + TIMER + " timers waiting", count("""
                select count(*) from reporting_period where status = 'OPEN'""") + " / " + count("""
                select count(*) from reporting_period rp join plan p on p.id = rp.plan_id
                where rp.status = 'OPEN' and p.process_instance_id is not null""") + " / " + timers());
        report.fact("unit-report instances / plan-cycle instances", count("""
                select count(*) from act_ru_execution where parent_id_ is null and proc_def_key_ = 'unit-report'""")
                + " / " + count("""
                select count(*) from act_ru_execution where parent_id_ is null and proc_def_key_ = 'plan-cycle'"""));
        for (int nodes : NODES) {
            storm(jobs, nodes);
        }
        report.table(STORM_HEADER, storms);
        report.fact("whole run (minutes)", fmt((System.nanoTime() - begin) / 6e10));
        report.write(jdbc);
    }

    private void storm(JobDrain jobs, int nodes) throws InterruptedException {
        jdbc.update("delete from notification where kind = ?", NotificationKind.REMINDER_DUE.name());
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
            long awaited = count("""
                    select count(*) from unit_report r join reporting_period rp on rp.id = r.period_id
                    join plan p on p.id = rp.plan_id where rp.status = 'OPEN' and p.process_instance_id is not null
                    and""" + " " + AWAITED);
            long lastEvent = count("select coalesce(max(id), 0) from cycle_event");
            long lastNotification = count("select coalesce(max(id), 0) from notification");
            Timestamp since = jdbc.queryForObject("select localtimestamp", Timestamp.class);
            long executedBefore = jobs.successfulJobs();
            String reminderJob = reminderJob();
            int due = jdbc.update("update act_ru_job set duedate_ = now() - interval '1 minute' where type_ = 'timer'"
                    + " and " + reminderJob + " and retries_ > 0");
            jdbc.execute("analyze act_ru_job");
            long start = System.nanoTime();
            DefaultJobExecutor executor = jobs.start(SETTINGS);
            double fired = -1;
            double drained = -1;
            long timersLeft = due;
            try {
                long deadline = start + TIMEOUT * 1_000_000_000L;
                while (System.nanoTime() < deadline) {
                    Map<String, Object> left = jdbc.queryForMap("select count(*) filter (where " + reminderJob
                            + ") as timers, count(*) as jobs from act_ru_job where retries_ > 0 and suspension_state_ = 1"
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
            long reminders = jdbc.queryForObject("select count(*) from cycle_event where id > ? and action = ?",
                    Long.class, lastEvent, CycleAction.REMINDER_SENT.name());
            long outbox = jdbc.queryForObject("select count(*) from notification where id > ? and kind = ?",
                    Long.class, lastNotification, NotificationKind.REMINDER_DUE.name());
            double firedOrElapsed = fired < 0 ? elapsed : fired;
            String line = String.format(Locale.ROOT,
                    "| %d | %d | %d | %d | %d | %s | %s | %d | %.0f | %.0f | %s | %d | %d | %d | %d | %d |",
                    nodes, SETTINGS.corePool(), due, awaited, due - timersLeft,
                    fired < 0 ? "not all in " + TIMEOUT + " s" : fmt(fired),
                    drained < 0 ? "not all in " + TIMEOUT + " s" : fmt(drained), executed, executed / elapsed,
                    reminders / firedOrElapsed, byNode, reminders, outbox, failed, incidents, jobs.doubleFires());
            storms.add(line);
            System.out.println("[storm] " + line);
        } finally {
            others.forEach(AppNode::stop);
        }
    }

    /** The reminder timers waiting (not failed). */
    private long timers() {
        return count("select count(*) from act_ru_job where type_ = 'timer' and " + reminderJob() + " and retries_ > 0");
    }

    /** A job of the period's reminder timer, as a condition on act_ru_job (which names its activity by job definition). */
    private String reminderJob() {
        List<String> definitions = jdbc.queryForList("select id_ from act_ru_jobdef where act_id_ = ?", String.class,
                TIMER);
        if (definitions.isEmpty()) {
            throw new IllegalStateException("no job definition for " + TIMER);
        }
        return "job_def_id_ in ('" + String.join("', '", definitions) + "')";
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    /**
     * This run's database as the pool reached it (the property's supplier would create another fresh
     * database, dropping this one).
     */
    private String databaseUrl() {
        return jdbc.execute((java.sql.Connection c) -> c.getMetaData().getURL());
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
