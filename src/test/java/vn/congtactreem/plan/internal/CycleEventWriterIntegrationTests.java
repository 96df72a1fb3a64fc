package vn.congtactreem.plan.internal;

import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.congtactreem.support.PostgresTestDatabase;

/** {@link CycleEventWriterContract} on PostgreSQL, the production database. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(CycleEventWriter.class)
@DirtiesContext
class CycleEventWriterIntegrationTests extends CycleEventWriterContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.useFresh(registry, "cycle_event_writer");
    }
}
