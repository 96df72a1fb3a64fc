package vn.congtactreem.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import vn.congtactreem.support.AppNode;
import vn.congtactreem.support.PostgresTestDatabase;

/**
 * What the cluster tests read and do from outside the nodes: SQL on the shared database, the API of
 * a node as a demo user (HTTP Basic, password demo123), the demo clock moved as the administrator's
 * page on any node moves it (the offset written in {@code app_setting}, which every node follows).
 */
final class ClusterProbe {

    static final String DEMO_PASSWORD = "demo123";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String jdbcUrl;

    ClusterProbe(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    // ---- SQL ------------------------------------------------------------------------------------

    List<Map<String, Object>> rows(String sql, Object... args) {
        try (Connection connection = connection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= columns; c++) {
                        row.put(rs.getMetaData().getColumnLabel(c).toLowerCase(), rs.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    long count(String sql, Object... args) {
        return ((Number) rows(sql, args).get(0).values().iterator().next()).longValue();
    }

    void update(String sql, Object... args) {
        try (Connection connection = connection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private Connection connection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, PostgresTestDatabase.username(), PostgresTestDatabase.password());
    }

    /** The report of the unit named {@code unitName} in the An Dương demo cycle. */
    long reportOf(String unitName) {
        return count("select r.id from unit_report r join org_unit o on o.id = r.org_unit_id where o.name = ?"
                + " order by r.id fetch first 1 rows only", unitName);
    }

    String reportStatus(long reportId) {
        return String.valueOf(rows("select status from unit_report where id = ?", reportId).get(0).get("status"));
    }

    // ---- the demo clock ---------------------------------------------------------------------------

    /** The cycle's "now" as the nodes see it (the stored offset applied to real time). */
    Instant cycleNow() {
        return Instant.now().plusMillis(Long.parseLong(String.valueOf(
                rows("select setting_value from app_setting where setting_name = 'demo.clock-offset-ms'")
                        .get(0).get("setting_value"))));
    }

    /** Moves the shared clock to {@code target}, as the demo clock page does on the node it is opened on. */
    void moveClockTo(Instant target) {
        update("update app_setting set setting_value = ? where setting_name = 'demo.clock-offset-ms'",
                String.valueOf(target.toEpochMilli() - System.currentTimeMillis()));
    }

    /** Jobs due on the cycle clock that some node has still to run (failed jobs with retries left included). */
    long dueJobs() {
        return count("select count(*) from act_ru_job where retries_ > 0 and suspension_state_ = 1"
                + " and (duedate_ is null or duedate_ <= ?)", Timestamp.from(cycleNow()));
    }

    /** Mail waiting to go out or being sent (digests waiting for their hour are not). */
    long mailOnItsWay() {
        return count("select count(*) from notification where status in ('PENDING', 'SENDING')"
                + " and (next_attempt_at is null or next_attempt_at <= ?)", Timestamp.from(cycleNow()));
    }

    /** Each mail the outbox says it sent: rows SENT by themselves (a digest carries the rows it holds). */
    long mailsSent() {
        return count("select count(*) from notification where status = 'SENT' and digest_id is null and mail_to is not null");
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) {
        Instant giveUp = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Until {@code state} gives the same non-null answer twice, three seconds apart (nothing moved
     * in between: no job ran, no mail went out).
     */
    static void awaitSteady(String what, Duration timeout, java.util.function.Supplier<String> state) {
        Instant giveUp = Instant.now().plus(timeout);
        String before = null;
        while (true) {
            String now = state.get();
            if (now != null && now.equals(before)) {
                return;
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("not within " + timeout + ": " + what + " (last " + now + ")");
            }
            before = now;
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    // ---- HTTP -------------------------------------------------------------------------------------

    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }
    }

    static Answer get(AppNode node, String user, String path) {
        return send(HttpRequest.newBuilder(URI.create(node.url(path))).header("Authorization", basic(user)).GET());
    }

    static Answer post(AppNode node, String user, String path) {
        return send(HttpRequest.newBuilder(URI.create(node.url(path))).header("Authorization", basic(user))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** The ids ({@code WorkItem.ids}) of the user's open tasks on {@code node}, task name beside. */
    static List<String> tasks(AppNode node, String user) {
        Answer answer = get(node, user, "/api/v1/tasks?limit=200");
        if (answer.status() != 200) {
            throw new AssertionError("tasks of " + user + " on " + node.name() + ": " + answer);
        }
        List<String> tasks = new ArrayList<>();
        answer.json().forEach(task -> tasks.add(task.get("name").asText() + " " + task.get("ids")));
        return tasks;
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
