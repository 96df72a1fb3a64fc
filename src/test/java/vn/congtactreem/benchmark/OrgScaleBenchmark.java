package vn.congtactreem.benchmark;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.server.VaadinServletRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.congtactreem.org.AdminUnitCatalogue;
import vn.congtactreem.org.AdminUnitImport;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.security.AccessScope;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.PostgresTestDatabase;

/**
 * The organisation tree at country size (34 provinces, 3,321 communes, 12 agencies each) on a fresh
 * PostgreSQL database: the scoping rule, names and paths, and "Cơ cấu tổ chức", each beside the way it
 * was read before (the walk over {@code OrgService.all()}, reproduced here). Nothing is asserted: the
 * numbers are printed and written into the "org-scale" section of {@code docs/benchmarks.md}. Run it with
 * {@code ./mvnw -Pbenchmark verify -Dtest=OrgScaleBenchmark} ({@code -Dbenchmark.runs=N}).
 */
@SpringBootTest(properties = {PostgresIntegrationTest.NO_JOB_EXECUTOR, PostgresIntegrationTest.NO_DEMO_CYCLE,
        "vaadin.devmode.devTools.enabled=false", "logging.level.root=WARN"})
@ActiveProfiles("dev")
class OrgScaleBenchmark {

    private static final int RUNS = Integer.getInteger("benchmark.runs", 30);
    private static final int SCREEN_RUNS = Integer.getInteger("benchmark.screenRuns", 10);
    private static final String BEGIN = "<!-- org-scale:begin -->";
    private static final String END = "<!-- org-scale:end -->";
    private static final String SCREEN = System.getProperty("benchmark.screen", "lazy tree");

    @Autowired
    AdminUnitImport importer;
    @Autowired
    AdminUnitCatalogue catalogue;
    @Autowired
    OrgService orgs;
    @Autowired
    AccessScope scope;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService userDetails;

    private final List<String> rows = new ArrayList<>();

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.useFresh(registry, "orgscale");
    }

    record Stats(int runs, double median, double p95, double max) {
        static Stats of(List<Double> millis) {
            List<Double> sorted = millis.stream().sorted().toList();
            int n = sorted.size();
            double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
            return new Stats(n, median, sorted.get(Math.max(0, (int) Math.ceil(0.95 * n) - 1)), sorted.get(n - 1));
        }
    }

    @Test
    void measure() throws IOException {
        signInAs("admin");
        List<String> provinces = catalogue.provinces().stream().map(AdminUnitCatalogue.Province::code).toList();
        AdminUnitImport.Result loaded = importer.apply(provinces, true, null);
        jdbc.execute("analyze");
        long units = orgs.count();
        Map<String, Object> largest = jdbc.queryForMap("""
                select p.id, p.name, count(*) as communes from org_unit p join org_unit c on c.parent_id = p.id
                where c.level_code = 'COMMUNE' group by p.id, p.name order by count(*) desc limit 1""");
        long province = ((Number) largest.get("id")).longValue();
        long commune = jdbc.queryForObject("select min(id) from org_unit where parent_id = ? and kind = 'AREA'",
                Long.class, province);
        UserAccount provinceOfficer = user(province, Role.OFFICER);
        UserAccount communeOfficer = user(commune, Role.OFFICER);
        UserAccount admin = user(province, Role.ADMIN);
        long agencyElsewhere = jdbc.queryForObject("select max(id) from org_unit where kind = 'AGENCY'", Long.class);

        row("OrgService.all() (unchanged; the admin screens' full list)", "", repeat(RUNS, () -> orgs.all()));
        row("selfAndDescendants, province (" + largest.get("communes") + " communes)", "before: walk over all()",
                repeat(RUNS, () -> formerWalk(province)));
        row("selfAndDescendants, province (" + largest.get("communes") + " communes)", "after: recursive query",
                repeat(RUNS, () -> orgs.selfAndDescendants(province)));
        row("selfAndDescendants, commune (itself + 12 agencies)", "before: walk over all()",
                repeat(RUNS, () -> formerWalk(commune)));
        row("selfAndDescendants, commune (itself + 12 agencies)", "after: recursive query",
                repeat(RUNS, () -> orgs.selfAndDescendants(commune)));
        row("AccessScope.canSee, province officer", "before: walk over all()",
                repeat(RUNS, () -> formerWalk(province).contains(agencyElsewhere)));
        row("AccessScope.canSee, province officer", "after", repeat(RUNS, () -> scope.canSee(provinceOfficer,
                agencyElsewhere)));
        row("AccessScope.canSee, commune officer", "before: walk over all()",
                repeat(RUNS, () -> formerWalk(commune).contains(agencyElsewhere)));
        row("AccessScope.canSee, commune officer", "after", repeat(RUNS, () -> scope.canSee(communeOfficer,
                agencyElsewhere)));
        row("AccessScope.visibleOrgIds, administrator", "before: ids of all()",
                repeat(RUNS, () -> new java.util.LinkedHashSet<>(orgs.all().stream().map(OrgUnit::id).toList())));
        row("AccessScope.visibleOrgIds, administrator", "after: ids only", repeat(RUNS, () -> scope.visibleOrgIds(admin)));
        List<Long> someCommunes = jdbc.queryForList("select id from org_unit where parent_id = ? and kind = 'AREA'"
                + " order by id limit 50", Long.class, province);
        row("paths of 50 communes", "before: paths() of every unit", repeat(RUNS, () -> {
            Map<Long, String> all = orgs.paths();
            return someCommunes.stream().map(all::get).toList();
        }));
        row("paths of 50 communes", "after: paths(ids)", repeat(RUNS, () -> orgs.paths(someCommunes)));
        row("names of 50 communes (plan load's orgNames())", "before: all()", repeat(RUNS, () ->
                orgs.all().stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name))));
        row("names of 50 communes (plan load's orgNames())", "after: names(ids)",
                repeat(RUNS, () -> orgs.names(someCommunes)));
        row("\"Cơ cấu tổ chức\" opened, first page of 50 rows (Karibu, server side)", SCREEN, screen(null));
        row("\"Cơ cấu tổ chức\" searched for \"an duong\", rows read", SCREEN, screen("an duong"));

        String explain = String.join("\n", jdbc.queryForList("explain analyze with recursive below(id) as ("
                + " select id from org_unit where id = " + province + " union select u.id from org_unit u join below b"
                + " on u.parent_id = b.id) select id from below", String.class));
        String report = section(units, loaded, largest, explain);
        System.out.println(report);
        write(report);
    }

    /**
     * The screen as the server serves it: navigation, the search typed (if any), then the grid's first page of
     * 50 rows fetched as for a browser's first request (a lazy provider does its work only then).
     */
    private Stats screen(String query) {
        Routes routes = new Routes().autoDiscoverViews("vn.congtactreem");
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < SCREEN_RUNS; i++) {
            MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
            signInAs("admin");
            millis.add(time(() -> {
                UI.getCurrent().navigate("admin/organisations");
                if (query != null) {
                    LocatorJ._get(TextField.class, spec -> spec.withPlaceholder("Tìm theo tên hoặc mã")).setValue(query);
                }
                // the rows a browser asks for first: the grid's first page, fetched in the response's round trip
                TreeGrid<?> tree = LocatorJ._get(TreeGrid.class);
                tree.getDataCommunicator().setRequestedRange(0, 50);
                MockVaadin.clientRoundtrip();
                return tree.getDataCommunicator().getItemCount();
            }));
            MockVaadin.tearDown();
        }
        return Stats.of(millis);
    }

    private void signInAs(String username) {
        UsernamePasswordAuthenticationToken auth = BenchmarkSignIn.as(userDetails, username);
        if (VaadinServletRequest.getCurrent() != null) {
            FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(auth);
            request.setUserInRole((principal, role) -> auth.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        }
    }

    /** The walk {@code selfAndDescendants} did before this change: over every unit, read whole. */
    private Set<Long> formerWalk(long id) {
        Map<Long, List<OrgUnit>> byParent = orgs.all().stream().filter(u -> u.parentId() != null)
                .collect(Collectors.groupingBy(OrgUnit::parentId));
        Set<Long> result = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            Long next = todo.pop();
            if (result.add(next)) {
                byParent.getOrDefault(next, List.of()).forEach(child -> todo.push(child.id()));
            }
        }
        return result;
    }

    private void row(String what, String how, Stats s) {
        String line = String.format(java.util.Locale.ROOT, "| %s | %s | %d | %.1f | %.1f | %.1f |", what, how,
                s.runs(), s.median(), s.p95(), s.max());
        System.out.println(line);
        rows.add(line);
    }

    private String section(long units, AdminUnitImport.Result loaded, Map<String, Object> largest, String explain) {
        return BEGIN + "\n\n## The organisation tree at country size (`OrgScaleBenchmark`)\n\n"
                + "**What is measured.** A fresh PostgreSQL database, the demo tree, then the whole official list"
                + " loaded by `AdminUnitImport` with the template's agencies (" + loaded.provincesCreated()
                + " provinces and " + loaded.communesCreated() + " communes created, " + loaded.agenciesCreated()
                + " agencies; " + units + " units in all), then `ANALYZE`. The province is the one with most"
                + " communes (" + largest.get("name") + ", " + largest.get("communes") + "), the commune its first."
                + " *before* is the former way, run in the same JVM on the same data: `selfAndDescendants` walked"
                + " `OrgService.all()` (every unit as a record), the administrator's scope took the ids of"
                + " `all()`, the plan's `orgNames()` read `all()`, paths came from `paths()` of every unit."
                + " *after* is the recursive query (`WITH RECURSIVE`, `org_unit_parent_idx`), ids only, and"
                + " names/paths for the ids asked. The screen is timed server side with Karibu (navigation to"
                + " `admin/organisations` as `admin`, no browser, no network).\n\n"
                + "**Machine.** " + Runtime.getRuntime().availableProcessors() + " cores shared with other builds, Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + ", "
                + jdbc.queryForObject("select version()", String.class).split(",")[0] + " on the same machine"
                + " (autovacuum off, hence `ANALYZE`). Median, 95th percentile (nearest rank) and maximum in ms."
                + " Date: " + LocalDate.now() + ".\n\n"
                + "**Command.** `./mvnw -Pbenchmark verify -Dtest=OrgScaleBenchmark` or, without packaging, `./mvnw test-compile surefire:test -Dtest=OrgScaleBenchmark -Dbenchmark.runs=15 -Dbenchmark.screenRuns=5` (the run below: about 3 minutes, 1 of them loading the country).\n\n"
                + "| What | How | Runs | Median | p95 | Max |\n|---|---|---:|---:|---:|---:|\n"
                + String.join("\n", rows) + "\n\n**The recursive query for the province** (`EXPLAIN ANALYZE`):\n\n"
                + "```\n" + explain + "\n```\n\n" + END + "\n";
    }

    /** Replaces this benchmark's own section of docs/benchmarks.md (or appends it); the rest is left alone. */
    private static void write(String section) throws IOException {
        BenchmarkSections.write(Path.of("docs/benchmarks.md"), BenchmarkSections.BENCHMARKS_HEADER, "org-scale",
                section.replace(BEGIN, "").replace(END, ""));
    }

    private static UserAccount user(long orgUnitId, Role role) {
        return new UserAccount(0L, "benchmark", "Benchmark", null, orgUnitId, Set.of(role), true, "vi");
    }

    private static Stats repeat(int runs, Supplier<Object> call) {
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
}
