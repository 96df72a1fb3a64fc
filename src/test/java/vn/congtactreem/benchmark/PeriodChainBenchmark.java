package vn.congtactreem.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.indicator.Reading;
import vn.congtactreem.org.AdminUnitCatalogue;
import vn.congtactreem.org.AdminUnitImport;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.reporting.ConsolidatedReport;
import vn.congtactreem.reporting.ConsolidationService;
import vn.congtactreem.reporting.ReportFigures;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReportForm;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.PostgresTestDatabase;

/**
 * One reporting period of a whole province carried to its end through the application's services, in the
 * database of the chosen size (at {@code country}: the largest province through the engine, the other 33 as rows,
 * as in {@link CountryScaleBenchmark}). Every unit of every commune acknowledges and submits its figures and the
 * commune's officer accepts; every commune consolidates (its officer submits, its leader approves, the report goes
 * upward as the commune's report to the province); the province's officer accepts the communes' reports and its
 * own units' (who report as the communes' units do); the province consolidates. Every job the steps leave runs in
 * the measuring thread and is counted in. Then, same run, same database, as many unit reports on the bare engine
 * and on the application's diagram without its logic ({@link EngineBaselines}). Prints its figures and writes
 * section {@code chain-<size>} of docs/benchmarks.md; asserts nothing, not part of {@code ./mvnw verify}:
 * {@code ./mvnw -B -Pbenchmark test -Dtest=PeriodChainBenchmark -Dbenchmark.size=country}.
 */
@SpringBootTest(properties = {PostgresIntegrationTest.NO_JOB_EXECUTOR, PostgresIntegrationTest.NO_DEMO_CYCLE,
        "vaadin.devmode.devTools.enabled=false", "logging.level.root=WARN"})
@ActiveProfiles("dev")
class PeriodChainBenchmark {

    private static final ScaleData.Size SIZE = ScaleData.Size.valueOf(
            System.getProperty("benchmark.size", "small").toUpperCase(Locale.ROOT));
    /** How many provinces (the largest first) run their whole period through the engine; the rest are rows. */
    private static final int ENGINE_PROVINCES = Integer.getInteger("benchmark.engineProvinces", 1);
    /** How many unit reports each baseline runs (as many as the application's, unless said). */
    private static final Integer BASELINE_REPORTS = Integer.getInteger("benchmark.baselineReports");
    private static final String METHOD = """
            **Method.** The database of `CountryScaleBenchmark` at the same size (the official list, users, issued
            plans nested commune under province, each with three rate targets every unit answers for, one period
            each; the other provinces' reports as rows); the largest province's plans start their `plan-cycle` as
            plans issued outside the system do, and the job executor runs them until every period is open, then that
            province's whole period carried to its end through the services: every unit of every commune
            acknowledges, submits its three figures, the commune's officer accepts; every commune consolidates (the
            officer submits for approval, the leader approves, the report goes upward and arrives as the commune's
            report to the province); the province's officer accepts the communes' reports, its own units report as
            the communes' units do; the province consolidates (its targets name every commune: its figures roll up
            from the communes' consolidated reports). Every job the steps leave (the period checks, the
            consolidations' starts, the reports upward) runs in the measuring thread and is counted in the step's
            time. Then, same run, same database, as many unit reports through the bare engine (three user tasks, no
            logic) and through the application's diagram without its logic. Server-side times; Java CPU of the
            measuring thread. Median, 95th percentile (nearest rank), maximum in ms.
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
    ConsolidationService consolidation;
    @Autowired
    ReportFigures figures;
    @Autowired
    UserService users;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CycleClock clock;
    @Autowired
    UserDetailsService userDetails;

    private final String size = SIZE.name().toLowerCase(Locale.ROOT);
    private final ScaleReport report = new ScaleReport(size, ENGINE_PROVINCES == 1
            ? new ScaleReport.Section("chain-" + size, "A province's whole period, units to the province's"
                    + " consolidated report, size `" + size + "` (`PeriodChainBenchmark`)", METHOD,
                    "./mvnw -B -Pbenchmark test -Dtest=PeriodChainBenchmark -Dbenchmark.size=" + size)
            : new ScaleReport.Section("chain-" + size + "-" + ENGINE_PROVINCES + "-provinces", "The whole period of "
                    + ENGINE_PROVINCES + " provinces one after another, size `" + size + "` (`PeriodChainBenchmark`)",
                    METHOD + "\n" + ENGINE_PROVINCES + " provinces, the largest first, each carried to its end as"
                    + " above; each baseline runs " + (BASELINE_REPORTS == null ? "as many reports as the application"
                    : BASELINE_REPORTS + " reports") + ".\n", "./mvnw -B -Pbenchmark test -Dtest=PeriodChainBenchmark"
                    + " -Dbenchmark.size=" + size + " -Dbenchmark.engineProvinces=" + ENGINE_PROVINCES
                    + (BASELINE_REPORTS == null ? "" : " -Dbenchmark.baselineReports=" + BASELINE_REPORTS)));
    private final List<Double> acknowledges = new ArrayList<>();
    private final List<Double> submits = new ArrayList<>();
    private final List<Double> accepts = new ArrayList<>();
    private final EndToEndWindow units = new EndToEndWindow();
    private UnitReportForm filled;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.useFresh(registry, "chain");
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "12");
    }

    @Test
    void measure() throws Exception {
        long begin = System.nanoTime();
        BenchmarkSignIn.asAdmin(userDetails);
        JobDrain jobs = new JobDrain(engine, jdbc);
        report.generated(new ScaleData(jdbc, importer, catalogue, reporting)
                .throughPlanCycles(engine.getRuntimeService()).generate(SIZE, clock.today(), ENGINE_PROVINCES));
        report.drain("plan cycles: units assigned, every period opened by its timer (reports + unit-report"
                + " instances)", jobs.drain(JobDrain.Settings.TUNED, 3600), JobDrain.Settings.TUNED);
        jdbc.execute("analyze");
        filled = ScaleData.filledReport(jdbc);
        List<Long> provinces = jdbc.queryForList("select id from bench_scope where level_code = 'PROVINCE' and engine"
                + " order by id", Long.class);

        long chainStart = System.nanoTime();
        EndToEndWindow communeConsolidations = new EndToEndWindow();
        List<Double> communeSteps = new ArrayList<>();
        EndToEndWindow subAreas = new EndToEndWindow();
        List<Double> subAreaAccepts = new ArrayList<>();
        EndToEndWindow provinceConsolidation = new EndToEndWindow();
        List<Double> provinceSteps = new ArrayList<>();
        double unitsSeconds = 0;
        double upwardSeconds = 0;
        double provinceSeconds = 0;
        double analyzeSeconds = 0;
        for (long province : provinces) {
            if (province != provinces.get(0)) {
                // what autovacuum's analyze would have done meanwhile (it is off on these machines): without it the
                // planner keeps the statistics of the empty tables and reads growing ones whole
                long analyzeStart = System.nanoTime();
                jdbc.execute("analyze");
                analyzeSeconds += (System.nanoTime() - analyzeStart) / 1e9;
            }
            List<Long> communes = jdbc.queryForList("select id from bench_scope where parent_id = ? and level_code ="
                    + " 'COMMUNE' order by id", Long.class, province);
            long unitsStart = System.nanoTime();
            for (long commune : communes) {
                unitsReport(commune, jobs);
            }
            unitsSeconds += (System.nanoTime() - unitsStart) / 1e9;
            long upward = System.nanoTime();
            for (long commune : communes) {
                communeSteps.addAll(consolidate(commune, communeConsolidations, jobs));
            }
            upwardSeconds += (System.nanoTime() - upward) / 1e9;
            long provinceStart = System.nanoTime();
            long provincePeriod = periodOf(province);
            UserAccount provinceOfficer = user("cb" + province);
            for (Map<String, Object> row : reportsOf(provincePeriod)) {
                long reportId = ((Number) row.get("id")).longValue();
                if ((Boolean) row.get("sub_area")) {
                    subAreaAccepts.add(subAreas.time(true, () -> reporting.accept(provinceOfficer, reportId)));
                    subAreas.reports++;
                } else {
                    unitReport(reportId, user("bc" + row.get("org_unit_id")), provinceOfficer);
                }
            }
            // the period checks of the communes' reports (the province has no agencies of its own to report)
            subAreas.timeJobs(jobs);
            units.timeJobs(jobs);
            provinceSteps.addAll(consolidate(province, provinceConsolidation, jobs));
            provinceSeconds += (System.nanoTime() - provinceStart) / 1e9;
        }
        long province = provinces.get(0);
        long provincePeriod = periodOf(province);
        double chainSeconds = (System.nanoTime() - chainStart) / 1e9;

        report.row("unit acknowledges (ReportingService.acknowledge)", "whole province", ScaleReport.Stats.of(acknowledges));
        report.row("unit submits with 3 figures (ReportingService.submit)", "whole province", ScaleReport.Stats.of(submits));
        report.row("officer accepts a unit's report (ReportingService.accept)", "whole province", ScaleReport.Stats.of(accepts));
        report.row("commune consolidation: officer submits for approval, leader approves (each call)", "all communes",
                ScaleReport.Stats.of(communeSteps));
        report.row("province officer accepts a commune's report (arrived from its consolidation)", "all communes",
                ScaleReport.Stats.of(subAreaAccepts));
        report.row("province consolidation: officer submits for approval, leader approves (each call)",
                provinces.size() == 1 ? "province" : provinces.size() + " provinces", ScaleReport.Stats.of(provinceSteps));
        report.fact("provinces carried through the engine, the largest first", String.valueOf(provinces.size()));
        report.fact("unit reports carried to acceptance through the services (communes' units and the province's)",
                String.valueOf(units.reports));
        report.fact("application, ms per unit report (acknowledge, submit with figures, accept, their jobs; Java CPU)",
                units.perReport());
        report.fact("commune consolidations approved and sent upward / ms each (both calls and their jobs; CPU)",
                communeConsolidations.reports + " / " + communeConsolidations.perReport());
        report.fact("province's acceptance of the communes' reports, ms each (with its jobs; CPU)", subAreas.perReport());
        report.fact("province consolidation, ms (both calls and their jobs; all provinces)",
                EndToEndWindow.fmt(provinceConsolidation.millis));
        report.fact("whole chain: units' reports (s)", fmt1(unitsSeconds));
        report.fact("whole chain: communes' consolidations upward (s)", fmt1(upwardSeconds));
        report.fact("whole chain: the province's acceptances, its units and its consolidation (s)", fmt1(provinceSeconds));
        report.fact("whole chain, total (s)", fmt1(chainSeconds));
        if (provinces.size() > 1) {
            report.fact("of which ANALYZE before each province after the first (s)", fmt1(analyzeSeconds));
        }
        outcome(province, provincePeriod, jobs);

        EngineBaselines baselines = new EngineBaselines(engine);
        baselines.deploy();
        long baselineReports = BASELINE_REPORTS == null ? units.reports : BASELINE_REPORTS;
        EndToEndWindow bare = EndToEndWindow.engineOnly(baselines, EngineBaselines.BARE, baselineReports, jobs);
        EndToEndWindow model = EndToEndWindow.engineOnly(baselines, EngineBaselines.MODEL, baselineReports, jobs);
        report.fact("bare engine, ms per unit report (3 user tasks, no logic; its start not counted; CPU)",
                bare.perReport());
        report.fact("application's BPMN with no logic, ms per unit report (its start not counted; CPU)",
                model.perReport());
        report.fact("ratio application / bare engine, per unit report (wall; Java CPU)", units.ratio(bare));
        report.fact("ratio application / its BPMN with no logic (the application's own work)", units.ratio(model));
        report.fact("ratio its BPMN with no logic / bare engine (the process model's work)", model.ratio(bare));
        report.fact("whole run (minutes)", fmt1((System.nanoTime() - begin) / 6e10));
        report.write(jdbc);
    }

    /** Every unit of the commune reports and is accepted; the last acceptance's jobs start its consolidation. */
    private void unitsReport(long commune, JobDrain jobs) {
        UserAccount officer = user("cb" + commune);
        for (Map<String, Object> row : reportsOf(periodOf(commune))) {
            unitReport(((Number) row.get("id")).longValue(), user("bc" + row.get("org_unit_id")), officer);
        }
        // the jobs run once per commune, as an executor would pick them up, not after each call
        units.timeJobs(jobs);
    }

    private void unitReport(long reportId, UserAccount reporter, UserAccount officer) {
        acknowledges.add(units.time(true, () -> {
            reporting.acknowledge(reporter, reportId);
            return reportId;
        }));
        submits.add(units.time(true, () -> reporting.submit(reporter, reportId, filled)));
        accepts.add(units.time(true, () -> reporting.accept(officer, reportId)));
        units.reports++;
    }

    /** The area's officer submits its consolidated report for approval, its leader approves; answers both times. */
    private List<Double> consolidate(long area, EndToEndWindow window, JobDrain jobs) {
        long periodId = periodOf(area);
        long id = consolidation.ofPeriod(periodId, area).map(ConsolidatedReport::id).orElseThrow(() ->
                new IllegalStateException("no consolidated report for organisation " + area + ": its period "
                        + periodId + " did not complete"));
        UserAccount officer = user("cb" + area);
        // the officer's own figures for the targets no unit or sub-area answers for (none in ScaleData's plans)
        List<Reading> own = figures.ownOf(id).stream().map(i -> new Reading(i.id(), 9L, 10L, false)).toList();
        List<Double> steps = new ArrayList<>();
        steps.add(window.time(true, () -> consolidation.submitForApproval(officer, id, "Báo cáo kỳ của "
                + officer.fullName(), own)));
        steps.add(window.time(true, () -> consolidation.approve(user("ld" + area), id)));
        window.timeJobs(jobs);
        window.reports++;
        return steps;
    }

    /** What the chain left: every report accepted, every consolidation sent, the (largest) province's first figure. */
    private void outcome(long province, long provincePeriod, JobDrain jobs) {
        report.fact("unit reports of the province not accepted at the end (expected 0)", String.valueOf(count("""
                select count(*) from unit_report r join reporting_period rp on rp.id = r.period_id
                join plan p on p.id = rp.plan_id join bench_scope s on s.id = p.org_unit_id
                where s.engine and r.status <> 'ACCEPTED'""")));
        report.fact("consolidated reports by status", jdbc.queryForList("select status || ' ' || count(*) from"
                + " consolidated_report group by status order by status", String.class).toString());
        ConsolidatedReport top = consolidation.ofPeriod(provincePeriod, province).orElseThrow();
        var figure = figures.ofConsolidatedReport(top.id()).get(0).figure();
        report.fact("province's consolidated report: status, first figure", top.status() + ", "
                + figure.indicator().code() + " " + figure.numerator() + "/" + figure.denominator());
        report.fact("failed jobs / incidents at the end", jobs.runInThisThread().failedJobs() + " / "
                + count("select count(*) from act_ru_incident"));
    }

    private long periodOf(long area) {
        return jdbc.queryForObject("select rp.id from reporting_period rp join plan p on p.id = rp.plan_id"
                + " where p.org_unit_id = ?", Long.class, area);
    }

    private List<Map<String, Object>> reportsOf(long periodId) {
        return jdbc.queryForList("select id, org_unit_id, sub_area from unit_report where period_id = ? order by id",
                periodId);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private UserAccount user(String username) {
        return users.findByUsername(username).orElseThrow(() -> new IllegalStateException("no user " + username));
    }

    private static String fmt1(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
