package vn.congtactreem.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * One fresh PostgreSQL database per test run, created on first use and dropped when the run ends
 * ({@link DropTestDatabase}). Leftovers of runs that were killed are dropped when they are over two
 * hours old. Connection: IT_POSTGRES_URL (default jdbc:postgresql://localhost:5432/postgres),
 * IT_POSTGRES_USER (default postgres), IT_POSTGRES_PASSWORD (default empty).
 */
public final class PostgresTestDatabase {

    static final String PREFIX = "ctte_test_";
    /** In UTC: test JVMs run in other time zones (Vietnam time, UTC), and each drops the others' stale databases. */
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static String name;
    private static final List<String> EXTRA = new ArrayList<>();

    private PostgresTestDatabase() {
    }

    public static synchronized String url() {
        if (name == null) {
            name = PREFIX + LocalDateTime.now(ZoneOffset.UTC).format(STAMP) + "_" + ProcessHandle.current().pid();
            try (Connection admin = adminConnection(); Statement sql = admin.createStatement()) {
                dropStale(admin);
                sql.execute("create database " + name + " encoding 'UTF8' template template0");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create the test database on " + adminUrl()
                        + ": is PostgreSQL running? (" + e.getMessage() + ")", e);
            }
        }
        return adminUrl().substring(0, adminUrl().lastIndexOf('/') + 1) + name;
    }

    /** Another empty database for this run (e.g. to start the application as on a first install). */
    public static synchronized String freshDatabase(String purpose) {
        String base = url();
        String extra = name + "_" + purpose;
        try (Connection admin = adminConnection(); Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + extra + " with (force)");
            sql.execute("create database " + extra + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + extra, e);
        }
        EXTRA.add(extra);
        return base.substring(0, base.lastIndexOf('/') + 1) + extra;
    }

    /**
     * The name of another database for this run, not created (e.g. for a restore that creates it
     * itself); dropped with the others when the run ends.
     */
    /** Points the Spring context under test at a database of its own, made fresh when the context starts. */
    public static void useFresh(org.springframework.test.context.DynamicPropertyRegistry registry, String purpose) {
        registry.add("spring.datasource.url", () -> freshDatabase(purpose));
        registry.add("spring.datasource.username", PostgresTestDatabase::username);
        registry.add("spring.datasource.password", PostgresTestDatabase::password);
    }

    public static synchronized String reserveName(String purpose) {
        url();
        String extra = name + "_" + purpose;
        EXTRA.add(extra);
        return extra;
    }

    /** The JDBC URL of database {@code database} on this run's server. */
    public static String urlOf(String database) {
        String base = url();
        return base.substring(0, base.lastIndexOf('/') + 1) + database;
    }

    public static String username() {
        return env("IT_POSTGRES_USER", "postgres");
    }

    public static String password() {
        return env("IT_POSTGRES_PASSWORD", "");
    }

    static synchronized void dropIfCreated() {
        if (name == null) {
            return;
        }
        List<String> all = new ArrayList<>(EXTRA);
        all.add(name);
        try (Connection admin = adminConnection(); Statement sql = admin.createStatement()) {
            for (String db : all) {
                sql.execute("drop database if exists " + db + " with (force)");
            }
        } catch (SQLException e) {
            System.err.println("Could not drop test databases " + all + ": " + e.getMessage());
        }
        EXTRA.clear();
        name = null;
    }

    static synchronized String currentName() {
        return name;
    }

    private static void dropStale(Connection admin) throws SQLException {
        String cutoff = PREFIX + LocalDateTime.now(ZoneOffset.UTC).minusHours(2).format(STAMP);
        List<String> stale = new ArrayList<>();
        try (Statement sql = admin.createStatement();
             ResultSet rs = sql.executeQuery("select datname from pg_database where datname like '" + PREFIX + "%'")) {
            while (rs.next()) {
                String db = rs.getString(1);
                if (db.compareTo(cutoff) < 0) {
                    stale.add(db);
                }
            }
        }
        for (String db : stale) {
            try (Statement sql = admin.createStatement()) {
                sql.execute("drop database if exists " + db + " with (force)");
            }
        }
    }

    private static Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(adminUrl(), username(), password());
    }

    private static String adminUrl() {
        return env("IT_POSTGRES_URL", System.getProperty("it.postgres.url", "jdbc:postgresql://localhost:5432/postgres"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
