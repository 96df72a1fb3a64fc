package vn.congtactreem.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application with the demo data of the dev profile, on the database of its test lane
 * ({@link TestLane}): in {@code ./mvnw test} (Surefire) an in-memory H2 database with the same
 * Flyway migrations as the default run, in {@code ./mvnw verify} (Failsafe, *IntegrationTests and
 * *BrowserTests) this run's PostgreSQL database.
 * Subclasses share one Spring context (same configuration), so the application boots once.
 * {@link WebIntegrationTest} redeclares {@code @SpringBootTest} with a real server on a random port:
 * its subclasses share a second context on the same database.
 */
@SpringBootTest(properties = {PostgresIntegrationTest.NO_JOB_EXECUTOR, PostgresIntegrationTest.NO_DEMO_CYCLE})
@ActiveProfiles("dev")
public abstract class PostgresIntegrationTest {

    /** Tests run the engine's jobs themselves ({@link ProcessJobs}), at the engine clock they set. */
    public static final String NO_JOB_EXECUTOR = "camunda.bpm.job-execution.enabled=false";
    /** Tests build their own cycles; the demo's cycle (and its 2024 clock) has a test of its own. */
    public static final String NO_DEMO_CYCLE = "app.demo.cycle=false";

    @BeforeEach
    void rememberContext(@Autowired ConfigurableApplicationContext context) {
        DropTestDatabase.usedBy(context);
    }

    /** Ends the cycles {@link CycleFixture} started in this test: their tasks never reach another test's inbox. */
    @org.junit.jupiter.api.AfterEach
    void endTheCyclesTheFixtureStarted(@Autowired org.camunda.bpm.engine.RuntimeService runtime) {
        CycleFixture.drainStarted().forEach(planId -> CycleCleanUp.endProcessesOf(runtime, planId));
    }

    /** The property a test class sets to reach this run's database at another address. */
    public static final String RELAYED_URL = "test.datasource.relayed-url";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (TestLane.inMemory()) {
            registry.add("spring.datasource.url", () -> TestLane.H2_URL);
            registry.add("spring.datasource.username", () -> "sa");
            registry.add("spring.datasource.password", () -> "");
            return;
        }
        // a test class may reach the same database another way (OutageBrowserTests: through a relay it cuts) by
        // registering RELAYED_URL; a second registration of spring.datasource.url would lose to this one
        registry.add("spring.datasource.url", () -> "${" + RELAYED_URL + ":" + PostgresTestDatabase.url() + "}");
        registry.add("spring.datasource.username", PostgresTestDatabase::username);
        registry.add("spring.datasource.password", PostgresTestDatabase::password);
    }
}
