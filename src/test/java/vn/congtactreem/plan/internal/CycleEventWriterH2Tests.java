package vn.congtactreem.plan.internal;

import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/** {@link CycleEventWriterContract} on H2, the default run's database. */
@DataJpaTest(properties = "spring.datasource.url=jdbc:h2:mem:cycle-event-writer;DB_CLOSE_DELAY=-1")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(CycleEventWriter.class)
@DirtiesContext
class CycleEventWriterH2Tests extends CycleEventWriterContract {
}
