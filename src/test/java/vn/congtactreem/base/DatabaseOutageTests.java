package vn.congtactreem.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures mean "the database cannot be reached right now" (503, "not saved") and which do not. */
class DatabaseOutageTests {

    @Test
    void aLostOrRefusedConnectionAnywhereInTheChainIsAnOutage() {
        assertThat(DatabaseOutage.causedBy(new CannotCreateTransactionException("Could not open JPA EntityManager")))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new CannotGetJdbcConnectionException("pool"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 30000ms."))).isTrue();
        // the engine wraps MyBatis, which wraps the driver's "connection failure" (08006)
        assertThat(DatabaseOutage.causedBy(new ProcessEngineException("cannot flush", new PersistenceException(
                "update failed", new SQLException("An I/O error occurred while sending to the backend.", "08006")))))
                .isTrue();
        // PostgreSQL shutting down under the session: "terminating connection due to administrator command"
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("terminating", "57P01")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("starting up", "57P03")))).isTrue();
        // seen in the outage check: the rollback after the failed statement, on the connection the outage closed
        assertThat(DatabaseOutage.causedBy(new JpaSystemException(new RuntimeException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))))).isTrue();
    }

    @Test
    void brokenRulesAndBugsAreNotOutages() {
        assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException("duplicate key"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("no state")))).isFalse();
        assertThat(DatabaseOutage.causedBy(new NullPointerException())).isFalse();
        assertThat(DatabaseOutage.causedBy(null)).isFalse();
    }

    @Test
    void theFallbackStandsInOnlyForAnOutage() {
        assertThat(DatabaseOutage.orElse(() -> "read", "away")).isEqualTo("read");
        assertThat(DatabaseOutage.<String>orElse(() -> {
            throw new CannotGetJdbcConnectionException("pool");
        }, "away")).isEqualTo("away");
        assertThatThrownBy(() -> DatabaseOutage.orElse(() -> {
            throw new DataIntegrityViolationException("duplicate key");
        }, "away")).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> DatabaseOutage.unlessAway(() -> {
            throw new IllegalStateException("a bug");
        })).isInstanceOf(IllegalStateException.class);
        DatabaseOutage.unlessAway(() -> {
            throw new CannotCreateTransactionException("Could not open JPA EntityManager");
        });
    }
}
