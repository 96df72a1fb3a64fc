package vn.congtactreem.benchmark;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.inbox.WorkItems;
import vn.congtactreem.org.AdminUnitCatalogue;
import vn.congtactreem.org.AdminUnitImport;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReportForm;
import vn.congtactreem.security.AccessScope;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.PostgresTestDatabase;
import vn.congtactreem.token.AccessTokenService;

/**
 * Issue 17's inbox goal over real HTTP: the application's inbox ({@code GET /api/v1/tasks}, the user's personal
 * access token) beside the same user's tasks through Camunda's engine REST API ({@code /engine-rest/task}, an
 * administrator's token), for a commune officer and a unit reporter, as the task tables grow. The data is
 * {@link ScaleData}'s at {@code -Dbenchmark.size} (small), one commune's reports submitted (its officer's
 * review tasks, one claimed), then {@link TaskCopies} grows the tables to {@code -Dbenchmark.openTasks}
 * (100000,1000000) open tasks with {@code -Dbenchmark.historicTasks} (1,000,000) historic ones. Real server on a
 * random port, fresh PostgreSQL database. Nothing is asserted: figures are printed and written into section
 * {@code inbox-rest} of {@code docs/benchmarks.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        PostgresIntegrationTest.NO_JOB_EXECUTOR, PostgresIntegrationTest.NO_DEMO_CYCLE,
        "vaadin.devmode.devTools.enabled=false", "logging.level.root=WARN"})
@ActiveProfiles("dev")
class InboxRestBenchmark {

    private static final ScaleData.Size SIZE = ScaleData.Size.valueOf(
            System.getProperty("benchmark.size", "small").toUpperCase(Locale.ROOT));
    private static final int ENGINE_PROVINCES = Integer.getInteger("benchmark.engineProvinces", 1);
    private static final List<Integer> OPEN_TASKS = List.of(System.getProperty("benchmark.openTasks",
            "100000,1000000").split(",")).stream().map(String::strip).map(Integer::valueOf).toList();
    private static final int HISTORIC_TASKS = Integer.getInteger("benchmark.historicTasks", 1_000_000);
    private static final int CALLS = Integer.getInteger("benchmark.calls", 100);
    private static final int WARM_UP = Integer.getInteger("benchmark.warmUp", 20);
    /** Inactive users added besides the generated ones (e.g. 46000 gives size small the country's user table). */
    private static final int EXTRA_USERS = Integer.getInteger("benchmark.extraUsers", 0);

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired AdminUnitImport importer;
    @Autowired AdminUnitCatalogue catalogue;
    @Autowired ReportingService reporting;
    @Autowired UserService users;
    @Autowired AccessScope scope;
    @Autowired WorkItems work;
    @Autowired ProcessEngine engine;
    @Autowired CycleClock clock;
    @Autowired UserDetailsService userDetails;
    @Autowired AccessTokenService tokens;

    private final List<String> rows = new ArrayList<>();
    private final List<String> facts = new ArrayList<>();

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.useFresh(registry, "inboxrest");
    }

    @Test
    void measure() throws Exception {
        long begin = System.nanoTime();
        BenchmarkSignIn.asAdmin(userDetails);
        JobDrain jobs = new JobDrain(engine, jdbc);
        ScaleData.Generated data = new ScaleData(jdbc, importer, catalogue, reporting).generate(SIZE, clock.today(),
                ENGINE_PROVINCES, true);
        fact("provinces / communes / agencies / users", data.provinces() + " / " + data.communes() + " / "
                + data.agencies() + " / " + data.users());
        fact("generate (s)", fmt(data.stepMillis().values().stream().mapToDouble(Double::doubleValue).sum() / 1000));
        jobs.drain(JobDrain.Settings.TUNED, 3600);
        if (EXTRA_USERS > 0) {
            fact("inactive users added", String.valueOf(jdbc.update("insert into app_user (username, full_name,"
                    + " password_hash, org_unit_id, active) select 'them' || g, 'Người dùng thêm ' || g, 'x',"
                    + " (select min(id) from org_unit), false from generate_series(1, ?) g", EXTRA_USERS)));
        }
        UserAccount officer = officerWithReportsToReview(jobs);
        UserAccount reporter = user(jdbc.queryForObject("select 'bc' || max(id) from bench_scope where kind = 'AGENCY'"
                + " and engine", String.class));
        UserAccount admin = user("admin");
        InboxRestCalls http = new InboxRestCalls(port, token(admin));
        List<Measured> measured = List.of(new Measured("commune officer", officer, token(officer)),
                new Measured("unit reporter", reporter, token(reporter)));

        jdbc.execute("analyze");
        measureAll(http, measured, "engine-written tasks");
        long historic = new TaskCopies(jdbc).historic(HISTORIC_TASKS);
        fact("historic task copies added (completed tasks)", String.valueOf(historic));
        for (int open : OPEN_TASKS) {
            long added = new TaskCopies(jdbc).growOpenTo(open);
            // a copy stands for another unit's task: the copy of the officer's claimed task would otherwise be
            // held by the officer outside the officer's groups, and the inbox would (rightly) answer more tasks
            int unassigned = jdbc.update("update act_ru_task set assignee_ = null, owner_ = null where id_ like 'c%'"
                    + " and (assignee_ is not null or owner_ is not null)");
            fact("copies of assigned tasks unassigned at " + open + " open", String.valueOf(unassigned));
            jdbc.execute("analyze");
            if (added > 0) {
                measureAll(http, measured, "grown to " + open + " open");
            }
        }
        fact("whole run (minutes)", fmt((System.nanoTime() - begin) / 6e10));
        write();
    }

    private record Measured(String who, UserAccount user, String token) {
    }

    /**
     * The first engine commune's units acknowledge and submit their reports through the services (the officer then
     * has one review task each, offered to the officer's group), and the officer claims one (assigned, still
     * offered to the group).
     */
    private UserAccount officerWithReportsToReview(JobDrain jobs) {
        long commune = jdbc.queryForObject("select min(p.org_unit_id) from plan p join bench_scope s on s.id ="
                + " p.org_unit_id where s.level_code = 'COMMUNE' and s.engine", Long.class);
        List<Map<String, Object>> reports = jdbc.queryForList("select r.id, r.org_unit_id from unit_report r join"
                + " reporting_period rp on rp.id = r.period_id join plan p on p.id = rp.plan_id where p.org_unit_id = ?"
                + " order by r.id", commune);
        UnitReportForm filled = ScaleData.filledReport(jdbc);
        for (Map<String, Object> row : reports) {
            long reportId = ((Number) row.get("id")).longValue();
            UserAccount unit = user("bc" + row.get("org_unit_id"));
            reporting.acknowledge(unit, reportId);
            reporting.submit(unit, reportId, filled);
        }
        jobs.runInThisThread();
        UserAccount officer = user("cb" + commune);
        work.claim(officer, work.of(officer, 0, 1).get(0).id());
        return officer;
    }

    private void measureAll(InboxRestCalls http, List<Measured> measured, String tasks) throws Exception {
        long open = jdbc.queryForObject("select count(*) from act_ru_task", Long.class);
        long done = jdbc.queryForObject("select count(*) from act_hi_taskinst where end_time_ is not null", Long.class);
        String label = tasks + ": " + open + " open, " + done + " historic";
        for (Measured m : measured) {
            List<String> groups = scope.candidateGroups(m.user());
            Map<String, HttpRequest> calls = http.of(m.user().username(), m.token(), groups);
            long inbox = work.count(m.user());
            long held = engine.getTaskService().createTaskQuery().taskAssignee(m.user().username()).count();
            for (Map.Entry<String, HttpRequest> call : calls.entrySet()) {
                if (call.getKey().equals(InboxRestCalls.ME)) {
                    http.send(call.getValue());
                    continue;
                }
                long answered = InboxRestCalls.size(http.send(call.getValue()));
                long expected = call.getKey().endsWith("count") ? inbox : Math.min(50, inbox);
                if (answered != expected) {
                    throw new IllegalStateException(call.getKey() + " answered " + answered + " for " + m.who()
                            + ", the inbox " + expected + ": not the same tasks");
                }
            }
            http.time(calls, WARM_UP);
            Map<String, List<Double>> millis = http.time(calls, CALLS);
            String who = m.who() + " (" + inbox + " tasks, " + held + " held; groups " + groups + ")";
            rows(label, who, millis);
        }
    }

    private void rows(String label, String who, Map<String, List<Double>> millis) {
        ScaleReport.Stats ours = ScaleReport.Stats.of(millis.get(InboxRestCalls.OURS));
        row(label, who, InboxRestCalls.OURS, ours, ours);
        for (String[] pair : List.of(new String[] {InboxRestCalls.GROUPS_PAGE, InboxRestCalls.GROUPS_COUNT,
                "engine REST, candidate groups: page + count (the two calls above, summed per round)"},
                new String[] {InboxRestCalls.OR_PAGE, InboxRestCalls.OR_COUNT,
                "engine REST, assignee OR groups: page + count (the two calls above, summed per round)"})) {
            List<Double> page = millis.get(pair[0]);
            List<Double> count = millis.get(pair[1]);
            List<Double> both = new ArrayList<>();
            for (int i = 0; i < page.size(); i++) {
                both.add(page.get(i) + count.get(i));
            }
            row(label, who, pair[0], ScaleReport.Stats.of(page), ours);
            row(label, who, pair[1], ScaleReport.Stats.of(count), ours);
            row(label, who, pair[2], ScaleReport.Stats.of(both), ours);
        }
        row(label, who, InboxRestCalls.ME, ScaleReport.Stats.of(millis.get(InboxRestCalls.ME)), ours);
    }

    private void row(String label, String who, String call, ScaleReport.Stats stats, ScaleReport.Stats ours) {
        String line = String.format(Locale.ROOT, "| %s | %s | %s | %d | %.1f | %.1f | %.1f | %.2f | %.2f |", label,
                who, call, stats.runs(), stats.median(), stats.p95(), stats.max(), ours.median() / stats.median(),
                ours.p95() / stats.p95());
        rows.add(line);
        System.out.println("[inbox-rest] " + line);
    }

    private void fact(String what, String value) {
        facts.add("| " + what + " | " + value + " |");
        System.out.println("[inbox-rest] " + what + ": " + value);
    }

    private void write() throws IOException {
        String database = jdbc.queryForObject("select version()", String.class);
        String body = """
                ## The inbox over HTTP beside Camunda's engine REST API (issue 17, `InboxRestBenchmark`)

                **Command.** `tools/benchmark/inbox-rest.sh %s` (`-Dbenchmark.openTasks=%s -Dbenchmark.historicTasks=%d
                -Dbenchmark.calls=%d -Dbenchmark.warmUp=%d -Dbenchmark.extraUsers=%d`).

                **Method.** The running application on a random port and a fresh PostgreSQL database with `ScaleData`'s
                country at size `%s` (its periods opened through `ReportingService.openPeriod`, their first jobs drained);
                the units of one commune acknowledge and submit their reports through the services, so its officer has
                one review task each, and the officer claims one (assigned, still offered to the group). Measured: that
                officer and the reporter of one agency of another commune, first on the engine-written tasks, then with
                historic task copies and the open tasks grown by copies (`TaskCopies`, each copy's candidate group made
                unique and its assignee removed, so the two users' own tasks stay the same while the tables grow);
                `ANALYZE` after each load.
                Each row is one HTTP call (java.net.http, one kept-alive connection), client-side wall time:

                - *ours*: `GET /api/v1/tasks?limit=50` with the user's own personal access token (Bearer): the
                  application's inbox page as work items (`WorkItems.of`), no count;
                - *engine REST, candidate groups*: with an administrator's token (Bearer, `/engine-rest` takes tokens
                  too), `GET /engine-rest/task?candidateGroups=<groups>&includeAssignedTasks=true&active=true&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=50`
                  and `GET /engine-rest/task/count?candidateGroups=<groups>&includeAssignedTasks=true&active=true`,
                  `<groups>` being the user's candidate groups as the inbox computes them (`AccessScope.candidateGroups`:
                  `org:<the user's unit>:<ROLE>` per role, shown in the row): the query the inbox itself sends;
                - *engine REST, assignee OR groups*: `POST /engine-rest/task?firstResult=0&maxResults=50` and
                  `POST /engine-rest/task/count` with `{"orQueries":[{"assignee":<user>,"candidateGroups":<groups>,"includeAssignedTasks":true}],"active":true,"sorting":[{"sortBy":"dueDate","sortOrder":"asc"}]}`;
                - *page + count*: the page and the count call of the same round added (what a client needs for a
                  first page and its total);
                - `GET /api/v1/me` with the user's token: the HTTP round trip and the token check alone.

                Before timing, each call's answer is checked against the inbox (same count, same page size). Then %d
                warm-up rounds and %d timed rounds; each round makes the six calls one after the other, so a change
                of the shared machine's load falls on all of them alike. Median (p50), 95th percentile (nearest rank)
                and maximum in ms; *ours / row* is ours divided by the row, at p50 and at p95 (issue 17's goal:
                ours p95 ≤ 50 ms and ≤ half the engine REST time, i.e. ≤ 0.5).

                **Machine.** %d cores shared with other builds (load average at the end: %s), Java %s, %s on the same
                machine. Date: %s.

                | Figure | Value |
                |---|---:|
                %s

                | Tasks in the tables | User | Call | Runs | p50 | p95 | Max | ours / row p50 | ours / row p95 |
                |---|---|---|---:|---:|---:|---:|---:|---:|
                %s
                """.formatted(SIZE.name().toLowerCase(Locale.ROOT), OPEN_TASKS.stream().map(String::valueOf)
                        .reduce((a, b) -> a + "," + b).orElse(""), HISTORIC_TASKS, CALLS, WARM_UP,
                EXTRA_USERS, SIZE.name().toLowerCase(Locale.ROOT), WARM_UP, CALLS,
                Runtime.getRuntime().availableProcessors(), load(),
                System.getProperty("java.version"), database == null ? "?" : database.split(",")[0], LocalDate.now(),
                String.join("\n", facts), String.join("\n", rows));
        BenchmarkSections.write(Path.of("docs", "benchmarks.md"), BenchmarkSections.BENCHMARKS_HEADER, "inbox-rest",
                body);
    }

    private String token(UserAccount user) {
        return tokens.create(user, user.id(), "Benchmark", LocalDate.now().plusDays(7)).secret();
    }

    private UserAccount user(String username) {
        return users.findByUsername(username).orElseThrow(() -> new IllegalStateException("no user " + username));
    }

    private static String load() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).strip().split(" ")).subList(0, 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
