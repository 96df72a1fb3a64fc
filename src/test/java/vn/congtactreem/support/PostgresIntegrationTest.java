package vn.congtactreem.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on this run's PostgreSQL database, with the demo data of the dev profile.
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

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PostgresTestDatabase::url);
        registry.add("spring.datasource.username", PostgresTestDatabase::username);
        registry.add("spring.datasource.password", PostgresTestDatabase::password);
    }
}
