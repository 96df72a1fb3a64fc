package vn.congtactreem.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.congtactreem.inbox.Inbox;
import vn.congtactreem.inbox.WorkCriteria;
import vn.congtactreem.inbox.WorkFilter;
import vn.congtactreem.inbox.WorkItem;
import vn.congtactreem.inbox.WorkItems;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.PlanSummary;
import vn.congtactreem.security.AccessScope;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.PostgresTestDatabase;

/**
 * How long the inbox takes to open, with the demo data (the An Dương 2024 cycle) on a fresh
 * PostgreSQL database, then with 500 tasks for one officer. Not a test: nothing is asserted, the
 * numbers are printed and written to {@code docs/benchmarks.md}. Run it with
 * {@code ./mvnw -Pbenchmark verify} (see README, "Benchmarks"); {@code -Dbenchmark.runs=N},
 * {@code -Dbenchmark.large=N}, {@code -Dbenchmark.browser=false}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        PostgresIntegrationTest.NO_JOB_EXECUTOR, "app.demo.cycle=true", "vaadin.devmode.devTools.enabled=false",
        "logging.level.root=WARN"})
@ActiveProfiles("dev")
class InboxBenchmark {

    private static final List<String> DEMO_USERS = List.of("canbo.anduong", "lanhdao.anduong", "congan.anduong",
            "yte.anduong");
    private static final String LARGE_USER = "canbo.tanyen";
    private static final int PAGE = 50;
    private static final int RUNS = Integer.getInteger("benchmark.runs", 30);
    private static final int LARGE = Integer.getInteger("benchmark.large", 500);
    private static final boolean BROWSER = Boolean.parseBoolean(System.getProperty("benchmark.browser", "true"));
    private static final int BROWSER_RUNS = Integer.getInteger("benchmark.browserRuns", 10);

    @Autowired
    Inbox inbox;
    @Autowired
    WorkItems work;
    @Autowired
    UserService users;
    @Autowired
    OrgService orgs;
    @Autowired
    PlanService plans;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccessScope scope;
    @Autowired
    vn.congtactreem.base.CycleClock clock;
    @LocalServerPort
    int port;

    private final List<Row> rows = new ArrayList<>();

    private static final String TEMPLATE = """
            ## The inbox: time to the first page of "Việc cần làm"

            **What is measured.** The application starts on a fresh PostgreSQL database with the default run's
            demo data (the An Dương 2024 cycle under way, demo clock 19/05/2024), the job executor off. For each
            demo user:

            - *open the inbox (service level)*: every service call the home screen makes to show the inbox and
              the menu counts — total count, the plans and periods for the filters, the kinds of task, the
              criteria, the filtered count, the first page of {{page}} tasks described by the features, the
              holders' names, the overdue count. No Vaadin, no HTTP.
            - *first page only*: `Inbox.page` for {{page}} tasks: the engine's tasks with their ids, business
              keys and process keys (`WorkItems`) and their plan/unit/period (`PlanWorkItemDescriber`).
            - *cold caches*: the inbox's own caches (process keys by definition id, task kinds from the
              diagrams) emptied before each run; the engine's deployment cache and the database's own caches
              stay warm. *first call after start*: one call, the first of this user in a JVM that has just
              started (the first user's also pays for class loading and JIT).
            - *browser*: headless Chromium signed in as the user loads `/` and waits until the first task's name
              is in the grid: HTTP, Vaadin's bootstrap and UIDL round trips, rendering. The application runs in
              Vaadin's development mode (the test setup), so these include dev-mode overhead.

            Then {{large}} plan cycles are started for `canbo.tanyen` (one task each, a fifth overdue) to show
            that paging keeps the first page flat, with the last page, a search, overdue only, and the first
            page read the way the inbox did before (per-row reads, as in commit a053fe7) for comparison.

            **Machine.** {{cores}} cores (shared with other builds), {{java}}, {{os}}, {{database}} on the same
            machine. {{runs}} runs per line unless said otherwise; median, 95th percentile (nearest rank) and
            maximum in milliseconds. Date: {{date}}.

            **Command.**

            ```bash
            ./mvnw -Pbenchmark verify                      # about 4 minutes
            ./mvnw -Pbenchmark verify -Dbenchmark.runs=50 -Dbenchmark.large=1000 -Dbenchmark.browser=false
            ```

            **Reading it.** The demo users have one task each; `canbo.tanyen` has {{large}}: the first page
            costs about the same (a page is a bounded number of queries — tasks, business keys, id variables,
            plans, periods, unit names — whatever the page size or the inbox size), the last page too, and
            the old per-row reads of the same page show what batching saves. The machine is shared with other
            builds: look at medians, p95 carries their noise.

            {{table}}
            """;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.useFresh(registry, "bench");
    }

    /** One line of the results: what, for whom, how many tasks, timings in ms. */
    record Row(String what, String user, long tasks, String mode, Stats stats) {
    }

    record Stats(int runs, double median, double p95, double max) {
        static Stats of(List<Double> millis) {
            List<Double> sorted = millis.stream().sorted().toList();
            int n = sorted.size();
            double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
            double p95 = sorted.get(Math.max(0, (int) Math.ceil(0.95 * n) - 1));
            return new Stats(n, median, p95, sorted.get(n - 1));
        }
    }

    @Test
    void measure() throws IOException {
        for (String username : DEMO_USERS) {
            UserAccount user = user(username);
            long count = work.count(user);
            rows.add(new Row("open the inbox (service level)", username, count, "first call after start",
                    Stats.of(List.of(time(() -> openInbox(user))))));
            rows.add(new Row("open the inbox (service level)", username, count, "cold caches",
                    repeat(RUNS, () -> {
                        inbox.forgetCaches();
                        return openInbox(user);
                    })));
            rows.add(new Row("open the inbox (service level)", username, count, "warm", repeat(RUNS, () -> openInbox(user))));
            rows.add(new Row("first page only: tasks + descriptions", username, count, "warm",
                    repeat(RUNS, () -> inbox.page(user, WorkCriteria.ALL, 0, PAGE))));
        }

        UserAccount officer = user(LARGE_USER);
        createTasks(officer, LARGE);
        long count = work.count(officer);
        rows.add(new Row("open the inbox (service level)", LARGE_USER, count, "cold caches", repeat(RUNS, () -> {
            inbox.forgetCaches();
            return openInbox(officer);
        })));
        rows.add(new Row("open the inbox (service level)", LARGE_USER, count, "warm", repeat(RUNS, () -> openInbox(officer))));
        rows.add(new Row("first page only: tasks + descriptions", LARGE_USER, count, "warm",
                repeat(RUNS, () -> inbox.page(officer, WorkCriteria.ALL, 0, PAGE))));
        int lastPage = (int) Math.max(0, count - PAGE);
        rows.add(new Row("last page (offset " + lastPage + ")", LARGE_USER, count, "warm",
                repeat(RUNS, () -> inbox.page(officer, WorkCriteria.ALL, lastPage, PAGE))));
        WorkCriteria searched = inbox.criteria(officer, WorkFilter.NONE.withText("benchmark 25"));
        rows.add(new Row("search \"benchmark 25\" (" + inbox.count(officer, searched) + " found): criteria + count + page",
                LARGE_USER, count, "warm", repeat(RUNS, () -> {
                    WorkCriteria criteria = inbox.criteria(officer, WorkFilter.NONE.withText("benchmark 25"));
                    inbox.count(officer, criteria);
                    return inbox.page(officer, criteria, 0, PAGE);
                })));
        WorkFilter overdue = WorkFilter.NONE.withOverdueOnly(true);
        rows.add(new Row("overdue only (" + inbox.count(officer, inbox.criteria(officer, overdue)) + " found)",
                LARGE_USER, count, "warm", repeat(RUNS, () -> {
                    WorkCriteria criteria = inbox.criteria(officer, overdue);
                    inbox.count(officer, criteria);
                    return inbox.page(officer, criteria, 0, PAGE);
                })));
        rows.add(new Row("first page, per-row reads as before this change", LARGE_USER, count, "warm",
                repeat(RUNS, () -> perRowPage(officer))));

        if (BROWSER) {
            browser();
        }
        String table = table();
        System.out.println(table);
        write(table);
    }

    /** What opening the home screen asks of the services: the steps of HomeView, InboxPanel, InboxGrid and the menu. */
    private Object openInbox(UserAccount user) {
        long total = work.count(user);
        inbox.plans(user);
        inbox.taskKinds(user);
        WorkCriteria criteria = inbox.criteria(user, WorkFilter.NONE);
        inbox.count(user, criteria);
        Inbox.Page page = inbox.page(user, criteria, 0, PAGE);
        users.fullNames(page.items().stream().map(WorkItem::assignee).filter(a -> a != null).collect(Collectors.toSet()));
        work.countOverdue(user);
        return total + page.items().size();
    }

    /**
     * The first page as the inbox read it before (commit a053fe7): per task its variables, its
     * process definition and its process instance; per row the plan, the period and the unit.
     */
    private Object perRowPage(UserAccount user) {
        List<Task> page = tasks.createTaskQuery().or().taskAssignee(user.username())
                .taskCandidateGroupIn(scope.candidateGroups(user)).endOr().active()
                .orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(0, PAGE);
        int described = 0;
        for (Task task : page) {
            Map<String, Object> ids = tasks.getVariables(task.getId(), Set.of("planId", "periodId", "orgUnitId",
                    "reportId", "unitOrgId", "planOrgId", "consolidatedReportId"));
            repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
            runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
            if (ids.get("planId") instanceof Number planId) {
                PlanSummary plan = plans.summary(planId.longValue());
                if (ids.get("unitOrgId") instanceof Number unit) {
                    orgs.find(unit.longValue());
                }
                if (ids.get("periodId") instanceof Number period) {
                    plans.period(period.longValue());
                }
                described += plan.title().length() > 0 ? 1 : 0;
            }
        }
        return described;
    }

    /** {@code n} plan cycles for the officer: one "Đăng ký kế hoạch cấp trên" each, due dates spread around the demo's today. */
    private void createTasks(UserAccount officer, int n) {
        long tanYen = officer.orgUnitId();
        long started = System.nanoTime();
        for (int i = 1; i <= n; i++) {
            long planId = plans.startCycle(officer, tanYen, "Kế hoạch benchmark " + i, 2030 + i % 5, 2030 + i % 5)
                    .id();
            Task task = tasks.createTaskQuery().processDefinitionKey("plan-cycle")
                    .processInstanceBusinessKey(String.valueOf(planId)).singleResult();
            // a fifth overdue, the others due over the coming months
            Instant due = clock.now().plusSeconds(86_400L * ((i % 5 == 0) ? -(i % 30) - 1 : i % 120 + 1));
            tasks.setDueDate(task.getId(), Date.from(due));
        }
        System.out.printf("Created %d tasks for %s in %.1f s%n", n, officer.username(),
                (System.nanoTime() - started) / 1e9);
    }

    /** The whole way: a signed-in browser opens "/" until the first task name shows in the grid. */
    private void browser() {
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = BenchmarkBrowser.launch(playwright);
            List<String> who = new ArrayList<>(DEMO_USERS);
            who.add(LARGE_USER);
            boolean firstEver = true;
            for (String username : who) {
                Page page = BenchmarkBrowser.signedInOnInbox(browser, port, username);
                BrowserContext context = page.context();
                long count = work.count(user(username));
                List<Double> times = new ArrayList<>();
                for (int i = 0; i < BROWSER_RUNS; i++) {
                    long start = System.nanoTime();
                    page.navigate("http://localhost:" + port + "/");
                    page.locator("vaadin-grid.inbox-grid vaadin-grid-cell-content:has-text(\"" + firstTaskName(username)
                            + "\")").first().waitFor();
                    times.add((System.nanoTime() - start) / 1e6);
                }
                rows.add(new Row("browser: load / until the first task shows", username, count,
                        firstEver ? "warm (after sign-in; the very first load is excluded)" : "warm", Stats.of(times)));
                firstEver = false;
                context.close();
            }
            browser.close();
        }
    }

    private String firstTaskName(String username) {
        return work.of(user(username), 0, 1).get(0).name();
    }

    private Stats repeat(int runs, Supplier<Object> call) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            millis.add(time(call));
        }
        return Stats.of(millis);
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

    private UserAccount user(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private String table() {
        StringBuilder table = new StringBuilder(
                "| measured | user | tasks in inbox | runs | mode | median ms | p95 ms | max ms |\n"
                        + "|---|---|---:|---:|---|---:|---:|---:|\n");
        for (Row row : rows) {
            table.append(String.format(java.util.Locale.ROOT, "| %s | %s | %d | %d | %s | %.1f | %.1f | %.1f |%n",
                    row.what(), row.user(), row.tasks(), row.stats().runs(), row.mode(), row.stats().median(),
                    row.stats().p95(), row.stats().max()));
        }
        return table.toString();
    }

    private void write(String table) throws IOException {
        String database = jdbc.queryForObject("select version()", String.class);
        String text = TEMPLATE
                .replace("{{date}}", LocalDate.now().toString())
                .replace("{{cores}}", String.valueOf(Runtime.getRuntime().availableProcessors()))
                .replace("{{java}}", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"))
                .replace("{{os}}", System.getProperty("os.name") + " " + System.getProperty("os.arch"))
                .replace("{{database}}", database == null ? "?" : database.split(",")[0])
                .replace("{{runs}}", String.valueOf(RUNS))
                .replace("{{large}}", String.valueOf(LARGE))
                .replace("{{page}}", String.valueOf(PAGE))
                .replace("{{table}}", table);
        BenchmarkSections.write(Paths.get("docs", "benchmarks.md"), BenchmarkSections.BENCHMARKS_HEADER, "inbox", text);
    }
}
