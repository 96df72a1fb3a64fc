package vn.congtactreem.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.monitoring.MonitoringService;
import vn.congtactreem.org.AdminUnitCatalogue;
import vn.congtactreem.org.AdminUnitImport;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReportForm;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.PostgresTestDatabase;

/**
 * What one unit report costs the database, call by call: SQL statements (JDBC executions, a batch once) and
 * engine commands per {@code openPeriod} (per report), {@code acknowledge}, {@code submit}, {@code accept}, per
 * job they leave (by activity), and per province dashboard (tiles + sub-areas). Load-robust, unlike times:
 * the same call sends the same statements however busy the machine. On the {@code small} country
 * ({@link ScaleData}, one province of 38 communes) written by SQL; the measured communes' periods are then
 * reopened through the service. Then the same number of reports on the engine alone ({@link EngineBaselines}: the
 * bare process, the application's diagram with no application logic), step by step. Prints its figures, asserts
 * nothing; not part of {@code ./mvnw verify}:
 * {@code ./mvnw -Pbenchmark test -Dtest=StatementCountBenchmark [-Dbenchmark.communes=3]
 * [-Dbenchmark.origins=true -Dbenchmark.originDepth=2]} (the last two: each statement counted by the application
 * frames that sent it, {@link StatementCounter}).
 */
@SpringBootTest(properties = {PostgresIntegrationTest.NO_JOB_EXECUTOR, PostgresIntegrationTest.NO_DEMO_CYCLE,
        "vaadin.devmode.devTools.enabled=false", "logging.level.root=WARN"})
@ActiveProfiles("dev")
@Import(StatementCounter.Config.class)
class StatementCountBenchmark {

    private static final int COMMUNES = Integer.getInteger("benchmark.communes", 3);
    private static final boolean DETAIL = Boolean.parseBoolean(System.getProperty("benchmark.detail", "true"));

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AdminUnitImport importer;
    @Autowired
    AdminUnitCatalogue catalogue;
    @Autowired
    ReportingService reporting;
    @Autowired
    MonitoringService monitoring;
    @Autowired
    UserService users;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CycleClock clock;
    @Autowired
    UserDetailsService userDetails;

    private final Map<String, List<StatementCounter.Tally>> tallies = new LinkedHashMap<>();
    /** CPU time of the calling thread per call (ms): the application's and the engine's Java work, not PostgreSQL's. */
    private final Map<String, List<Double>> cpu = new LinkedHashMap<>();
    private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.useFresh(registry, "stmts");
    }

    @Test
    void count() {
        BenchmarkSignIn.asAdmin(userDetails);
        new ScaleData(jdbc, importer, catalogue, reporting).generate(ScaleData.Size.SMALL, clock.today(), 0);
        List<Long> communes = jdbc.queryForList("select id from bench_scope where level_code = 'COMMUNE' order by id"
                + " limit ?", Long.class, COMMUNES);
        List<Long> periods = jdbc.queryForList("select rp.id from reporting_period rp join plan p on p.id = rp.plan_id"
                + " where p.org_unit_id = any (?) order by rp.id", Long.class, (Object) communes.toArray(Long[]::new));
        Long[] periodIds = periods.toArray(Long[]::new);
        jdbc.update("delete from unit_report where period_id = any (?)", (Object) periodIds);
        jdbc.update("update reporting_period set status = 'PLANNED' where id = any (?)", (Object) periodIds);
        jdbc.execute("analyze");

        for (long period : periods) {
            int before = jdbc.queryForObject("select count(*) from assignment a join reporting_period rp"
                    + " on rp.plan_id = a.plan_id where rp.id = ?", Integer.class, period);
            measure("openPeriod (whole period of " + before + " reports)", () -> {
                reporting.openPeriod(period);
                return period;
            });
        }
        measureJobs("jobs after openPeriod");

        List<Map<String, Object>> reports = jdbc.queryForList("""
                select r.id, r.org_unit_id, p.org_unit_id as plan_org from unit_report r
                join reporting_period rp on rp.id = r.period_id join plan p on p.id = rp.plan_id
                where rp.id = any (?) order by r.id""", (Object) periodIds);
        UnitReportForm filled = ScaleData.filledReport(jdbc);
        for (Map<String, Object> row : reports) {
            long reportId = ((Number) row.get("id")).longValue();
            UserAccount reporter = user("bc" + row.get("org_unit_id"));
            UserAccount officer = user("cb" + row.get("plan_org"));
            measure("acknowledge", () -> {
                reporting.acknowledge(reporter, reportId);
                return reportId;
            });
            measure("submit", () -> reporting.submit(reporter, reportId, filled));
            measure("accept", () -> reporting.accept(officer, reportId));
            measureJobs("jobs after each accept");
        }
        EngineBaselines baselines = new EngineBaselines(engine);
        baselines.deploy();
        for (String key : List.of(EngineBaselines.BARE, EngineBaselines.MODEL)) {
            for (int i = 0; i < reports.size(); i++) {
                long n = i;
                String businessKey = baselines.start(key, n);
                measureJobs(key + ": jobs after start");
                for (int step = 0; step < EngineBaselines.TASKS; step++) {
                    int s = step;
                    // finding the task is measured, as the application's services find theirs
                    String taskKey = baselines.next(businessKey).getTaskDefinitionKey();
                    measure(key + ": task " + taskKey, () -> {
                        baselines.complete(baselines.next(businessKey), s);
                        return businessKey;
                    });
                }
                measureJobs(key + ": jobs after the review");
            }
        }
        long province = jdbc.queryForObject("select id from bench_scope where level_code = 'PROVINCE'", Long.class);
        long provincePeriod = jdbc.queryForObject("select rp.id from reporting_period rp join plan p"
                + " on p.id = rp.plan_id where p.org_unit_id = ?", Long.class, province);
        UserAccount manager = user("ql" + province);
        for (int i = 0; i < 3; i++) {
            measure("dashboard of one province (overview + subAreas)", () ->
                    monitoring.overview(manager, provincePeriod).toString().length()
                            + monitoring.subAreas(manager, provincePeriod).size());
            measure("dashboard: overview", () -> monitoring.overview(manager, provincePeriod).toString().length());
            measure("dashboard: subAreas", () -> monitoring.subAreas(manager, provincePeriod).size());
            measure("dashboard: units", () -> monitoring.units(manager, provincePeriod).size());
        }
        print(reports.size());
    }

    private void measureJobs(String label) {
        ManagementService management = engine.getManagementService();
        List<Job> due = management.createJobQuery().executable().list();
        while (!due.isEmpty()) {
            for (Job job : due) {
                String activity = jdbc.queryForObject("select coalesce(d.act_id_, j.handler_type_) from act_ru_job j"
                        + " left join act_ru_jobdef d on d.id_ = j.job_def_id_ where j.id_ = ?", String.class, job.getId());
                measure(label + ": " + activity, () -> {
                    management.executeJob(job.getId());
                    return job;
                });
            }
            due = management.createJobQuery().executable().list();
        }
    }

    private void measure(String what, Supplier<Object> call) {
        StatementCounter.Tally before = StatementCounter.snapshot();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        Object result = call.get();
        cpu.computeIfAbsent(what, k -> new ArrayList<>()).add((threads.getCurrentThreadCpuTime() - cpuBefore) / 1e6);
        if (result == null) {
            throw new IllegalStateException("nothing measured");
        }
        tallies.computeIfAbsent(what, k -> new ArrayList<>()).add(StatementCounter.snapshot().minus(before));
    }

    private void print(int reports) {
        System.out.println("[statements] " + reports + " unit reports in " + COMMUNES + " communes");
        System.out.println("[statements] | call | calls | SQL statements per call | rows in batches per call"
                + " | engine commands per call | Java CPU ms per call (median) |");
        tallies.forEach((what, list) -> System.out.println(String.format(Locale.ROOT,
                "[statements] | %s | %d | %.1f | %.1f | %.1f | %.1f |", what, list.size(),
                list.stream().mapToLong(StatementCounter.Tally::statements).average().orElse(0),
                list.stream().mapToLong(StatementCounter.Tally::batchedRows).average().orElse(0),
                list.stream().mapToLong(StatementCounter.Tally::commands).average().orElse(0),
                ScaleReport.Stats.of(cpu.get(what)).median())));
        perReport("application (acknowledge, submit, accept, their jobs)", reports, what -> what.equals("acknowledge")
                || what.equals("submit") || what.equals("accept") || what.startsWith("jobs after each accept"));
        for (String key : List.of(EngineBaselines.MODEL, EngineBaselines.BARE)) {
            perReport(key + " (its 3 tasks and their jobs)", reports, what -> what.startsWith(key + ": task")
                    || what.startsWith(key + ": jobs after the review"));
        }
        if (!DETAIL) {
            return;
        }
        tallies.forEach((what, list) -> {
            Map<String, Long> sql = new LinkedHashMap<>();
            Map<String, Long> commands = new LinkedHashMap<>();
            list.forEach(t -> {
                t.bySql().forEach((k, v) -> sql.merge(k, v, Long::sum));
                t.byCommand().forEach((k, v) -> commands.merge(k, v, Long::sum));
            });
            System.out.println("[statements] ---- " + what + " (totals over " + list.size() + " calls)");
            list.get(0).top(sql, 45).forEach(e -> System.out.println("[statements]   " + e.getValue() + "  "
                    + e.getKey()));
            System.out.println("[statements]   commands: " + list.get(0).top(commands, 15));
        });
    }

    /** One report end to end: the sum over the calls chosen, per report (statements, commands, Java CPU ms). */
    private void perReport(String what, int reports, java.util.function.Predicate<String> calls) {
        double statements = 0;
        double commands = 0;
        double cpuMillis = 0;
        for (var entry : tallies.entrySet()) {
            if (calls.test(entry.getKey())) {
                statements += entry.getValue().stream().mapToLong(StatementCounter.Tally::statements).sum();
                commands += entry.getValue().stream().mapToLong(StatementCounter.Tally::commands).sum();
                cpuMillis += cpu.get(entry.getKey()).stream().mapToDouble(Double::doubleValue).sum();
            }
        }
        System.out.println(String.format(Locale.ROOT, "[statements] per report end to end, %s: %.1f statements,"
                + " %.1f engine commands, %.1f Java CPU ms", what, statements / reports, commands / reports,
                cpuMillis / reports));
    }

    private UserAccount user(String username) {
        return users.findByUsername(username).orElseThrow(() -> new IllegalStateException("no user " + username));
    }
}
