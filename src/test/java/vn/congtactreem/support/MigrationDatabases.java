package vn.congtactreem.support;

import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An empty database of either kind a migration must work on, for the tests that run one migration over rows made by
 * the earlier ones: {@code "h2"} (the default profile's, in memory) or {@code "postgresql"} (production's, a fresh
 * database of this run, dropped with the run's).
 */
public final class MigrationDatabases {

    private MigrationDatabases() {
    }

    /** @param database "h2" or "postgresql"; @param purpose a short name for the database (letters only) */
    public static DataSource fresh(String database, String purpose) {
        return "h2".equals(database)
                ? new DriverManagerDataSource("jdbc:h2:mem:" + purpose + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                        "sa", "")
                : new DriverManagerDataSource(PostgresTestDatabase.freshDatabase(purpose),
                        PostgresTestDatabase.username(), PostgresTestDatabase.password());
    }
}
