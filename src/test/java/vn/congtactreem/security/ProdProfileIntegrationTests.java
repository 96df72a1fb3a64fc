package vn.congtactreem.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.congtactreem.Application;
import vn.congtactreem.support.PostgresTestDatabase;

/**
 * The prod profile on a first install, started as the operator would: a separate JVM with the
 * settings on its command line. An admin comes from the environment, no demo data is loaded, and
 * demo secrets stop the start.
 *
 * <p>The four starts are launched together before the tests (each on a database of its own): a start is mostly
 * one busy thread, so side by side they take about half the time of one after the other.
 */
class ProdProfileIntegrationTests {

    private static final String STRONG_PASSWORD = "Hai-Muoi-Ky-Tu-An-Toan";
    /** Generous: the four JVMs start at once on a machine whose cores may be shared with other builds. */
    private static final Duration START_LIMIT = Duration.ofMinutes(5);

    private static String firstDatabase;
    private static int firstPort;
    private static Process first;
    private static Process noPassword;
    private static String demoPasswordDatabase;
    private static Process demoPassword;
    private static Process demoData;

    @BeforeAll
    static void launchTheFourStarts() throws Exception {
        firstDatabase = PostgresTestDatabase.freshDatabase("prod_first");
        demoPasswordDatabase = PostgresTestDatabase.freshDatabase("prod_demopassword");
        String demoDataDatabase = PostgresTestDatabase.freshDatabase("prod_demodata");
        withDemoAccount(demoDataDatabase);
        firstPort = freePort();
        first = launch("prod", firstDatabase, STRONG_PASSWORD, firstPort);
        noPassword = launch("prod", PostgresTestDatabase.freshDatabase("prod_nopassword"), "", freePort());
        demoPassword = launch("prod", demoPasswordDatabase, "demo123", freePort());
        demoData = launch("prod", demoDataDatabase, STRONG_PASSWORD, freePort());
    }

    @AfterAll
    static void stopWhatStillRuns() throws InterruptedException {
        for (Process app : new Process[] {first, noPassword, demoPassword, demoData}) {
            if (app != null && app.isAlive()) {
                app.destroyForcibly();
                app.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void firstStartCreatesTheAdminFromTheEnvironmentAndNoDemoData() throws Exception {
        String database = firstDatabase;
        int port = firstPort;
        Process app = first;
        try {
            waitForHealth(app, port);
            HttpResponse<String> me = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/me"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            ("admin:" + STRONG_PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("ADMIN");
            assertThat(usernames(database)).containsExactly("admin");
            // the ten-year time to live of the history is enforced: the engine scheduled its nightly cleanup
            assertThat(count(database, "select count(*) from act_ru_job where handler_type_ = 'history-cleanup'"))
                    .isEqualTo(1);
            // the job executor acquires by due date (application.yaml) on an index of its own (JobDueDateIndex)
            assertThat(count(database, "select count(*) from pg_indexes where indexname in"
                    + " ('act_idx_job_duedate_app', 'act_idx_job_locked_app')")).isEqualTo(2);
        } finally {
            app.destroy();
            app.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void refusesToStartWithoutAnAdminPassword() throws Exception {
        Outcome outcome = toEnd(noPassword);
        assertThat(outcome.exitCode()).isNotZero();
        assertThat(outcome.log()).contains("APP_ADMIN_PASSWORD");
    }

    @Test
    void refusesToStartWithTheDemoPassword() throws Exception {
        String database = demoPasswordDatabase;
        Outcome outcome = toEnd(demoPassword);
        assertThat(outcome.exitCode()).isNotZero();
        assertThat(outcome.log()).contains("APP_ADMIN_PASSWORD là mật khẩu mẫu");
        assertThat(usernames(database)).isEmpty();
    }

    @Test
    void refusesToStartOnADatabaseWithActiveDemoAccounts() throws Exception {
        Outcome outcome = toEnd(demoData);
        assertThat(outcome.exitCode()).isNotZero();
        assertThat(outcome.log()).contains("tài khoản demo");
    }

    /** The schema as Flyway makes it, plus one active demo account, as a copied demo database would have. */
    private static void withDemoAccount(String database) throws SQLException {
        Flyway.configure().dataSource(database, PostgresTestDatabase.username(), PostgresTestDatabase.password())
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql",
                        "classpath:vn/congtactreem/plan/internal/migration").load().migrate();
        try (Connection db = DriverManager.getConnection(database, PostgresTestDatabase.username(),
                PostgresTestDatabase.password());
             Statement sql = db.createStatement()) {
            sql.execute("insert into org_unit (id, kind, level_code, name) values (1, 'AREA', 'COMMUNE', 'Xã An Dương')");
            sql.execute("insert into app_user (username, full_name, password_hash, org_unit_id, demo_account) "
                    + "values ('canbo.anduong', 'Nguyễn Thị Hoa', 'x', 1, true)");
        }
    }

    private record Outcome(int exitCode, String log) {
    }

    private static Outcome toEnd(Process app) throws Exception {
        if (!app.waitFor(START_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            app.destroyForcibly();
            throw new AssertionError("The application neither started nor stopped within " + START_LIMIT);
        }
        return new Outcome(app.exitValue(), Files.readString(logOf(app), StandardCharsets.UTF_8));
    }

    private static Process launch(String profile, String database, String adminPassword, int port)
            throws IOException {
        Path log = Files.createTempFile("ctte-" + profile + "-", ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // test settings, as AppNode's: a small heap and a quick start (C1 only, one GC thread)
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", testClassPath(), Application.class.getName(),
                "--spring.profiles.active=" + profile,
                "--server.port=" + port,
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + PostgresTestDatabase.username(),
                "--spring.datasource.password=" + PostgresTestDatabase.password()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("APP_ADMIN_PASSWORD", adminPassword);
        Process process = builder.start();
        LOGS.put(process.pid(), log);
        return process;
    }

    /**
     * The test class path without empty entries: an empty entry means the working directory, where
     * Camunda's auto-deployment would find processes/*.bpmn a second time.
     */
    private static String testClassPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.isBlank()).collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private static final java.util.Map<Long, Path> LOGS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Path logOf(Process process) {
        return LOGS.get(process.pid());
    }

    private static void waitForHealth(Process app, int port) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new AssertionError("The application stopped: " + Files.readString(logOf(app)));
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No healthy application on port " + port + " within " + START_LIMIT);
    }

    private static long count(String database, String query) throws SQLException {
        try (Connection db = DriverManager.getConnection(database, PostgresTestDatabase.username(),
                PostgresTestDatabase.password());
             Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> usernames(String database) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(database, PostgresTestDatabase.username(),
                PostgresTestDatabase.password());
             Statement sql = db.createStatement()) {
            ResultSet exists = sql.executeQuery("select count(*) from information_schema.tables where table_name = 'app_user'");
            exists.next();
            if (exists.getInt(1) == 0) {
                return names;
            }
            try (ResultSet rs = sql.executeQuery("select username from app_user order by username")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
