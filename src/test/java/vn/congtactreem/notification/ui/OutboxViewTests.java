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
import vn.congtactreem.notification.Notification;
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

    @AfterEach
    void realTime() {
        ProcessJobs.resetClock();
    }

    @Test
    void theAdministratorSeesMailKeptWithoutSmtpAndSendsAFailedOneAgain() {
        new CycleFixture(plans, reporting, users, orgs, management).periodOpenForThePolice(2041);
        long failed = jdbc.queryForObject("select max(id) from notification where status = 'PENDING'", Long.class);
        jdbc.update("update notification set status = 'FAILED', attempts = 8, last_error = 'MailSendException: 550'"
                + " where id = ?", failed);

        login("admin");
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
    void anOfficerCannotOpenTheOutbox() {
        login("canbo.anduong");
        assertThatThrownBy(() -> UI.getCurrent().navigate(OutboxView.class)).hasMessageContaining("Access is denied");
        assertThat(_find(OutboxView.class)).isEmpty();
    }

    private static List<Notification> rows(OutboxView view) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i)).toList();
    }
}
