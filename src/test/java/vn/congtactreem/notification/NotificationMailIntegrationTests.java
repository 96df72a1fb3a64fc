package vn.congtactreem.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
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
import vn.congtactreem.plan.UpperPlanForm;
import vn.congtactreem.reporting.ConsolidationService;
import vn.congtactreem.reporting.ReportEvents;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReportForm;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.DropTestDatabase;
import vn.congtactreem.support.PostgresTestDatabase;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestOrgs;

/**
 * Notifications by real SMTP (GreenMail) on PostgreSQL, driven through the services as a cycle
 * would run: who gets which mail, with which subject and link, exactly once; retries after an SMTP
 * outage; no second row for a re-delivered event; a claim lost with its node. The poller is off:
 * each test sends the due mail itself ({@link OutboxSender#sendDue}), like {@link ProcessJobs} runs jobs.
 * Its own Spring context (an SMTP host) on a database of its own with the demo data: the cycles it
 * leaves open never show in the other tests' inboxes, and theirs never mail here.
 */
@SpringBootTest(properties = {PostgresIntegrationTest.NO_JOB_EXECUTOR, PostgresIntegrationTest.NO_DEMO_CYCLE,
        "app.notifications.poll=false", "app.base-url=https://ctte.example.vn", "spring.mail.host=127.0.0.1"})
@ActiveProfiles("dev")
class NotificationMailIntegrationTests {

    private static final int SMTP_PORT = freePort();
    private static final ServerSetup SMTP = new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static final String PREFIX = "[Công tác trẻ em] ";

    @DynamicPropertySource
    static void ownDatabaseAndSmtp(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE);
        registry.add("spring.datasource.username", PostgresTestDatabase::username);
        registry.add("spring.datasource.password", PostgresTestDatabase::password);
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    private static final String DATABASE = PostgresTestDatabase.freshDatabase("notify");

    @Autowired PlanService plans;
    @Autowired ReportingService reporting;
    @Autowired ConsolidationService consolidation;
    @Autowired UserService users;
    @Autowired OrgService orgs;
    @Autowired ManagementService management;
    @Autowired OutboxSender sender;
    @Autowired NotificationStore store;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEventPublisher events;

    private GreenMail greenMail;
    private CycleFixture fixture;
    private TestOrgs test;
    /** This test's province, district and commune with their people ({@link TestOrgs#commune}). */
    private TestOrgs.Commune place;
    /** The addresses of the commune's police reporter, officer and leader, and the district's officer. */
    private String policeMail;
    private String officerMail;
    private String leaderMail;
    private String districtOfficerMail;
    /** The year of the test's own cycle: the earlier tests' processes mail too when the clock moves on. */
    private int year;

    @BeforeEach
    void startSmtpWithAnEmptyOutbox(@Autowired ConfigurableApplicationContext context) {
        DropTestDatabase.usedBy(context);
        fixture = new CycleFixture(plans, reporting, users, orgs, management);
        test = new TestOrgs(orgs, users);
        place = test.commune("thu");
        policeMail = mail(place.policeReporter());
        officerMail = mail(place.commune().officer());
        leaderMail = mail(place.commune().leader());
        districtOfficerMail = mail(place.district().officer());
        // the earlier tests' cycles are this database's: each test reads its own mail and rows
        jdbc.update("delete from notification");
        greenMail = new GreenMail(SMTP);
        greenMail.start();
    }

    @AfterEach
    void stopSmtp() {
        greenMail.stop();
        ProcessJobs.resetClock();
    }

    @Test
    void remindersGoToTheUnitAndTheEscalationAlsoToTheOfficerAndTheLeaderInTheirLanguage() {
        CycleFixture.OpenPeriod cycle = cycle(2031);
        List<Mail> opening = deliver();
        assertThat(opening).filteredOn(m -> m.subject().contains("đã ban hành"))
                .extracting(Mail::to).containsExactly(policeMail);

        at(2031, 5, 11, 8, 30);
        List<Mail> sevenDaysBefore = deliver();
        assertThat(sevenDaysBefore).extracting(Mail::to, Mail::subject).containsExactly(tuple(
                policeMail,
                PREFIX + "Nhắc hạn báo cáo 6 tháng 2031 — " + place.policeName() + " (hạn 18/05/2031, còn 7 ngày)"));
        Mail reminder = sevenDaysBefore.get(0);
        String link = "https://ctte.example.vn/reports/" + cycle.policeReportId();
        assertThat(reminder.text()).contains("Kính gửi Người dùng " + place.policeReporter() + ",").contains("chậm nhất ngày 18/05/2031")
                .contains(link);
        assertThat(reminder.html()).contains("href=\"" + link + "\"");
        assertThat(reminder.from()).contains("no-reply@congtactreem.local");

        at(2031, 5, 17, 8, 30);
        assertThat(deliver()).extracting(Mail::to, Mail::subject).containsExactly(tuple(
                policeMail,
                PREFIX + "Nhắc hạn báo cáo 6 tháng 2031 — " + place.policeName() + " (hạn 18/05/2031, còn 1 ngày)"));

        UserAccount leader = fixture.user(place.commune().leader());
        users.chooseLocale(leader.username(), Locale.ENGLISH);
        try {
            at(2031, 5, 19, 9, 0);
            assertThat(deliver()).extracting(Mail::to, Mail::subject).containsExactlyInAnyOrder(
                    tuple(policeMail,
                            PREFIX + "Quá hạn báo cáo 6 tháng 2031 — " + place.policeName() + " (hạn 18/05/2031)"),
                    // the officer and the leader: one summary of the period
                    tuple(officerMail, PREFIX + "1 đơn vị quá hạn báo cáo 6 tháng 2031"),
                    tuple(leaderMail,
                            "[Child Protection Work] 1 unit overdue with the 6 months 2031 report"),
                    // the cut-off has passed too: the consolidation waits for the officer
                    tuple(officerMail,
                            PREFIX + "Việc mới: Viết báo cáo tổng hợp — Kế hoạch thử năm 2031"));
        } finally {
            users.chooseLocale(leader.username(), Locale.forLanguageTag("vi"));
        }
        // one mail per person, and nothing left to send
        assertThat(deliver()).isEmpty();
    }

    @Test
    void overdueReportsReachTheOfficerAndTheLeaderAsOneSummaryNamingTheUnitWithoutUsers() {
        year = 2039;
        long women = test.agency(place.commune().id(), "Hội Liên hiệp Phụ nữ xã", "WOMEN_UNION");
        fixture.periodOpenFor(place, year, List.of(), women);
        deliver();
        jdbc.update("delete from notification");

        at(2039, 5, 19, 9, 0);
        // (the clock jumped over the police's reminders: they go out late, as the demo clock says)
        List<Mail> mails = deliver().stream().filter(m -> !m.subject().contains("Nhắc hạn")).toList();
        assertThat(mails).extracting(Mail::to, Mail::subject).containsExactlyInAnyOrder(
                tuple(policeMail,
                        PREFIX + "Quá hạn báo cáo 6 tháng 2039 — " + place.policeName() + " (hạn 18/05/2039)"),
                tuple(officerMail, PREFIX + "2 đơn vị quá hạn báo cáo 6 tháng 2039"),
                tuple(leaderMail, PREFIX + "2 đơn vị quá hạn báo cáo 6 tháng 2039"),
                tuple(officerMail, PREFIX + "Việc mới: Viết báo cáo tổng hợp — Kế hoạch thử năm 2039"));
        Mail summary = mails.stream().filter(m -> m.subject().contains("2 đơn vị quá hạn")).findFirst().orElseThrow();
        assertThat(summary.text()).contains("- " + place.policeName())
                .contains("- Hội Liên hiệp Phụ nữ xã " + test.suffix() + " (chưa có người dùng trong hệ thống");
        // rows: the police's own, one summary each for the officer and the leader, nothing for the women's union
        assertThat(jdbc.queryForList("select kind from notification where kind in ('REPORT_OVERDUE', 'OVERDUE_SUMMARY')"
                + " order by kind", String.class))
                .containsExactly("OVERDUE_SUMMARY", "OVERDUE_SUMMARY", "REPORT_OVERDUE");
        // the clock moves on: the period's summary is not written again
        at(2039, 5, 26, 9, 0);
        assertThat(deliver()).filteredOn(m -> m.subject().contains("quá hạn")).isEmpty();
    }

    @Test
    void aReturnedReportTellsTheUnitWithTheCommentAndEachSubmissionTellsTheOfficer() {
        CycleFixture.OpenPeriod cycle = cycle(2032);
        UserAccount police = fixture.user(place.policeReporter());
        UserAccount officer = fixture.user(place.commune().officer());
        reporting.acknowledge(police, cycle.policeReportId());
        ProcessJobs.runDue(management);
        deliver();

        at(2032, 5, 6, 10, 0);
        reporting.submit(police, cycle.policeReportId(), new UnitReportForm("Tổ chức 03 buổi tuyên truyền.", "", ""));
        ProcessJobs.runDue(management);
        String link = "https://ctte.example.vn/reports/" + cycle.policeReportId();
        List<Mail> submitted = deliver();
        assertThat(submitted).extracting(Mail::to, Mail::subject).containsExactly(tuple(
                officerMail,
                PREFIX + "Việc mới: Xem xét báo cáo của đơn vị — Kế hoạch thử năm 2032"));
        assertThat(submitted.get(0).text()).contains(link);

        reporting.returnForChanges(officer, cycle.policeReportId(), "Bổ sung số vụ việc được phát hiện, xử lý.");
        ProcessJobs.runDue(management); // the report is open again: its task is announced by the return only
        List<Mail> returned = deliver();
        assertThat(returned).extracting(Mail::to, Mail::subject).containsExactly(tuple(
                policeMail,
                PREFIX + "Báo cáo 6 tháng 2032 của " + place.policeName() + " bị trả lại"));
        assertThat(returned.get(0).text()).contains("Ý kiến: Bổ sung số vụ việc được phát hiện, xử lý.").contains(link);

        reporting.submit(police, cycle.policeReportId(), new UnitReportForm("Không phát sinh vụ việc mới.", "", ""));
        ProcessJobs.runDue(management);
        assertThat(deliver()).extracting(Mail::to, Mail::subject).containsExactly(tuple(
                officerMail,
                PREFIX + "Việc mới: Xem xét báo cáo của đơn vị — Kế hoạch thử năm 2032"));
    }

    @Test
    void aReturnedDraftGoesToTheOfficersAndTheResubmittedOneToTheLeader() {
        year = 2033;
        ProcessJobs.setClock(LocalDateTime.of(2033, 3, 1, 9, 0).atZone(Deadlines.VIETNAM).toInstant());
        UserAccount officer = fixture.user(place.commune().officer());
        UserAccount leader = fixture.user(place.commune().leader());
        long planId = plans.startCycle(officer, place.commune().id(), "Kế hoạch thử năm 2033", 2033, 2033).id();
        plans.registerUpperPlan(officer, planId, new UpperPlanForm("9/KH-UBND", LocalDate.of(2033, 2, 1),
                "UBND " + place.district().name(), "Kế hoạch năm 2033", null, List.of(new PeriodForm(2033, PeriodKind.SIX_MONTHS,
                LocalDate.of(2032, 12, 15), LocalDate.of(2033, 6, 14), LocalDate.of(2033, 5, 1),
                LocalDate.of(2033, 5, 18), LocalDate.of(2033, 5, 24), "7,1"))));
        plans.saveDraft(officer, planId, new PlanDraft("Kế hoạch thử năm 2033", "Bảo vệ trẻ em.", null, null, null,
                null, null, "Lục Xuân Đức", "PHÓ CHỦ TỊCH", null,
                List.of(new AssignmentForm(place.police(), "Phòng, chống xâm hại trẻ em")),
                List.of(new ActivityForm("Tuyên truyền", "Tọa đàm tại các thôn.", List.of(2, 3), null, null,
                        place.police(), List.of()))));
        plans.submitForApproval(officer, planId);
        assertThat(deliver()).extracting(Mail::to, Mail::subject).contains(tuple(
                leaderMail, PREFIX + "Việc mới: Lãnh đạo xem xét dự thảo — Kế hoạch thử năm 2033"));

        plans.returnForChanges(leader, planId, "Bổ sung nhiệm vụ phòng, chống đuối nước.");
        List<Mail> returned = deliver();
        assertThat(returned).extracting(Mail::to, Mail::subject).containsExactly(tuple(
                officerMail,
                PREFIX + "Lãnh đạo trả lại dự thảo kế hoạch — Kế hoạch thử năm 2033"));
        assertThat(returned.get(0).text()).contains("Bổ sung nhiệm vụ phòng, chống đuối nước.")
                .contains("https://ctte.example.vn/plans/" + planId + "/draft");

        plans.submitForApproval(officer, planId);
        assertThat(deliver()).extracting(Mail::to, Mail::subject).containsExactly(tuple(
                leaderMail, PREFIX + "Việc mới: Lãnh đạo xem xét dự thảo — Kế hoạch thử năm 2033"));
    }

    @Test
    void theApprovedConsolidatedReportIsAnnouncedToTheOfficersAbove() {
        CycleFixture.OpenPeriod cycle = cycle(2034);
        UserAccount police = fixture.user(place.policeReporter());
        UserAccount officer = fixture.user(place.commune().officer());
        reporting.acknowledge(police, cycle.policeReportId());
        at(2034, 5, 6, 10, 0);
        reporting.submit(police, cycle.policeReportId(), new UnitReportForm("Tổ chức 03 buổi tuyên truyền.", "", ""));
        reporting.accept(officer, cycle.policeReportId());
        ProcessJobs.runDue(management); // every report accepted: the consolidation starts
        long consolidatedId = consolidation.ofPeriod(cycle.periodId(), place.commune().id()).orElseThrow().id();
        consolidation.submitForApproval(officer, consolidatedId, "Báo cáo 6 tháng năm 2034 của " + place.commune().name() + ".");
        deliver();

        consolidation.approve(fixture.user(place.commune().leader()), consolidatedId);
        ProcessJobs.runDue(management);
        List<Mail> upward = deliver();
        assertThat(upward).extracting(Mail::to, Mail::subject).containsExactly(tuple(
                districtOfficerMail, PREFIX + "Báo cáo tổng hợp 6 tháng 2034 của " + place.commune().name() + " đã gửi lên"));
        assertThat(upward.get(0).text()).contains("https://ctte.example.vn/consolidated-reports/" + consolidatedId);
    }

    @Test
    void aMailThatFailsIsTriedAgainLaterAndSentOnceTheServerIsBack() {
        CycleFixture.OpenPeriod cycle = cycle(2035);
        deliver();
        at(2035, 5, 11, 8, 30);
        greenMail.stop();

        Instant now = Instant.now();
        sender.sendDue(now);
        Notification waiting = reminderOf(cycle.policeReportId());
        assertThat(waiting.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(waiting.attempts()).isOne();
        assertThat(waiting.lastError()).isNotBlank();
        assertThat(waiting.nextAttemptAt()).isAfter(now.plusSeconds(59));
        sender.sendDue(now.plusSeconds(30));
        assertThat(reminderOf(cycle.policeReportId()).attempts()).as("not due yet: not tried").isOne();

        greenMail = new GreenMail(SMTP);
        greenMail.start();
        sender.sendDue(now.plus(Duration.ofMinutes(2)));
        Notification sent = reminderOf(cycle.policeReportId());
        assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.lastError()).isNull();
        assertThat(received()).extracting(Mail::subject)
                .containsExactly(PREFIX + "Nhắc hạn báo cáo 6 tháng 2035 — " + place.policeName() + " (hạn 18/05/2035, còn 7 ngày)");
    }

    @Test
    void anEventDeliveredTwiceWritesOneRowAndSendsOneMail() {
        CycleFixture.OpenPeriod cycle = cycle(2036);
        deliver();
        at(2036, 5, 11, 8, 30);
        assertThat(deliver()).hasSize(1);
        // the same reminder once more, as after a job retried or a node restarted between write and send
        transactions.executeWithoutResult(tx -> events.publishEvent(remindersDue(cycle)));
        assertThat(rowsOf(NotificationKind.REMINDER_DUE, cycle.policeReportId())).isOne();
        assertThat(deliver()).isEmpty();
    }

    @Test
    void rowsAreWrittenInTheEventsTransactionAndGoWithItsRollback() {
        CycleFixture.OpenPeriod cycle = cycle(2037);
        jdbc.update("delete from notification");
        ReportEvents.RemindersDue event = remindersDue(cycle);
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(event);
            assertThat(rowsOf(NotificationKind.REMINDER_DUE, cycle.policeReportId())).as("inside the transaction").isOne();
            tx.setRollbackOnly();
        });
        assertThat(rowsOf(NotificationKind.REMINDER_DUE, cycle.policeReportId())).as("rolled back with it").isZero();
        assertThatThrownBy(() -> events.publishEvent(event)).as("no transaction: refused, not lost silently")
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(rowsOf(NotificationKind.REMINDER_DUE, cycle.policeReportId())).isZero();
    }

    @Test
    void aClaimWhoseNodeDiedIsSentByAnotherAfterTheClaimTimeout() {
        CycleFixture.OpenPeriod cycle = cycle(2038);
        deliver();
        at(2038, 5, 11, 8, 30);
        long id = reminderOf(cycle.policeReportId()).id();
        Instant now = Instant.now();
        // node A claims the row, then dies before sending or marking it
        assertThat(jdbc.update("update notification set status = 'SENDING', claimed_at = ?, attempts = attempts + 1"
                + " where id = ? and status = 'PENDING'", java.sql.Timestamp.from(now), id)).isOne();
        sender.sendDue(now.plusSeconds(60));
        assertThat(reminderOf(cycle.policeReportId()).status()).as("node B leaves a fresh claim alone")
                .isEqualTo(NotificationStatus.SENDING);
        assertThat(received()).isEmpty();
        sender.sendDue(now.plus(Duration.ofMinutes(11)));
        Notification sent = reminderOf(cycle.policeReportId());
        assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(received()).hasSize(1);
    }

    // ---------------------------------------------------------------- helpers

    private CycleFixture.OpenPeriod cycle(int cycleYear) {
        year = cycleYear;
        return fixture.periodOpenFor(place, cycleYear);
    }

    /** A fixture user's address ({@link TestOrgs#user}). */
    private static String mail(String username) {
        return username + "@congtactreem.local";
    }

    private void at(int year, int month, int day, int hour, int minute) {
        ProcessJobs.setClock(LocalDateTime.of(year, month, day, hour, minute).atZone(Deadlines.VIETNAM).toInstant());
        ProcessJobs.runDue(management);
    }

    /** Sends what is due now and answers the mails the SMTP server received, emptying it. */
    private List<Mail> deliver() {
        sender.sendDue(Instant.now());
        List<Mail> mails = received();
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
        return mails;
    }

    /** The mails about this test's cycle (every one names its plan, "Kế hoạch thử năm <year>"). */
    private List<Mail> received() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(Mail::of)
                .filter(mail -> mail.text().contains("Kế hoạch thử năm " + year)).toList();
    }

    private Notification reminderOf(long reportId) {
        long id = jdbc.queryForObject("select id from notification where kind = 'REMINDER_DUE' and subject_id = ?",
                Long.class, String.valueOf(reportId));
        return store.get(id);
    }

    /** The period's reminder event as its reminder job publishes it, the police's report awaited. */
    private ReportEvents.RemindersDue remindersDue(CycleFixture.OpenPeriod cycle) {
        return new ReportEvents.RemindersDue(cycle.periodId(), List.of(new ReportEvents.RemindersDue.Awaited(
                cycle.policeReportId(), place.police(), place.policeName())));
    }

    private long rowsOf(NotificationKind kind, long subjectId) {
        return jdbc.queryForObject("select count(*) from notification where kind = ? and subject_id = ?", Long.class,
                kind.name(), String.valueOf(subjectId));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A received mail: recipient, sender, subject, plain text and HTML parts. */
    record Mail(String to, String from, String subject, String text, String html) {

        static Mail of(MimeMessage message) {
            try {
                List<String> texts = new ArrayList<>();
                List<String> htmls = new ArrayList<>();
                collect(message, texts, htmls);
                return new Mail(message.getRecipients(Message.RecipientType.TO)[0].toString(),
                        message.getFrom()[0].toString(), message.getSubject(), String.join("\n", texts),
                        String.join("\n", htmls));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private static void collect(Part part, List<String> texts, List<String> htmls) throws Exception {
            if (part.isMimeType("text/plain")) {
                texts.add((String) part.getContent());
            } else if (part.isMimeType("text/html")) {
                htmls.add((String) part.getContent());
            } else if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child, texts, htmls);
                }
            }
        }
    }
}
