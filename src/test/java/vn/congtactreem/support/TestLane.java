package vn.congtactreem.support;

/**
 * Which database the Spring-booting tests of this JVM use. Surefire ({@code ./mvnw test}) sets the
 * system property {@code test.database=h2}: its tests boot on an in-memory H2 database, so the fast
 * lane needs no PostgreSQL. Failsafe ({@code ./mvnw verify}: *IntegrationTests, *BrowserTests) and a
 * run from an IDE without the property use this run's PostgreSQL database ({@link PostgresTestDatabase}).
 * A test that needs PostgreSQL's behaviour (row locks, concurrency, PostgreSQL-only SQL) is named
 * *IntegrationTests so that it runs in Failsafe.
 */
public final class TestLane {

    /** One in-memory database per JVM, kept while the JVM runs, shared by its Spring contexts as PostgreSQL's is. */
    static final String H2_URL = "jdbc:h2:mem:ctte_test;DB_CLOSE_DELAY=-1";

    private TestLane() {
    }

    public static boolean inMemory() {
        return "h2".equalsIgnoreCase(System.getProperty("test.database", "postgresql"));
    }
}
