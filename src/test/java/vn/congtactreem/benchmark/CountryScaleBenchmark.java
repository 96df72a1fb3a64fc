package vn.congtactreem.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.inbox.Inbox;
import vn.congtactreem.inbox.WorkCriteria;
import vn.congtactreem.inbox.WorkFilter;
import vn.congtactreem.monitoring.MonitoringService;
import vn.congtactreem.org.AdminUnitCatalogue;
import vn.congtactreem.org.AdminUnitImport;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.PlanStatus;
import vn.congtactreem.plan.internal.AssignmentRepository;
import vn.congtactreem.plan.internal.PlanEntity;
import vn.congtactreem.plan.internal.PlanRepository;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReportForm;
import vn.congtactreem.security.AccessScope;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.PostgresTestDatabase;

/**
 * One reporting period at the size asked ({@code -Dbenchmark.size=small|province|country}) on a fresh
 * PostgreSQL database ({@link ScaleData}), then: a slice of the period end to end through the services
 * beside a bare engine process with the same user tasks and the application's own diagram with no application
 * logic ({@link EngineBaselines}), the inbox against the engine's own task query
 * as the task tables grow (real tasks, then copies to 100,000 and 1,000,000), the plans list, the
 * dashboard, and the timer storm with the job executor's default and tuned settings. Nothing is asserted:
 * figures are printed and written into section {@code scale-<size>} of {@code docs/benchmarks.md}.
 */
@SpringBootTest(properties = {PostgresIntegrationTest.NO_JOB_EXECUTOR, PostgresIntegrationTest.NO_DEMO_CYCLE,
        "vaadin.devmode.devTools.enabled=false", "logging.level.root=WARN"})
@ActiveProfiles("dev")
class CountryScaleBenchmark {

    private static final ScaleData.Size SIZE = ScaleData.Size.valueOf(
            System.getProperty("benchmark.size", "small").toUpperCase(Locale.ROOT));
    /** Provinces whose periods open through the engine (the largest first); the others' reports are SQL rows. */
    private static final int ENGINE_PROVINCES = Integer.getInteger("benchmark.engineProvinces", 1);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 30);
    /** Communes whose every unit acknowledges, submits and is accepted through the services. */
    private static final int E2E_COMMUNES = Integer.getInteger("benchmark.e2eCommunes", 20);
    /** Open task counts to grow the task tables to (copies of engine-written tasks), after the real ones. */
    private static final List<Integer> OPEN_TASKS = List.of(System.getProperty("benchmark.openTasks",
            "100000,1000000").split(",")).stream().map(String::strip).map(Integer::valueOf).toList();
    private static final int HISTORIC_TASKS = Integer.getInteger("benchmark.historicTasks", 1_000_000);
    /** At most this many timers are made due for the storm (all when 0). */
    private static final int STORM = Integer.getInteger("benchmark.storm", 0);
    private static final long STORM_TIMEOUT = Long.getLong("benchmark.stormTimeoutSeconds", 600);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AdminUnitImport importer;
    @Autowired
    AdminUnitCatalogue catalogue;
    @Autowired
    ReportingService reporting;
    @Autowired
    PlanService plans;
    @Autowired
    MonitoringService monitoring;
    @Autowired
    Inbox inbox;
    @Autowired
    UserService users;
    @Autowired
    AccessScope scope;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CycleClock clock;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PlanRepository planRepository;
    @Autowired
    AssignmentRepository assignmentRepository;
    @Autowired
    OrgService orgs;
    @Autowired
    TransactionTemplate transactions;

    private final ScaleReport report = new ScaleReport(SIZE.name().toLowerCase(Locale.ROOT));

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.useFresh(registry, "scale");
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "12");
    }

    @Test
    void measure() throws Exception {
        long begin = System.nanoTime();
        BenchmarkSignIn.asAdmin(userDetails);
        JobDrain jobs = new JobDrain(engine, jdbc);
        ScaleData.Generated data = new ScaleData(jdbc, importer, catalogue, reporting).generate(SIZE, clock.today(),
                ENGINE_PROVINCES);
        report.generated(data);
        report.drain("jobs due once the periods are open (none: a unit report holds no timer or job at its start)", jobs.drain(JobDrain.Settings.TUNED,
                3600), JobDrain.Settings.TUNED);
        jdbc.execute("analyze");

        endToEnd(jobs);
        jdbc.execute("analyze");
        inboxes("engine-written tasks");
        plansAndDashboard();
        new TaskCopies(jdbc).historic(HISTORIC_TASKS);
        for (int open : OPEN_TASKS) {
            long added = new TaskCopies(jdbc).growOpenTo(open);
            jdbc.execute("analyze");
            if (added > 0) {
                inboxes("grown to " + open + " open tasks (" + added + " copies of engine-written tasks)");
            }
        }
        timerStorm(jobs);
        report.fact("whole run (minutes)", String.format(Locale.ROOT, "%.1f", (System.nanoTime() - begin) / 6e10));
        report.write(jdbc);
    }

    // ---------------------------------------------------------------- one period end to end, and the bare engine

    private void endToEnd(JobDrain jobs) throws InterruptedException {
        List<Long> communes = jdbc.queryForList("select id from bench_scope where level_code = 'COMMUNE' and engine order by id"
                + " limit ?", Long.class, E2E_COMMUNES + 1);
        List<Map<String, Object>> reports = jdbc.queryForList("""
                select r.id, r.org_unit_id, p.org_unit_id as plan_org from unit_report r
                join reporting_period rp on rp.id = r.period_id join plan p on p.id = rp.plan_id
                where p.org_unit_id = any (?) order by r.id""", (Object) communes.toArray(Long[]::new));
        long officerCommune = communes.get(communes.size() - 1);
        UnitReportForm filled = ScaleData.filledReport(jdbc);
        List<Double> ack = new ArrayList<>();
        List<Double> submit = new ArrayList<>();
        List<Double> accept = new ArrayList<>();
        // the server work of the reports carried to acceptance only: the officer commune's reports (acknowledged
        // and submitted, left in the inbox) are timed in the rows above but not in the per-report figures
        EndToEndWindow app = new EndToEndWindow();
        for (Map<String, Object> row : reports) {
            long reportId = ((Number) row.get("id")).longValue();
            UserAccount reporter = user("bc" + row.get("org_unit_id"));
            long planOrg = ((Number) row.get("plan_org")).longValue();
            boolean served = planOrg != officerCommune;
            UserAccount officer = served ? user("cb" + planOrg) : null;
            ack.add(app.time(served, () -> {
                reporting.acknowledge(reporter, reportId);
                return reportId;
            }));
            submit.add(app.time(served, () -> reporting.submit(reporter, reportId, filled)));
            if (served) {
                accept.add(app.time(true, () -> reporting.accept(officer, reportId)));
                app.reports++;
            }
        }
        JobDrain.Result drained = app.timeJobs(jobs);
        report.row("unit acknowledges (ReportingService.acknowledge)", "end to end", ScaleReport.Stats.of(ack));
        report.row("unit submits (ReportingService.submit)", "end to end", ScaleReport.Stats.of(submit));
        report.row("officer accepts (ReportingService.accept)", "end to end", ScaleReport.Stats.of(accept));
        report.drain("jobs after the end-to-end slice (notifications, period check)", drained, null);

        EngineBaselines baselines = new EngineBaselines(engine);
        baselines.deploy();
        EndToEndWindow bare = baseline(baselines, EngineBaselines.BARE, app.reports, jobs);
        EndToEndWindow model = baseline(baselines, EngineBaselines.MODEL, app.reports, jobs);
        report.fact("end to end: reports acknowledged, submitted and accepted through the services", app.reports
                + " (+" + (reports.size() - app.reports) + " left for the officer's inbox)");
        report.fact("end to end: application, ms per unit report (3 service calls + their jobs; Java CPU ms of"
                + " the calling thread)", app.perReport());
        report.fact("end to end: application's BPMN with no application logic, ms per unit report (same 3 tasks"
                + " + their jobs; the start and its first job not counted, as for the application)", model.perReport());
        report.fact("end to end: application's BPMN with no application logic, start + its first job (not in the"
                + " figure above), ms per unit report", model.startPerReport());
        report.fact("end to end: bare engine, ms per unit report (3 user tasks, no logic; its start not counted)",
                bare.perReport());
        report.fact("end to end: bare engine, its start (not in the figure above), ms per unit report",
                bare.startPerReport());
        report.fact("end to end: ratio application / bare engine (wall; Java CPU)", app.ratio(bare));
        report.fact("end to end: ratio application / bare engine with its start (the former figure, wall)",
                app.ratioWithStart(bare));
        report.fact("end to end: ratio application / its BPMN with no logic (the application's own work)",
                app.ratio(model));
        report.fact("end to end: ratio its BPMN with no logic / bare engine (the process model's work)",
                model.ratio(bare));
    }

    private EndToEndWindow baseline(EngineBaselines baselines, String key, long reports, JobDrain jobs) {
        EndToEndWindow window = EndToEndWindow.engineOnly(baselines, key, reports, jobs);
        report.fact("end to end: " + key + " instances (one per report carried to acceptance)",
                String.valueOf(reports));
        return window;
    }

    // ---------------------------------------------------------------- inbox, plans, dashboard

    private void inboxes(String tasks) {
        long open = jdbc.queryForObject("select count(*) from act_ru_task", Long.class);
        String label = tasks + ", " + open + " open";
        long officerOrg = jdbc.queryForObject("select org_unit_id from plan where id = (select max(p.id) from plan p"
                + " join reporting_period rp on rp.plan_id = p.id join unit_report r on r.period_id = rp.id"
                + " where r.status = 'SUBMITTED')", Long.class);
        inboxOf(user("cb" + officerOrg), "commune officer", label);
        long agency = jdbc.queryForObject("select max(id) from bench_scope where kind = 'AGENCY' and engine", Long.class);
        inboxOf(user("bc" + agency), "unit reporter", label);
    }

    private void inboxOf(UserAccount user, String who, String label) {
        WorkCriteria all = inbox.criteria(user, WorkFilter.NONE);
        WorkCriteria filtered = inbox.criteria(user, new WorkFilter(null, null, Set.of(), false,
                WorkCriteria.Holder.ANYONE, "bao cao"));
        long count = inbox.count(user, all);
        report.row("inbox first page + count, " + who + " (" + count + " tasks)", label, repeat(() ->
                inbox.page(user, all, 0, 50).items().size() + inbox.count(user, all)));
        report.row("of which: first page (tasks, their ids, descriptions), " + who, label, repeat(() ->
                inbox.page(user, all, 0, 50).items().size()));
        report.row("of which: count, " + who, label, repeat(() -> inbox.count(user, all)));
        report.row("inbox filtered page (search 'bao cao') + count, " + who, label, repeat(() ->
                inbox.page(user, filtered, 0, 50).items().size() + inbox.count(user, filtered)));
        List<String> groups = scope.candidateGroups(user);
        report.row("bare engine: candidate-group query the inbox now sends, first page + count, " + who, label,
                repeat(() -> engine.getTaskService().createTaskQuery().taskCandidateGroupIn(groups)
                        .includeAssignedTasks().active().orderByDueDate().asc().orderByTaskCreateTime().asc()
                        .listPage(0, 50).size() + engine.getTaskService().createTaskQuery()
                        .taskCandidateGroupIn(groups).includeAssignedTasks().active().count()));
        report.row("bare engine: 'assignee OR group' query (the inbox's before this change), page + count, " + who,
                label, repeat(() ->
                engine.getTaskService().createTaskQuery().or().taskAssignee(user.username())
                        .taskCandidateGroupIn(groups).includeAssignedTasks().endOr().active().orderByDueDate().asc()
                        .orderByTaskCreateTime().asc().listPage(0, 50).size()
                        + engine.getTaskService().createTaskQuery().or().taskAssignee(user.username())
                        .taskCandidateGroupIn(groups).includeAssignedTasks().endOr().active().count()));
    }

    private void plansAndDashboard() {
        UserAccount admin = users.findByUsername("admin").orElseThrow();
        long province = jdbc.queryForObject("select p.id from bench_scope p join bench_scope c on c.parent_id = p.id"
                + " where c.level_code = 'COMMUNE' group by p.id order by count(*) desc, p.id limit 1", Long.class);
        long commune = jdbc.queryForObject("select min(id) from bench_scope where parent_id = ?", Long.class, province);
        UserAccount provinceOfficer = user("cb" + province);
        report.row("plans list, administrator (" + scope.visibleOrgIds(admin).size() + " organisations)",
                "before: IN (every id) + per-assignment reads", repeat(() -> formerVisiblePlans(admin)));
        report.row("plans list, administrator", "after: PlanService.visiblePlans", repeat(() ->
                plans.visiblePlans(admin)));
        report.row("plans list, province officer", "before: per-assignment reads", repeat(() ->
                formerVisiblePlans(provinceOfficer)));
        report.row("plans list, province officer", "after: PlanService.visiblePlans", repeat(() ->
                plans.visiblePlans(provinceOfficer)));
        report.row("plans list (visiblePlans), commune officer", "", repeat(() -> plans.visiblePlans(user("cb"
                + commune))));
        UserAccount manager = user("ql" + province);
        long period = jdbc.queryForObject("select rp.id from reporting_period rp join plan p on p.id = rp.plan_id"
                + " where p.org_unit_id = ?", Long.class, province);
        report.row("dashboard: province (tiles + sub-areas + units)", "largest province", repeat(() ->
                monitoring.overview(manager, period).toString().length() + monitoring.subAreas(manager, period).size()
                        + monitoring.units(manager, period).size()));
        List<Map<String, Object>> provinces = jdbc.queryForList("select p.id as org, rp.id as period from"
                + " bench_scope p join plan pl on pl.org_unit_id = p.id join reporting_period rp on rp.plan_id = pl.id"
                + " where p.level_code = 'PROVINCE'");
        report.row("dashboard: country (tiles + sub-areas of every province, " + provinces.size() + ")", "",
                repeat(Math.max(3, RUNS / 5), () -> provinces.stream().mapToInt(p -> {
                    UserAccount m = user("ql" + p.get("org"));
                    long id = ((Number) p.get("period")).longValue();
                    return monitoring.overview(m, id).toString().length() + monitoring.subAreas(m, id).size();
                }).sum()));
    }

    /** {@code PlanService.visiblePlans} as it was before this benchmark (commit dcc2b20), reads only. */
    private Object formerVisiblePlans(UserAccount user) {
        return transactions.execute(status -> {
            Set<Long> orgIds = scope.visibleOrgIds(user);
            Map<Long, PlanEntity> found = new LinkedHashMap<>();
            planRepository.findByOrgUnitIdInOrderByYearFromDescIdDesc(orgIds).forEach(p -> found.put(p.getId(), p));
            assignmentRepository.findByOrgUnitIdIn(orgIds).forEach(a -> planRepository.findById(a.getPlanId())
                    .filter(p -> p.getStatus() == PlanStatus.ISSUED || p.getStatus() == PlanStatus.CLOSED)
                    .ifPresent(p -> found.putIfAbsent(p.getId(), p)));
            return orgs.names(found.values().stream().map(PlanEntity::getOrgUnitId).toList()).size();
        });
    }

    // ---------------------------------------------------------------- the timer storm

    private void timerStorm(JobDrain jobs) throws InterruptedException {
        long timers = jdbc.queryForObject("select count(*) from act_ru_job where type_ = 'timer'", Long.class);
        long storm = STORM == 0 ? timers : Math.min(STORM, timers);
        long half = storm / 2;
        long notificationsBefore = jdbc.queryForObject("select count(*) from notification", Long.class);
        for (JobDrain.Settings settings : List.of(JobDrain.Settings.DEFAULTS, JobDrain.Settings.TUNED)) {
            int due = jdbc.update("update act_ru_job set duedate_ = now() - interval '1 minute' where id_ in"
                    + " (select id_ from act_ru_job where type_ = 'timer' and duedate_ > now() order by id_ limit ?)",
                    half);
            jdbc.execute("analyze act_ru_job");
            JobDrain.Result result = jobs.drain(settings, STORM_TIMEOUT);
            report.drain("timer storm: " + due + " timers due at once", result, settings);
        }
        report.fact("timer storm: timers in the database / made due", timers + " / " + 2 * half);
        report.fact("timer storm: notifications written (outbox rows)",
                String.valueOf(jdbc.queryForObject("select count(*) from notification", Long.class)
                        - notificationsBefore));
        report.fact("timer storm: jobs that ran twice (double fires)", String.valueOf(jobs.doubleFires()));
    }

    // ---------------------------------------------------------------- helpers

    private UserAccount user(String username) {
        return users.findByUsername(username).orElseThrow(() -> new IllegalStateException("no user " + username));
    }

    private static ScaleReport.Stats repeat(Supplier<Object> call) {
        return repeat(RUNS, call);
    }

    private static ScaleReport.Stats repeat(int runs, Supplier<Object> call) {
        time(call);
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            millis.add(time(call));
        }
        return ScaleReport.Stats.of(millis);
    }

    private static double time(Supplier<Object> call) {
        long start = System.nanoTime();
        Object result = call.get();
        double millis = (System.nanoTime() - start) / 1e6;
        if (result == null) {
            throw new IllegalStateException("nothing measured");
        }
        return millis;
    }
}
