package vn.congtactreem.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.congtactreem.notification.NotificationMailIntegrationTests.Mail;
import vn.congtactreem.notification.internal.DigestStore;
import vn.congtactreem.notification.internal.NotificationStore;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.ActivityForm;
import vn.congtactreem.plan.AssignmentForm;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PeriodForm;
import vn.congtactreem.plan.PeriodKind;
import vn.congtactreem.plan.PlanDraft;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.PlanSummary;
import vn.congtactreem.plan.UpperPlanForm;
import vn.congtactreem.reporting.ConsolidationService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReportForm;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.DropTestDatabase;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.PostgresTestDatabase;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestOrgs;

/**
 * Each user's notification settings and the daily digest by real SMTP (GreenMail) on PostgreSQL:
 * mail turned off leaves the bell's row only; the digest holds the mail back and sends ONE mail per
 * user and day grouping the rows by kind with their links, never twice (a second run, two nodes at
 * once); and the sub-area's events (its consolidated report to the district running the system, the
 * district's answer to the commune). Own database and SMTP port: no other class mails here.
 */
@SpringBootTest(properties = {PostgresIntegrationTest.NO_JOB_EXECUTOR, PostgresIntegrationTest.NO_DEMO_CYCLE,
        "app.notifications.poll=false", "app.base-url=https://ctte.example.vn", "spring.mail.host=127.0.0.1"})
@ActiveProfiles("dev")
class NotificationPreferencesIntegrationTests {

    private static final int SMTP_PORT = freePort();
    private static final ServerSetup SMTP = new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static final String PREFIX = "[Công tác trẻ em] ";
    private static final String DATABASE = PostgresTestDatabase.freshDatabase("prefs");

    @DynamicPropertySource
    static void ownDatabaseAndSmtp(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE);
        registry.add("spring.datasource.username", PostgresTestDatabase::username);
        registry.add("spring.datasource.password", PostgresTestDatabase::password);
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired PlanService plans;
    @Autowired ReportingService reporting;
    @Autowired ConsolidationService consolidation;
    @Autowired UserService users;
    @Autowired OrgService orgs;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired OutboxSender sender;
    @Autowired DailyDigest digest;
    @Autowired Outbox outbox;
    @Autowired NotificationPreferences preferences;
    @Autowired NotificationStore store;
    @Autowired DigestStore digests;
    @Autowired JdbcTemplate jdbc;

    private GreenMail greenMail;
    private CycleFixture fixture;
    /** This test's province, district and commune with their people ({@link TestOrgs#commune}). */
    private TestOrgs.Commune place;
    /** The address of the commune's police reporter. */
    private String policeMail;

    @BeforeEach
    void startSmtpWithAnEmptyOutboxAndDefaultSettings(@Autowired ConfigurableApplicationContext context) {
        DropTestDatabase.usedBy(context);
        fixture = new CycleFixture(plans, reporting, users, orgs, management);
        place = new TestOrgs(orgs, users).commune("caidat");
        policeMail = mail(place.policeReporter());
        jdbc.update("delete from notification where digest_id is not null");
        jdbc.update("delete from notification");
        jdbc.update("delete from notification_preference");
        greenMail = new GreenMail(SMTP);
        greenMail.start();
    }

    @AfterEach
    void stopSmtpAndEndTheCycles() {
        greenMail.stop();
        // this database is the class's own: nothing a test started goes on mailing in the next one
        List<String> running = runtime.createProcessInstanceQuery().list().stream().map(ProcessInstance::getId)
                .toList();
        if (!running.isEmpty()) {
            runtime.deleteProcessInstancesIfExists(running, "test clean-up", true, true, true);
        }
        ProcessJobs.resetClock();
    }

    @Test
    void mailTurnedOffForRemindersLeavesTheBellsRowAndSendsNothing() {
        UserAccount police = fixture.user(place.policeReporter());
        preferences.choose(police, new Preference(NotificationKind.REMINDER_DUE, false, Delivery.IMMEDIATE));
        CycleFixture.OpenPeriod cycle = fixture.periodOpenFor(place, 2051);
        deliver();
        long unreadBefore = outbox.unreadCount(police);

        at(2051, 5, 11, 8, 30);
        assertThat(deliver()).as("no reminder mail").isEmpty();
        Notification reminder = only(NotificationKind.REMINDER_DUE, police.id());
        assertThat(reminder.status()).isEqualTo(NotificationStatus.IN_APP);
        assertThat(reminder.mailTo()).isNull();
        assertThat(reminder.link()).isEqualTo("reports/" + cycle.policeReportId());
        assertThat(outbox.unreadCount(police)).isEqualTo(unreadBefore + 1);
        assertThat(outbox.of(police, 20)).extracting(Notification::title)
                .contains("Nhắc hạn báo cáo 6 tháng 2051 — " + place.policeName() + " (hạn 18/05/2051, còn 7 ngày)");

        // the other kinds still mail at once: the escalation
        at(2051, 5, 19, 9, 0);
        assertThat(deliver()).filteredOn(m -> m.to().equals(policeMail)).extracting(Mail::subject)
                .containsExactly(PREFIX + "Quá hạn báo cáo 6 tháng 2051 — " + place.policeName() + " (hạn 18/05/2051)");
    }

    @Test
    void theDigestHoldsTheMailAndSendsOneMailGroupingTheDaysNotificationsByKindOnce() {
        UserAccount police = fixture.user(place.policeReporter());
        for (NotificationKind kind : List.of(NotificationKind.PLAN_ISSUED, NotificationKind.TASK_ASSIGNED,
                NotificationKind.REMINDER_DUE)) {
            preferences.choose(police, new Preference(kind, true, Delivery.DAILY_DIGEST));
        }
        CycleFixture.OpenPeriod cycle = fixture.periodOpenFor(place, 2052);
        at(2052, 5, 11, 8, 30);
        assertThat(deliver()).as("nothing at once for the police").noneMatch(m -> m.to().equals(policeMail));
        List<Notification> waiting = digests.digestRowsOf(police.id());
        assertThat(waiting).extracting(Notification::kind).contains(NotificationKind.PLAN_ISSUED,
                NotificationKind.TASK_ASSIGNED, NotificationKind.REMINDER_DUE);
        assertThat(waiting).allSatisfy(row -> assertThat(row.status()).isEqualTo(NotificationStatus.DIGEST));
        assertThat(outbox.of(police, 20)).as("the bell shows them meanwhile").extracting(Notification::id)
                .containsAll(waiting.stream().map(Notification::id).toList());

        assertThat(digest.writeDue(local(2052, 5, 12, 6, 59))).as("before 07:00").isZero();
        assertThat(deliver()).isEmpty();
        assertThat(digest.writeDue(local(2052, 5, 12, 7, 0))).isOne();
        List<Mail> mails = deliver();
        assertThat(mails).extracting(Mail::to, Mail::subject).containsExactly(tuple(policeMail,
                PREFIX + "Tổng hợp thông báo ngày 12/05/2052 (" + waiting.size() + " thông báo)"));
        Mail mail = mails.get(0);
        assertThat(mail.text()).contains("Kính gửi Người dùng " + place.policeReporter() + ",").contains("Kế hoạch ban hành (1)")
                .contains("Nhắc hạn báo cáo (1)").contains("Việc mới (" + count(waiting, NotificationKind.TASK_ASSIGNED) + ")")
                .contains("Nhắc hạn báo cáo 6 tháng 2052 — " + place.policeName() + " (hạn 18/05/2052, còn 7 ngày): "
                        + "https://ctte.example.vn/reports/" + cycle.policeReportId())
                .contains("https://ctte.example.vn/plans/" + cycle.planId());
        for (Notification row : waiting) {
            assertThat(mail.html()).contains("href=\"https://ctte.example.vn/" + row.link() + "\"");
        }
        // the kinds in their order, each heading once
        assertThat(mail.text().indexOf("Việc mới (")).isLessThan(mail.text().indexOf("Nhắc hạn báo cáo ("));
        assertThat(mail.text().indexOf("Nhắc hạn báo cáo (")).isLessThan(mail.text().indexOf("Kế hoạch ban hành ("));
        assertThat(waiting).allSatisfy(row -> assertThat(store.get(row.id()).status())
                .isEqualTo(NotificationStatus.SENT));
        assertThat(outbox.of(police, 20)).as("the digest is no notification of its own")
                .noneMatch(n -> n.kind() == NotificationKind.DAILY_DIGEST);

        assertThat(digest.writeDue(local(2052, 5, 12, 9, 0))).as("the day's digest is written").isZero();
        assertThat(deliver()).isEmpty();

        // the second reminder waits for the next morning's digest
        at(2052, 5, 17, 8, 30);
        assertThat(deliver()).noneMatch(m -> m.to().equals(policeMail));
        assertThat(digest.writeDue(local(2052, 5, 18, 7, 5))).isOne();
        assertThat(deliver()).extracting(Mail::to, Mail::subject).containsExactly(tuple(policeMail,
                PREFIX + "Tổng hợp thông báo ngày 18/05/2052 (1 thông báo)"));
    }

    @Test
    void twoNodesWritingTheSameDigestAtOnceSendItOnce() throws Exception {
        UserAccount police = fixture.user(place.policeReporter());
        preferences.choose(police, new Preference(NotificationKind.REMINDER_DUE, true, Delivery.DAILY_DIGEST));
        fixture.periodOpenFor(place, 2053);
        at(2053, 5, 11, 8, 30);
        deliver();
        assertThat(digests.digestRowsOf(police.id())).hasSize(1);

        Instant morning = local(2053, 5, 12, 7, 0);
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> nodes = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            nodes.add(CompletableFuture.supplyAsync(() -> {
                await(together);
                return digest.writeDue(morning);
            }));
        }
        int written = nodes.stream().mapToInt(CompletableFuture::join).sum();
        assertThat(written).isOne();
        assertThat(jdbc.queryForObject("select count(*) from notification where kind = 'DAILY_DIGEST'"
                + " and recipient_id = ?", Long.class, police.id())).isOne();
        assertThat(deliver()).extracting(Mail::to, Mail::subject).containsExactly(tuple(policeMail,
                PREFIX + "Tổng hợp thông báo ngày 12/05/2053 (1 thông báo)"));
        assertThat(deliver()).isEmpty();
    }

    @Test
    void aDigestForAnEnglishSpeakerIsInEnglish() {
        UserAccount police = fixture.user(place.policeReporter());
        preferences.choose(police, new Preference(NotificationKind.REMINDER_DUE, true, Delivery.DAILY_DIGEST));
        users.chooseLocale(police.username(), Locale.ENGLISH);
        try {
            fixture.periodOpenFor(place, 2054);
            at(2054, 5, 11, 8, 30);
            deliver();
            digest.writeDue(local(2054, 5, 12, 7, 30));
            assertThat(deliver()).extracting(Mail::to, Mail::subject).containsExactly(tuple(policeMail,
                    "[Child Protection Work] Notifications digest of 12/05/2054 (1 notifications)"));
        } finally {
            users.chooseLocale(police.username(), Locale.forLanguageTag("vi"));
        }
    }

    @Test
    void aCommunesConsolidatedReportGoesToTheDistrictRunningTheSystemAndItsAnswerBackToTheCommune() {
        ProcessJobs.setClock(local(2055, 3, 1, 9, 0));
        UserAccount districtOfficer = fixture.user(place.district().officer());
        UserAccount districtLeader = fixture.user(place.district().leader());
        UserAccount officer = fixture.user(place.commune().officer());
        UserAccount leader = fixture.user(place.commune().leader());
        UserAccount police = fixture.user(place.policeReporter());
        long districtId = place.district().id();
        long communeId = place.commune().id();
        long districtPlan = plans.startCycle(districtOfficer, districtId, "Kế hoạch huyện năm 2055", 2055, 2055).id();
        plans.registerUpperPlan(districtOfficer, districtPlan, new UpperPlanForm("3/KH-UBND", LocalDate.of(2055, 2, 1),
                "UBND " + place.province().name(), "Kế hoạch tỉnh năm 2055", null, List.of(new PeriodForm(2055,
                PeriodKind.SIX_MONTHS, LocalDate.of(2054, 12, 15), LocalDate.of(2055, 6, 14), LocalDate.of(2055, 5, 1),
                LocalDate.of(2055, 5, 20), LocalDate.of(2055, 5, 25), "7,1"))));
        plans.saveDraft(districtOfficer, districtPlan, draft("Kế hoạch huyện năm 2055", communeId));
        plans.submitForApproval(districtOfficer, districtPlan);
        plans.approve(districtLeader, districtPlan);
        ProcessJobs.runDue(management);

        // the commune runs its own cycle from the district's plan
        long communePlan = plans.visiblePlans(officer).stream()
                .filter(p -> p.upperPlanId() != null && p.upperPlanId() == districtPlan).map(PlanSummary::id)
                .findFirst().orElseThrow();
        plans.saveDraft(officer, communePlan, draft("Kế hoạch xã năm 2055", place.police()));
        plans.submitForApproval(officer, communePlan);
        plans.approve(leader, communePlan);
        ProcessJobs.runDue(management);
        at(2055, 5, 2, 9, 0);
        long communePeriod = plans.load(communePlan).periods().get(0).id();
        long districtPeriod = plans.load(districtPlan).periods().get(0).id();
        long policeReport = reporting.reportOf(communePeriod, place.police()).orElseThrow().id();
        reporting.acknowledge(police, policeReport);
        reporting.submit(police, policeReport, new UnitReportForm("Tổ chức 02 buổi tuyên truyền.", "", ""));
        reporting.accept(officer, policeReport);
        ProcessJobs.runDue(management);
        long communeReport = consolidation.ofPeriod(communePeriod, communeId).orElseThrow().id();
        consolidation.submitForApproval(officer, communeReport, "Báo cáo 6 tháng năm 2055 của " + place.commune().name() + ".");
        deliver();

        consolidation.approve(leader, communeReport);
        ProcessJobs.runDue(management);
        long upperReport = reporting.reportOf(districtPeriod, communeId).orElseThrow().id();
        List<Mail> upward = deliver();
        assertThat(upward).extracting(Mail::to, Mail::subject).containsExactlyInAnyOrder(
                tuple(mail(place.district().officer()),
                        PREFIX + "Báo cáo tổng hợp 6 tháng 2055 của " + place.commune().name() + " đã gửi lên"),
                tuple(mail(place.district().officer()),
                        PREFIX + "Việc mới: Xem xét báo cáo của đơn vị — Kế hoạch huyện năm 2055"));
        assertThat(upward).filteredOn(m -> m.subject().contains("đã gửi lên")).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("https://ctte.example.vn/reports/" + upperReport));

        reporting.returnForChanges(districtOfficer, upperReport, "Bổ sung số trẻ em có hoàn cảnh đặc biệt.");
        ProcessJobs.runDue(management);
        List<Mail> returned = deliver();
        assertThat(returned).filteredOn(m -> m.subject().contains("Cấp trên")).extracting(Mail::to, Mail::subject)
                .containsExactly(tuple(mail(place.commune().officer()),
                        PREFIX + "Cấp trên trả lại báo cáo tổng hợp 6 tháng 2055 — " + place.commune().name()));
        assertThat(returned).filteredOn(m -> m.subject().contains("Cấp trên")).singleElement().satisfies(m ->
                assertThat(m.text()).contains("Ý kiến: Bổ sung số trẻ em có hoàn cảnh đặc biệt.")
                        .contains("https://ctte.example.vn/consolidated-reports/" + communeReport));
        assertThat(returned).as("the district's own people are not told of their own return")
                .noneMatch(m -> m.to().startsWith(place.district().officer()) || m.to().startsWith(place.district().leader()));

        consolidation.submitForApproval(officer, communeReport, "Báo cáo 6 tháng năm 2055, đã bổ sung.");
        consolidation.approve(leader, communeReport);
        ProcessJobs.runDue(management);
        deliver();
        reporting.accept(districtOfficer, upperReport);
        ProcessJobs.runDue(management);
        assertThat(deliver()).filteredOn(m -> m.subject().contains("Cấp trên")).extracting(Mail::to, Mail::subject)
                .containsExactly(tuple(mail(place.commune().officer()),
                        PREFIX + "Cấp trên chấp nhận báo cáo tổng hợp 6 tháng 2055 — " + place.commune().name()));
    }

    // ---------------------------------------------------------------- helpers

    /** A fixture user's address ({@link TestOrgs#user}). */
    private static String mail(String username) {
        return username + "@congtactreem.local";
    }

    private static PlanDraft draft(String title, long unit) {
        return new PlanDraft(title, "Bảo vệ trẻ em.", null, null, null, null, null, "Lục Xuân Đức", "PHÓ CHỦ TỊCH",
                null, List.of(new AssignmentForm(unit, "Triển khai các nhiệm vụ được giao")),
                List.of(new ActivityForm("Tuyên truyền", "Tọa đàm.", List.of(2, 3), null, null, unit, List.of())));
    }

    private void at(int year, int month, int day, int hour, int minute) {
        ProcessJobs.setClock(local(year, month, day, hour, minute));
        ProcessJobs.runDue(management);
    }

    private static Instant local(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(Deadlines.VIETNAM).toInstant();
    }

    /** Sends what is due now and answers the mails the SMTP server received, emptying it. */
    private List<Mail> deliver() {
        sender.sendDue(Instant.now());
        List<Mail> mails = Arrays.stream(greenMail.getReceivedMessages()).map(Mail::of).toList();
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
        return mails;
    }

    private Notification only(NotificationKind kind, long recipientId) {
        long id = jdbc.queryForObject("select id from notification where kind = ? and recipient_id = ?", Long.class,
                kind.name(), recipientId);
        return store.get(id);
    }

    private static long count(List<Notification> rows, NotificationKind kind) {
        return rows.stream().filter(row -> row.kind() == kind).count();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
