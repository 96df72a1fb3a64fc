package vn.congtactreem.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.notification.Delivery;
import vn.congtactreem.notification.Notification;
import vn.congtactreem.notification.NotificationKind;
import vn.congtactreem.notification.NotificationPreferences;
import vn.congtactreem.notification.Preference;
import vn.congtactreem.notification.internal.NotificationStore;
import vn.congtactreem.notification.NotificationStatus;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.KaribuUiTest;
import vn.congtactreem.support.ProcessJobs;

/** "Hộp thư đi" in the default run's situation: no SMTP server, so mail is kept, visibly. */
class OutboxViewTests extends KaribuUiTest {

    @Autowired PlanService plans;
    @Autowired ReportingService reporting;
    @Autowired UserService users;
    @Autowired OrgService orgs;
    @Autowired ManagementService management;
    @Autowired JdbcTemplate jdbc;
    @Autowired NotificationPreferences preferences;
    @Autowired NotificationStore store;

    @AfterEach
    void realTime() {
        ProcessJobs.resetClock();
    }

    @Test
    void theAdministratorSeesMailKeptWithoutSmtpAndSendsAFailedOneAgain() {
        new CycleFixture(plans, reporting, users, orgs, management).periodOpenFor(testOrgs().commune("hopthu"), 2041);
        long failed = jdbc.queryForObject("select max(id) from notification where status = 'PENDING'", Long.class);
        jdbc.update("update notification set status = 'FAILED', attempts = 8, last_error = 'MailSendException: 550'"
                + " where id = ?", failed);

        login(testOrgs().admin());
        UI.getCurrent().navigate(OutboxView.class);
        OutboxView view = _get(OutboxView.class);
        assertThat(_find(Span.class)).extracting(Span::getText)
                .contains("Chưa cấu hình máy chủ thư (spring.mail.host): thư được giữ trong hộp thư đi và sẽ được gửi"
                        + " khi có máy chủ.");
        List<Notification> all = rows(view);
        assertThat(all).extracting(Notification::status).contains(NotificationStatus.PENDING, NotificationStatus.FAILED);
        Notification pending = all.stream().filter(n -> n.status() == NotificationStatus.PENDING).findFirst()
                .orElseThrow();
        assertThat(view.statusLabel(pending)).isEqualTo("Giữ trong hộp thư đi (chưa cấu hình máy chủ thư)");

        view.status.setValue(NotificationStatus.FAILED);
        assertThat(rows(view)).extracting(Notification::id).containsExactly(failed);
        assertThat(rows(view).get(0).lastError()).isEqualTo("MailSendException: 550");

        view.resend(failed);
        assertThat(rows(view)).isEmpty();
        view.status.setValue(NotificationStatus.PENDING);
        assertThat(rows(view)).filteredOn(n -> n.id() == failed).singleElement()
                .satisfies(n -> assertThat(n.attempts()).isZero());
    }

    @Test
    void theAdministratorSendsASentMailAgainAndLooksAtItsRecipientsSettings() {
        new CycleFixture(plans, reporting, users, orgs, management).periodOpenFor(testOrgs().commune("guilai"), 2042);
        long sent = jdbc.queryForObject("select max(id) from notification where status = 'PENDING'", Long.class);
        jdbc.update("update notification set status = 'SENT', attempts = 1, sent_at = created_at where id = ?", sent);
        var recipient = users.find(jdbc.queryForObject("select recipient_id from notification where id = ?",
                Long.class, sent)).orElseThrow();
        preferences.choose(recipient, new Preference(NotificationKind.REMINDER_DUE, false, Delivery.IMMEDIATE));
        preferences.choose(recipient, new Preference(NotificationKind.TASK_ASSIGNED, true, Delivery.DAILY_DIGEST));
        try {
            login(testOrgs().admin());
            UI.getCurrent().navigate(OutboxView.class);
            OutboxView view = _get(OutboxView.class);
            view.status.setValue(NotificationStatus.SENT);
            Notification row = rows(view).stream().filter(n -> n.id() == sent).findFirst().orElseThrow();
            assertThat(OutboxView.resendable(row)).isTrue();
            long before = jdbc.queryForObject("select count(*) from notification", Long.class);

            view.resend(sent);
            assertThat(rows(view)).extracting(Notification::id).doesNotContain(sent);
            Notification queued = store.get(sent);
            assertThat(queued.status()).isEqualTo(NotificationStatus.PENDING);
            assertThat(queued.attempts()).isZero();
            assertThat(jdbc.queryForObject("select count(*) from notification", Long.class))
                    .as("the same row again, nothing written twice").isEqualTo(before);

            RecipientPreferencesDialog dialog = view.showPreferences(recipient.id());
            assertThat(dialog.getHeaderTitle()).isEqualTo("Cài đặt thông báo của " + recipient.username());
            List<Preference> shown = dialog.grid.getGenericDataView().getItems().toList();
            assertThat(shown).hasSize(NotificationKind.events().size()).contains(
                    new Preference(NotificationKind.REMINDER_DUE, false, Delivery.IMMEDIATE),
                    new Preference(NotificationKind.TASK_ASSIGNED, true, Delivery.DAILY_DIGEST),
                    Preference.byDefault(NotificationKind.PLAN_ISSUED));
        } finally {
            jdbc.update("delete from notification_preference");
        }
    }

    @Test
    void anOfficerCannotOpenTheOutbox() {
        login(testOrgs().area(null, "Tỉnh Hộp Thư", "PROVINCE", "hopthu").officer());
        assertThatThrownBy(() -> UI.getCurrent().navigate(OutboxView.class)).hasMessageContaining("Access is denied");
        assertThat(_find(OutboxView.class)).isEmpty();
    }

    private static List<Notification> rows(OutboxView view) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i)).toList();
    }
}
