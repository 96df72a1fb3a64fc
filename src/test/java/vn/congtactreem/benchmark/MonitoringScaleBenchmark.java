package vn.congtactreem.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.monitoring.CycleSteps;
import vn.congtactreem.monitoring.MonitoringService;
import vn.congtactreem.monitoring.PeriodOverview;
import vn.congtactreem.monitoring.StuckWork;
import vn.congtactreem.monitoring.TargetsAcrossSubAreas;
import vn.congtactreem.org.AdminUnitCatalogue;
import vn.congtactreem.org.AdminUnitImport;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.PostgresTestDatabase;

/**
 * The manager's dashboard "Theo dõi tiến độ" at province scale (issue 15): a generated province
 * ({@link MonitoringScaleData}: 168 communes of 12 agencies, one period) on a fresh PostgreSQL database, then
 * the dashboard's reads through its services, as the screen calls them, at province scope (the province's
 * manager) and at commune scope (a commune's leader, and the province's manager drilling down into it): the
 * targets across sub-areas, the stuck work, and the whole page (tiles, plan and period choices, matrix,
 * sub-areas, targets, rates, stuck work, cycle steps, targets across sub-areas, breadcrumb). Warm-up runs,
 * then {@code -Dbenchmark.runs=N} (20) timed runs: median and p95. Nothing is asserted; the table is printed
 * and written into section {@code monitoring-scale-<label>} of {@code docs/benchmarks.md}
 * ({@code -Dbenchmark.label=before|after}, default {@code run}).
 * {@code ./mvnw -Pbenchmark test -Dtest=MonitoringScaleBenchmark}
 */
@SpringBootTest(properties = {PostgresIntegrationTest.NO_JOB_EXECUTOR, PostgresIntegrationTest.NO_DEMO_CYCLE,
        "vaadin.devmode.devTools.enabled=false", "logging.level.root=WARN"})
@ActiveProfiles("dev")
class MonitoringScaleBenchmark {

    private static final int RUNS = Integer.getInteger("benchmark.runs", 20);
    private static final int WARM_UP = Integer.getInteger("benchmark.warmUp", 3);
    private static final int ENGINE_COMMUNES = Integer.getInteger("benchmark.engineCommunes", 8);
    private static final String LABEL = System.getProperty("benchmark.label", "run");

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
    TargetsAcrossSubAreas acrossSubAreas;
    @Autowired
    StuckWork stuckWork;
    @Autowired
    CycleSteps cycleSteps;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    CycleClock clock;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.useFresh(registry, "monscale");
    }

    @Test
    void measure() throws IOException {
        String loadBefore = loadAverage();
        BenchmarkSignIn.asAdmin(userDetails);
        long start = System.nanoTime();
        MonitoringScaleData.Generated data = new MonitoringScaleData(jdbc, importer, catalogue, reporting)
                .generate(clock.today(), clock.now(), ENGINE_COMMUNES);
        double generateSeconds = (System.nanoTime() - start) / 1e9;

        UserAccount manager = user("ql" + data.province());
        UserAccount communeLeader = user("ld" + data.commune());
        StringBuilder table = new StringBuilder("| Measured | Scope | Runs | p50 ms | p95 ms | Max ms |\n"
                + "|---|---|---:|---:|---:|---:|\n");
        String province = "province (" + data.communes() + " communes), its manager";
        String commune = "commune (" + (data.agencies() / Math.max(1, data.communes())) + " units), its leader";
        String drill = "commune, the province's manager drilling down";
        row(table, "targets across sub-areas (TargetsAcrossSubAreas.of)", province,
                () -> acrossSubAreas.of(manager, data.provincePeriod()));
        row(table, "stuck work (StuckWork.of, 7 days)", province,
                () -> stuckWork.of(manager, data.province(), StuckWork.DEFAULT_IDLE_DAYS));
        row(table, "whole dashboard", province, () -> dashboard(manager, data.provincePeriod()));
        row(table, "stuck work (StuckWork.of, 7 days)", commune,
                () -> stuckWork.of(communeLeader, data.commune(), StuckWork.DEFAULT_IDLE_DAYS));
        row(table, "whole dashboard", commune, () -> dashboard(communeLeader, data.communePeriod()));
        row(table, "whole dashboard", drill, () -> dashboard(manager, data.communePeriod()));

        String body = "## Dashboard at province scale, " + LABEL + " (`MonitoringScaleBenchmark`)\n\n"
                + "**Data.** " + data.communes() + " communes, " + data.agencies() + " agencies, "
                + data.unitReports() + " unit reports, " + data.consolidatedReports() + " consolidated reports, "
                + data.openTasks() + " open tasks (" + data.stuckTasks() + " overdue or idle), one period;"
                + String.format(Locale.ROOT, " generated in %.0f s.", generateSeconds) + " **Machine.** "
                + Runtime.getRuntime().availableProcessors() + " cores, load average " + loadBefore + " before, "
                + loadAverage() + " after; Java " + System.getProperty("java.version") + "; "
                + java.time.LocalDate.now() + ". " + WARM_UP + " warm-up runs, then " + RUNS + " timed.\n\n"
                + table;
        System.out.println("MonitoringScaleBenchmark " + LABEL + "\n" + body);
        BenchmarkSections.write(Path.of("docs", "benchmarks.md"), BenchmarkSections.BENCHMARKS_HEADER,
                "monitoring-scale-" + LABEL, body);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "monitoring-scale-" + LABEL + ".md"), body);
    }

    /**
     * What the screen reads to show a period ({@code MonitoringView.show} and {@code showPeriod}), in one HTTP
     * request as the page does (what is kept per request, such as the user's scope, is kept here too).
     */
    private int dashboard(UserAccount user, long periodId) {
        org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                new org.springframework.web.context.request.ServletRequestAttributes(
                        new org.springframework.mock.web.MockHttpServletRequest()));
        try {
            return dashboardReads(user, periodId);
        } finally {
            org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        }
    }

    private int dashboardReads(UserAccount user, long periodId) {
        PeriodOverview overview = monitoring.overview(user, periodId);
        long planId = overview.period().planId();
        int size = monitoring.plans(user, monitoring.currentYear()).size();
        size += monitoring.periods(user, planId).size();
        size += monitoring.matrix(user, planId).rows().size();
        size += monitoring.subAreas(user, periodId).size();
        size += monitoring.targets(user, periodId).size();
        size += monitoring.ratesByPeriod(user, planId).size();
        size += stuckWork.of(user, overview.orgUnitId(), StuckWork.DEFAULT_IDLE_DAYS).tasks().size();
        size += cycleSteps.planCycles(user, overview.orgUnitId()).size();
        size += acrossSubAreas.of(user, periodId).size();
        size += monitoring.breadcrumb(user, periodId).size();
        return size;
    }

    private void row(StringBuilder table, String what, String scope, Supplier<Object> call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            if (call.get() == null) {
                throw new IllegalStateException("nothing measured");
            }
            millis.add((System.nanoTime() - start) / 1e6);
        }
        List<Double> sorted = millis.stream().sorted().toList();
        int n = sorted.size();
        String line = String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.1f | %.1f |%n", what, scope, n,
                sorted.get((n - 1) / 2), sorted.get(Math.max(0, (int) Math.ceil(0.95 * n) - 1)), sorted.get(n - 1));
        System.out.print(line);
        table.append(line);
    }

    private UserAccount user(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException | RuntimeException unknown) {
            return "unknown";
        }
    }
}
