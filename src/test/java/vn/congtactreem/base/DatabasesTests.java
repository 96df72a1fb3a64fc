package vn.congtactreem.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** On PostgreSQL, the integration tests (triggers, partial indexes) show {@link Databases#isPostgres} true. */
class DatabasesTests {

    @Test
    void anH2DatabaseIsNotPostgres() {
        DriverManagerDataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:databases-tests", "sa", "");
        assertThat(Databases.isPostgres(h2)).isFalse();
    }

    @Test
    void aDatabaseThatCannotBeReachedIsNotPostgres() {
        DriverManagerDataSource nowhere = new DriverManagerDataSource("jdbc:h2:tcp://127.0.0.1:1/none", "sa", "");
        assertThat(Databases.isPostgres(nowhere)).isFalse();
    }

    @Test
    void theProductNameIsComparedIgnoringCase() {
        assertThat(Databases.isPostgres("PostgreSQL")).isTrue();
        assertThat(Databases.isPostgres("POSTGRESQL")).isTrue();
        assertThat(Databases.isPostgres("H2")).isFalse();
        assertThat(Databases.isPostgres((String) null)).isFalse();
    }
}
