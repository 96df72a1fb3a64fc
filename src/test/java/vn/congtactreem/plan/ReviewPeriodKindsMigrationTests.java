package vn.congtactreem.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V23_1 on H2, the default run's database (PostgreSQL runs it under every integration test and
 * stores review periods in ProgrammeAdoptionIntegrationTests): the kind's one check allows the reviews.
 */
class ReviewPeriodKindsMigrationTests {

    @Test
    void theKindCheckIsReplacedByOneThatAllowsTheReviews() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:reviews" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:vn/congtactreem/plan/internal/migration").load().migrate();

        List<String> checks = new JdbcTemplate(dataSource).queryForList("""
                select cc.check_clause from information_schema.table_constraints tc
                join information_schema.check_constraints cc on cc.constraint_name = tc.constraint_name
                where tc.table_name = 'REPORTING_PERIOD' and cc.check_clause like '%SIX_MONTHS%'
                """, String.class);
        assertThat(checks).singleElement().asString().contains("MID_TERM_REVIEW", "FINAL_REVIEW", "AD_HOC");
    }
}
