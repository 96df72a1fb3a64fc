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
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.congtactreem.inbox.Inbox;
import vn.congtactreem.inbox.WorkCriteria;
import vn.congtactreem.inbox.WorkFilter;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.PlanSummary;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.PostgresTestDatabase;

/**
 * The reads behind the plans list, one plan's page and the inbox, through {@link PlanService} and {@link Inbox}
 * only (the API both before and after PlanService was split into its parts, commit f91f316), so the same class
 * runs on either commit: {@code ./mvnw -Pbenchmark test -Dtest=PlanPageBenchmark -Dbenchmark.label=after}.
 * The statements are counted by Hibernate's statistics for one call (JPA only: the engine's and JdbcTemplate's
 * queries are not in that count). Demo data of the default run (An Dương 2024 cycle) on a fresh PostgreSQL database. Prints a table and writes it
 * to {@code target/plan-page-<label>.md}; docs/benchmarks.md ("PlanService split") puts the two runs side by side.
 */
@SpringBootTest(properties = {PostgresIntegrationTest.NO_JOB_EXECUTOR, "app.demo.cycle=true",
        "vaadin.devmode.devTools.enabled=false", "logging.level.root=WARN",
        "spring.jpa.properties.hibernate.generate_statistics=true"})
@ActiveProfiles("dev")
class PlanPageBenchmark {

    private static final List<String> DEMO_USERS = List.of("canbo.anduong", "lanhdao.anduong", "congan.anduong",
            "yte.anduong");
    private static final int RUNS = Integer.getInteger("benchmark.runs", 50);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 3);
    private static final String LABEL = System.getProperty("benchmark.label", "run");

    @Autowired
    PlanService plans;
    @Autowired
    Inbox inbox;
    @Autowired
    UserService users;
    @Autowired
    jakarta.persistence.EntityManagerFactory entityManagerFactory;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.useFresh(registry, "planpage");
    }

    @Test
    void measure() throws IOException {
        StringBuilder table = new StringBuilder("| measured | user | runs | median ms | p95 ms | SQL statements per call (JPA) |\n|---|---|---:|---:|---:|---:|\n");
        for (String username : DEMO_USERS) {
            UserAccount user = users.findByUsername(username).orElseThrow();
            long planId = plans.visiblePlans(user).stream().mapToLong(PlanSummary::id).max().orElseThrow();
            // warm-up round, then ROUNDS rounds of RUNS calls each, all kept
            line(table, "plans list (visiblePlans)", username, () -> plans.visiblePlans(user));
            line(table, "plan page reads (get + timeline + periods)", username, () -> {
                plans.get(user, planId);
                plans.timeline(user, planId);
                return plans.periodsOf(List.of(planId));
            });
            line(table, "inbox first page (criteria + count + page)", username, () -> {
                WorkCriteria criteria = inbox.criteria(user, WorkFilter.NONE);
                inbox.count(user, criteria);
                return inbox.page(user, criteria, 0, 50);
            });
        }
        System.out.println("PlanPageBenchmark " + LABEL + "\n" + table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "plan-page-" + LABEL + ".md"), table.toString());
    }

    private void line(StringBuilder table, String what, String user, Supplier<Object> call) {
        for (int i = 0; i < RUNS; i++) {
            call.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int round = 0; round < ROUNDS * RUNS; round++) {
            long start = System.nanoTime();
            if (call.get() == null) {
                throw new IllegalStateException("nothing measured");
            }
            millis.add((System.nanoTime() - start) / 1e6);
        }
        List<Double> sorted = millis.stream().sorted().toList();
        int n = sorted.size();
        org.hibernate.stat.Statistics statistics = entityManagerFactory.unwrap(org.hibernate.SessionFactory.class)
                .getStatistics();
        statistics.clear();
        call.get();
        long statements = statistics.getPrepareStatementCount();
        table.append(String.format(Locale.ROOT, "| %s | %s | %d | %.2f | %.2f | %d |%n", what, user, n,
                sorted.get(n / 2), sorted.get(Math.max(0, (int) Math.ceil(0.95 * n) - 1)), statements));
    }
}
