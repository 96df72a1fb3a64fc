package vn.congtactreem.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.congtactreem.support.AppNode;
import vn.congtactreem.support.PostgresTestDatabase;

/**
 * Two application nodes, each a JVM of its own on a loopback port, on one PostgreSQL database with
 * their job executors and mail pollers on, as the compose cluster runs them behind the proxy. The
 * demo cycle (An Dương 2024, built by node A on the first start) gives both real work. Shown: a task
 * completed through node A is gone from node B's inbox and the next task is there; after the shared
 * demo clock is moved half a year, the timers due fire once across both nodes (job log, timeline);
 * every mail of the outbox reaches the SMTP server once.
 */
// Kept on the demo (not TestOrgs): the nodes are JVMs of their own and their work is the demo cycle node A plays on
// its first start (app.demo.cycle=true, with its users' tasks, timers and mail), which is what this test shares out.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIntegrationTests {

    /**
     * Past the annual period's opening (1 Nov), its reminders (9 and 15 Nov) and its last day (16 Nov);
     * at an odd minute (12:17 Vietnam time), so that no timer falls due just after the move.
     */
    private static final Instant NOVEMBER = Instant.parse("2024-11-21T05:17:00Z");
    /** Timeline entries only the processes' timers write (opening a period, a unit late). */
    private static final List<String> TIMER_ACTIONS = List.of("PERIOD_OPENED", "REPORT_OVERDUE");

    private static GreenMail smtp;
    private static AppNode nodeA;
    private static AppNode nodeB;
    private static ClusterProbe db;
    private static long lastEventBeforeTheMove;

    @BeforeAll
    static void twoNodesOnOneDatabase() {
        String url = PostgresTestDatabase.freshDatabase("twonodes");
        db = new ClusterProbe(url);
        int smtpPort = AppNode.freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        String[] common = {"app.demo.cycle=true", "spring.mail.host=127.0.0.1", "spring.mail.port=" + smtpPort,
                "app.notifications.poll-delay=PT1S", "app.demo.clock-sync=PT1S",
                "app.base-url=https://ctte.example.vn"};
        // one after the other: the first start migrates the database and plays the demo cycle
        // assigned before waiting: a node that never gets ready is still stopped after the class
        nodeA = AppNode.on("node-a", url, common).start();
        nodeA.awaitReady();
        nodeB = AppNode.on("node-b", url, common).start();
        nodeB.awaitReady();
    }

    @AfterAll
    static void stopEverything() {
        for (AppNode node : Arrays.asList(nodeA, nodeB)) {
            if (node != null) {
                node.close();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    @Order(1)
    void aTaskCompletedOnOneNodeIsGoneOnTheOtherAndTheNextTaskIsThere() {
        long report = db.reportOf("Công an xã An Dương");
        assertThat(db.reportStatus(report)).isEqualTo("RETURNED");
        String reportId = "\"reportId\":" + report;
        assertThat(ClusterProbe.tasks(nodeB, "congan.anduong")).as("the correction waits on node B")
                .anyMatch(task -> task.contains(reportId));
        assertThat(ClusterProbe.tasks(nodeB, "canbo.anduong")).as("no review yet")
                .noneMatch(task -> task.contains(reportId));

        ClusterProbe.Answer submitted = ClusterProbe.post(nodeA, "congan.anduong", "/api/v1/reports/" + report + "/submit");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);

        assertThat(ClusterProbe.tasks(nodeB, "congan.anduong")).noneMatch(task -> task.contains(reportId));
        assertThat(ClusterProbe.tasks(nodeB, "canbo.anduong")).as("the officer's review, on node B")
                .anyMatch(task -> task.contains(reportId));
        assertThat(ClusterProbe.get(nodeB, "canbo.anduong", "/api/v1/reports/" + report).json().get("status").asText())
                .isEqualTo("SUBMITTED");
    }

    @Test
    @Order(2)
    void theSameAcceptanceOnBothNodesAtOnceHasOneWinnerAndOneClearRefusal() throws Exception {
        long report = db.reportOf("Công an xã An Dương");
        assertThat(db.reportStatus(report)).as("submitted by the first test").isEqualTo("SUBMITTED");
        String path = "/api/v1/reports/" + report + "/accept";
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<ClusterProbe.Answer>> sent = new ArrayList<>();
            for (AppNode node : List.of(nodeA, nodeB)) {
                sent.add(two.submit(() -> {
                    start.await();
                    return ClusterProbe.post(node, "canbo.anduong", path);
                }));
            }
            List<ClusterProbe.Answer> answers = new ArrayList<>();
            for (java.util.concurrent.Future<ClusterProbe.Answer> answer : sent) {
                answers.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(answers).extracting(ClusterProbe.Answer::status).as("%s", answers)
                    .containsExactlyInAnyOrder(200, 409);
            ClusterProbe.Answer loser = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
            assertThat(loser.body()).as("the loser is told why, in Vietnamese")
                    .contains("concurrency.error.alreadyReviewed").contains("Báo cáo");
            System.out.printf("[cluster] the same acceptance on both nodes: %s%n",
                    answers.stream().map(ClusterProbe.Answer::status).toList());
        } finally {
            two.shutdownNow();
        }
        assertThat(db.reportStatus(report)).isEqualTo("ACCEPTED");
        assertThat(db.count("select count(*) from cycle_event where unit_report_id = ? and action = 'REPORT_ACCEPTED'",
                report)).as("the acceptance on the timeline, once").isEqualTo(1);
    }

    @Test
    @Order(3)
    void timersDueFireOnceAcrossBothNodes() {
        lastEventBeforeTheMove = db.count("select coalesce(max(id), 0) from cycle_event");
        long jobsBefore = db.count("select count(*) from act_hi_job_log where job_state_ = 2");
        Instant moved = Instant.now();
        db.moveClockTo(NOVEMBER);
        ClusterProbe.awaitSteady("both nodes ran every due job and sent the mail", Duration.ofSeconds(150),
                () -> db.dueJobs() == 0 && db.mailOnItsWay() == 0
                        && db.count("select count(*) from act_ru_job where lock_owner_ is not null") == 0
                        ? db.count("select count(*) from act_hi_job_log") + "/" + db.count("select count(*) from notification")
                        : null);
        long seconds = Duration.between(moved, Instant.now()).toSeconds();

        List<Map<String, Object>> twice = db.rows("select job_id_, count(*) as runs from act_hi_job_log"
                + " where job_state_ = 2 group by job_id_ having count(*) > 1");
        assertThat(twice).as("jobs that succeeded more than once").isEmpty();
        List<Map<String, Object>> byNode = db.rows("select hostname_ as node, count(*) as jobs from act_hi_job_log"
                + " where job_state_ = 2 and job_def_type_ like 'timer%' group by hostname_ order by hostname_");
        long timersFired = byNode.stream().mapToLong(row -> ((Number) row.get("jobs")).longValue()).sum();
        assertThat(db.count("select count(*) from act_hi_job_log where job_state_ = 2") - jobsBefore)
                .as("jobs run after the move").isPositive();

        List<Map<String, Object>> events = db.rows("select action, plan_id, period_id, unit_report_id,"
                + " consolidated_report_id, coalesce(comment, '') as note from cycle_event where id > ?"
                + " and action in ('PERIOD_OPENED', 'REMINDER_SENT', 'REPORT_OVERDUE')", lastEventBeforeTheMove);
        Map<String, Long> perAction = events.stream()
                .collect(Collectors.groupingBy(row -> String.valueOf(row.get("action")), Collectors.counting()));
        assertThat(perAction).as("timer-driven timeline entries after the move").containsKeys(
                TIMER_ACTIONS.toArray(String[]::new));
        Map<List<Object>, Long> sameEntry = events.stream()
                .collect(Collectors.groupingBy(row -> new ArrayList<>(row.values()), Collectors.counting()));
        assertThat(sameEntry.values()).as("a timeline entry written twice").allMatch(n -> n == 1);
        System.out.printf("[cluster] clock moved to %s: settled in %d s; timer jobs run (all time) per node %s;"
                + " timeline entries after the move %s%n", NOVEMBER, seconds, byNode, perAction);
    }

    @Test
    @Order(4)
    void everyMailIsSentOnce() throws MessagingException {
        // the outbox has nothing left to send and the SMTP server holds as many mails as rows sent;
        // then each mail is compared with its row (a copy sent twice would show as a count of 2)
        ClusterProbe.awaitSteady("the SMTP server received what the outbox sent", Duration.ofSeconds(60),
                () -> db.mailOnItsWay() == 0 && db.dueJobs() == 0 ? smtp.getReceivedMessages().length + "/" + db.mailsSent() : null);
        MimeMessage[] received = smtp.getReceivedMessages();
        List<String> mails = new ArrayList<>();
        for (MimeMessage message : received) {
            // the subject is "[<application title>] <row title>"
            mails.add(message.getAllRecipients()[0] + " | " + message.getSubject().replaceFirst("^\\[[^]]*] ", ""));
        }
        // some rows legitimately share recipient and title (a plan sent to the leader twice): compare counts
        Map<String, Long> receivedCopies = mails.stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Map<String, Long> outboxRows = db.rows("select mail_to, title from notification where status = 'SENT'"
                        + " and digest_id is null and mail_to is not null").stream()
                .collect(Collectors.groupingBy(row -> row.get("mail_to") + " | " + row.get("title"), Collectors.counting()));
        assertThat(outboxRows).as("mails the outbox sent").isNotEmpty();
        Map<String, String> differences = new java.util.TreeMap<>();
        java.util.Set<String> keys = new java.util.HashSet<>(outboxRows.keySet());
        keys.addAll(receivedCopies.keySet());
        keys.stream().filter(key -> !java.util.Objects.equals(outboxRows.get(key), receivedCopies.get(key)))
                .forEach(key -> differences.put(key, "rows " + outboxRows.get(key) + ", received " + receivedCopies.get(key)));
        assertThat(differences).as("mails received not as often as the outbox holds them (once per row)").isEmpty();
        assertThat(db.count("select count(*) from notification where status in ('FAILED', 'SENDING')")).isZero();
        System.out.printf("[cluster] mails: outbox rows sent %d, SMTP received %d%n", db.mailsSent(), received.length);
    }
}
