package vn.congtactreem.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.ReflectionTestUtils;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.monitoring.MonitoringService;
import vn.congtactreem.monitoring.internal.MonitoringQueries;
import vn.congtactreem.org.AdminUnitCatalogue;
import vn.congtactreem.org.AdminUnitImport;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.PostgresTestDatabase;

/**
 * The dashboard's counts at country size (issue 17), before and after the read model {@code monitoring_count}
 * (V31), in the same run on the same database: the country of {@link ScaleData} (every province, its communes and
 * their agencies, one period each, reports written by SQL), then a mixed state set by SQL — about 60 % submitted
 * over the last two weeks (some after the last day), a third of those accepted, some returned, 1 % of the agencies
 * deactivated — and {@code ANALYZE}. <i>before</i> is the same service with the read model switched off (the
 * counts grouped from the reports, the former statement); <i>after</i> reads {@code monitoring_count}. Figures:
 * SQL statements per dashboard (counted by {@link StatementCounter}, load-robust), the rows the counting
 * statements read, and p50/p95 server time. Nothing is asserted; the table goes into section
 * {@code dashboard-counts} of {@code docs/benchmarks.md}.
 */
@SpringBootTest(properties = {PostgresIntegrationTest.NO_JOB_EXECUTOR, PostgresIntegrationTest.NO_DEMO_CYCLE,
        "vaadin.devmode.devTools.enabled=false", "logging.level.root=WARN"})
@ActiveProfiles("dev")
@Import(StatementCounter.Config.class)
class DashboardCountsBenchmark {

    private static final ScaleData.Size SIZE = ScaleData.Size.valueOf(
            System.getProperty("benchmark.size", "country").toUpperCase(Locale.ROOT));
    private static final int RUNS = Integer.getInteger("benchmark.runs", 20);

    @Autowired JdbcTemplate jdbc;
    @Autowired AdminUnitImport importer;
    @Autowired AdminUnitCatalogue catalogue;
    @Autowired ReportingService reporting;
    @Autowired MonitoringService monitoring;
    @Autowired MonitoringQueries queries;
    @Autowired UserService users;
    @Autowired UserDetailsService userDetails;
    @Autowired CycleClock clock;

    private final List<String> rows = new ArrayList<>();

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.useFresh(registry, "dashcount");
    }

    @Test
    void measure() throws IOException {
        BenchmarkSignIn.asAdmin(userDetails);
        long start = System.nanoTime();
        ScaleData.Generated data = new ScaleData(jdbc, importer, catalogue, reporting).generate(SIZE, clock.today(), 0);
        double generated = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        int changed = mixedState(clock.today());
        double mixed = (System.nanoTime() - start) / 1e9;
        jdbc.execute("analyze");

        long province = jdbc.queryForObject("select p.id from bench_scope p join bench_scope c on c.parent_id = p.id"
                + " where c.level_code = 'COMMUNE' group by p.id order by count(*) desc, p.id limit 1", Long.class);
        List<Map<String, Object>> provinces = jdbc.queryForList("select p.id as org, rp.id as period from"
                + " bench_scope p join plan pl on pl.org_unit_id = p.id join reporting_period rp on rp.plan_id = pl.id"
                + " where p.level_code = 'PROVINCE' order by p.id");
        long provincePeriod = provinces.stream().filter(p -> ((Number) p.get("org")).longValue() == province)
                .map(p -> ((Number) p.get("period")).longValue()).findFirst().orElseThrow();
        UserAccount manager = user("ql" + province);
        Supplier<Object> provinceDashboard = () -> monitoring.overview(manager, provincePeriod).toString().length()
                + monitoring.subAreas(manager, provincePeriod).size() + monitoring.units(manager, provincePeriod).size();
        List<UserAccount> managers = provinces.stream().map(p -> user("ql" + p.get("org"))).toList();
        Supplier<Object> countryDashboard = () -> {
            int sum = 0;
            for (int i = 0; i < provinces.size(); i++) {
                long period = ((Number) provinces.get(i).get("period")).longValue();
                sum += monitoring.overview(managers.get(i), period).toString().length()
                        + monitoring.subAreas(managers.get(i), period).size();
            }
            return sum;
        };
        List<Long> provincePeriods = periodsUnder(List.of(provincePeriod));
        List<Long> countryPeriods = periodsUnder(provinces.stream().map(p -> ((Number) p.get("period")).longValue())
                .toList());

        for (boolean readModel : new boolean[] {false, true}) {
            ReflectionTestUtils.setField(queries, "postgres", readModel);
            String label = readModel ? "after: read model monitoring_count" : "before: grouped from the reports";
            measure("province (largest, " + (provincePeriods.size() - 1) + " communes): tiles + sub-areas + units",
                    label, provinceDashboard, rowsRead(provincePeriods, readModel), RUNS);
            measure("country (" + provinces.size() + " provinces one after another): tiles + sub-areas", label,
                    countryDashboard, rowsRead(countryPeriods, readModel), Math.max(3, RUNS / 4));
        }
        ReflectionTestUtils.setField(queries, "postgres", null);

        String body = """
                ## Dashboard counts at country size, before and after the read model (issue 17, `DashboardCountsBenchmark`)

                **Command.** `./mvnw -Pbenchmark test -Dtest=DashboardCountsBenchmark` (`-Dbenchmark.size=country`, the
                default; `-Dbenchmark.runs=20`). A fresh PostgreSQL database with the country of `ScaleData`: %d provinces,
                %d communes, %d agencies, %d plans, %d unit reports (SQL rows, no process instances; generated in %.0f s),
                then a mixed state by SQL (%d reports changed in %.1f s, the triggers keeping `monitoring_count` in the
                same statement): about 60 %% submitted over the last two weeks, some after the last day, a third of those
                accepted, 5 %% returned, 1 %% of the agencies deactivated; `ANALYZE`. *before* is the same
                `MonitoringService` with the read model switched off (the former statement: the reports grouped by
                status, first submission and deactivation); *after* reads `monitoring_count` (a few rows per period,
                V31). Statements are counted by `StatementCounter` (per dashboard, whatever the load); "rows read" are
                the rows the counting statements read (unit reports before, `monitoring_count` rows after). Times are
                server side, no browser, on a 2-core machine shared with two other builds (load: %s), so the counted
                figures are the ones to compare; times are indicative.

                | dashboard | way | SQL statements | rows read by the counts | runs | p50 ms | p95 ms | max ms |
                |---|---|---|---|---|---|---|---|
                %s
                """.formatted(data.provinces(), data.communes(), data.agencies(), data.plans(), data.reports(),
                generated, changed, mixed, load(), String.join("\n", rows));
        System.out.println(body);
        BenchmarkSections.write(Path.of("docs/benchmarks.md"), BenchmarkSections.BENCHMARKS_HEADER,
                "dashboard-counts", body);
    }

    private void measure(String what, String label, Supplier<Object> call, long rowsRead, int runs) {
        call.get();
        StatementCounter.Tally before = StatementCounter.snapshot();
        call.get();
        long statements = StatementCounter.snapshot().minus(before).statements();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            call.get();
            millis.add((System.nanoTime() - t) / 1e6);
        }
        ScaleReport.Stats stats = ScaleReport.Stats.of(millis);
        String row = String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %.1f | %.1f | %.1f |", what, label,
                statements, rowsRead, stats.runs(), stats.median(), stats.p95(), stats.max());
        System.out.println(row);
        rows.add(row);
    }

    /** The periods whose counts the dashboard of these periods reads: themselves and their sub-areas' periods. */
    private List<Long> periodsUnder(List<Long> periods) {
        List<Long> all = new ArrayList<>(periods);
        all.addAll(jdbc.queryForList("select id from reporting_period where upper_period_id = any (?)", Long.class,
                (Object) periods.toArray(Long[]::new)));
        return all;
    }

    private long rowsRead(List<Long> periods, boolean readModel) {
        String table = readModel ? "monitoring_count" : "unit_report";
        return jdbc.queryForObject("select count(*) from " + table + " where period_id = any (?)", Long.class,
                (Object) periods.toArray(Long[]::new));
    }

    /** Periods moved into the past (last day 5 days ago), then submissions, reviews and deactivations. */
    private int mixedState(LocalDate today) {
        jdbc.update("update reporting_period set opens_on = ?, unit_due = ?", today.minusDays(30), today.minusDays(5));
        int changed = jdbc.update("""
                update unit_report set status = case when id % 15 = 0 then 'RETURNED' when id % 3 = 0 then 'ACCEPTED'
                                                      else 'SUBMITTED' end,
                       first_submitted_at = localtimestamp - ((id % 14) || ' days')::interval - ((id % 11) || ' hours')::interval,
                       submitted_at = localtimestamp - ((id % 14) || ' days')::interval
                where id % 5 < 3""");
        jdbc.update("update org_unit set deactivated_at = localtimestamp - interval '3 days', active = false"
                + " where kind = 'AGENCY' and id % 100 = 7 and id in (select id from bench_scope)");
        return changed;
    }

    private static String load() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private UserAccount user(String username) {
        return users.findByUsername(username).orElseThrow(() -> new IllegalStateException("no user " + username));
    }
}
