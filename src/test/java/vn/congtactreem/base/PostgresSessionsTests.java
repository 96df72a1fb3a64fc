package vn.congtactreem.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

class PostgresSessionsTests {

    private final PostgresSessions sessions = new PostgresSessions();

    @Test
    void aPostgresPoolsConnectionsRunWithoutJit() {
        HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:5432/congtactreem");
        sessions.postProcessBeforeInitialization(pool, "dataSource");
        assertThat(pool.getConnectionInitSql()).isEqualTo("set jit = off");
    }

    @Test
    void otherDatabasesAndAPoolWithItsOwnStatementAreLeftAlone() {
        HikariDataSource h2 = pool("jdbc:h2:file:./data/congtactreem");
        sessions.postProcessBeforeInitialization(h2, "dataSource");
        assertThat(h2.getConnectionInitSql()).isNull();

        HikariDataSource own = pool("jdbc:postgresql://127.0.0.1:5432/congtactreem");
        own.setConnectionInitSql("set statement_timeout = '5s'");
        sessions.postProcessBeforeInitialization(own, "dataSource");
        assertThat(own.getConnectionInitSql()).isEqualTo("set statement_timeout = '5s'");
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        return pool;
    }
}
