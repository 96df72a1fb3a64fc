package vn.congtactreem.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.congtactreem.support.AppNode;
import vn.congtactreem.support.PostgresTestDatabase;

/**
 * The documented backup and restore (tools/backup/backup.sh and restore.sh, pg_dump -Fc and
 * pg_restore) on a running cycle: the demo cycle is built by a node, dumped while that node runs,
 * restored into a new database; a node started on the restored database continues the cycle
 * (the returned report is submitted and reaches the officer's inbox, the timers due after the clock
 * moves open the annual period and mark the units late).
 */
// Kept on the demo (not TestOrgs): what is dumped and restored is the demo cycle the node plays on its first start
// (app.demo.cycle=true), a running cycle with tasks and timers that the restored node must continue.
class BackupRestoreIntegrationTests {

    private static final Instant NOVEMBER = Instant.parse("2024-11-21T05:17:00Z");

    private AppNode node;

    @AfterEach
    void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void aDumpRestoredIntoAFreshDatabaseContinuesTheRunningCycle() throws Exception {
        String source = PostgresTestDatabase.freshDatabase("backup");
        node = AppNode.on("backup-source", source, "app.demo.cycle=true").start();
        node.awaitReady();
        ClusterProbe original = new ClusterProbe(source);
        long report = original.reportOf("Công an xã An Dương");
        assertThat(original.reportStatus(report)).isEqualTo("RETURNED");
        Map<String, Long> counts = counts(original);

        Path dump = Path.of("target", "backup", "cycle.dump").toAbsolutePath();
        Files.deleteIfExists(dump);
        long started = System.nanoTime();
        String backupOut = run(source, "tools/backup/backup.sh", dump.toString()); // while the node runs
        long dumpMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(backupOut).contains(dump.toString());
        assertThat(dump).isRegularFile();
        node.stop();

        String restoredName = PostgresTestDatabase.reserveName("restored");
        started = System.nanoTime();
        String restoreOut = run(source, "tools/backup/restore.sh", dump.toString(), restoredName);
        long restoreMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(restoreOut).contains("restored");
        String restoredUrl = PostgresTestDatabase.urlOf(restoredName);
        ClusterProbe restored = new ClusterProbe(restoredUrl);
        assertThat(counts(restored)).as("rows in the restored database").isEqualTo(counts);
        assertThat(run(source, "tools/backup/restore.sh", dump.toString(), restoredName, "--expect-failure"))
                .as("never over an existing database").contains("exists");

        node = AppNode.on("backup-restored", restoredUrl, "app.demo.cycle=true", "app.demo.clock-sync=PT1S").start();
        node.awaitReady();
        String reportId = "\"reportId\":" + report;
        assertThat(ClusterProbe.tasks(node, "congan.anduong")).anyMatch(task -> task.contains(reportId));
        ClusterProbe.Answer submitted = ClusterProbe.post(node, "congan.anduong", "/api/v1/reports/" + report + "/submit");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(ClusterProbe.tasks(node, "congan.anduong")).noneMatch(task -> task.contains(reportId));
        assertThat(ClusterProbe.tasks(node, "canbo.anduong")).anyMatch(task -> task.contains(reportId));

        long lastEvent = restored.count("select coalesce(max(id), 0) from cycle_event");
        restored.moveClockTo(NOVEMBER);
        ClusterProbe.await("the timers due in November fired on the restored database", Duration.ofSeconds(120),
                () -> restored.dueJobs() == 0 && restored.count("select count(*) from cycle_event where id > ?"
                        + " and action = 'PERIOD_OPENED'", lastEvent) > 0);
        List<Map<String, Object>> fired = restored.rows("select action, count(*) as n from cycle_event where id > ?"
                + " and action in ('PERIOD_OPENED', 'REPORT_OVERDUE') group by action order by action", lastEvent);
        assertThat(fired).extracting(row -> row.get("action")).contains("PERIOD_OPENED");
        System.out.printf("[backup] dump %d bytes in %d ms (node running), restore in %d ms; rows %s;"
                + " after restore: report %d submitted, timers fired %s%n",
                Files.size(dump), dumpMillis, restoreMillis, counts, report, fired);
    }

    private static Map<String, Long> counts(ClusterProbe db) {
        return Map.of(
                "plan", db.count("select count(*) from plan"),
                "unit_report", db.count("select count(*) from unit_report"),
                "cycle_event", db.count("select count(*) from cycle_event"),
                "notification", db.count("select count(*) from notification"),
                "act_ru_task", db.count("select count(*) from act_ru_task"),
                "act_ru_job", db.count("select count(*) from act_ru_job"));
    }

    /** Runs a script with the libpq variables of this run's server; the last argument --expect-failure flips the check. */
    private static String run(String jdbcUrl, String script, String... arguments) throws IOException, InterruptedException {
        boolean expectFailure = arguments.length > 0 && arguments[arguments.length - 1].equals("--expect-failure");
        List<String> command = new java.util.ArrayList<>(List.of("sh", script));
        command.addAll(List.of(arguments).subList(0, arguments.length - (expectFailure ? 1 : 0)));
        URI server = URI.create(jdbcUrl.substring("jdbc:".length()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGHOST", server.getHost());
        builder.environment().put("PGPORT", String.valueOf(server.getPort() < 0 ? 5432 : server.getPort()));
        builder.environment().put("PGUSER", PostgresTestDatabase.username());
        builder.environment().put("PGPASSWORD", PostgresTestDatabase.password());
        builder.environment().put("PGDATABASE", server.getPath().substring(1));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(script + " finished").isTrue();
        if (expectFailure) {
            assertThat(process.exitValue()).as(script + " should fail: " + output).isNotZero();
        } else {
            assertThat(process.exitValue()).as(script + ": " + output).isZero();
        }
        return output;
    }
}
