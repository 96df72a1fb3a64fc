package vn.congtactreem.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.inbox.ui.HomeView;
import vn.congtactreem.notification.Delivery;
import vn.congtactreem.notification.NotificationKind;
import vn.congtactreem.notification.NotificationPreferences;
import vn.congtactreem.notification.Preference;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserService;
import vn.congtactreem.support.KaribuUiTest;
import vn.congtactreem.support.TestOrgs;

/** "Cài đặt thông báo": reached from the user's menu by everyone, each change saved at once. */
class NotificationSettingsViewTests extends KaribuUiTest {

    @Autowired NotificationPreferences preferences;
    @Autowired UserService users;

    @Test
    void everySignedInUserFindsTheSettingsUnderTheirName() {
        TestOrgs.Area commune = testOrgs().area(null, "Tỉnh Cài Đặt", "PROVINCE", "caidat");
        long police = testOrgs().agency(commune.id(), "Công an Cài Đặt", "POLICE");
        for (String username : new String[] {testOrgs().user("congan", police, Role.REPORTER), commune.leader(),
                testOrgs().admin()}) {
            login(username);
            UI.getCurrent().navigate(HomeView.class);
            assertThat(_find(RouterLink.class)).as(username)
                    .filteredOn(link -> link.hasClassName("user-link"))
                    .extracting(link -> link.getElement().getTextRecursively(), RouterLink::getHref)
                    .contains(org.assertj.core.groups.Tuple.tuple("Cài đặt thông báo", "settings/notifications"));
        }
    }

    @Test
    void aReporterTurnsReminderMailOffAndChoosesTheDigestForNewTasksSavedAtOnce() {
        TestOrgs.Area commune = testOrgs().area(null, "Tỉnh Chọn Thư", "PROVINCE", "chonthu");
        String reporter = testOrgs().user("congan", testOrgs().agency(commune.id(), "Công an Chọn Thư", "POLICE"),
                Role.REPORTER);
        login(reporter);
        UI.getCurrent().navigate(NotificationSettingsView.class);
        NotificationSettingsView view = _get(NotificationSettingsView.class);
        assertThat(view.mail).containsOnlyKeys(NotificationKind.events().toArray(NotificationKind[]::new));
        assertThat(view.mail.values()).allSatisfy(box -> assertThat(box.getValue()).isTrue());
        assertThat(view.delivery.values()).allSatisfy(group -> assertThat(group.getValue()).isEqualTo(Delivery.IMMEDIATE));
        assertThat(view.mail.get(NotificationKind.REMINDER_DUE).getLabel()).isEqualTo("Gửi thư");
        assertThat(view.delivery.get(NotificationKind.REMINDER_DUE).getAriaLabel())
                .hasValue("Cách gửi thư: Nhắc hạn báo cáo");

        view.mail.get(NotificationKind.REMINDER_DUE).setValue(false);
        view.delivery.get(NotificationKind.TASK_ASSIGNED).setValue(Delivery.DAILY_DIGEST);

        var police = users.findByUsername(reporter).orElseThrow();
        assertThat(preferences.of(police)).contains(
                new Preference(NotificationKind.REMINDER_DUE, false, Delivery.IMMEDIATE),
                new Preference(NotificationKind.TASK_ASSIGNED, true, Delivery.DAILY_DIGEST),
                new Preference(NotificationKind.PLAN_ISSUED, true, Delivery.IMMEDIATE));
        assertThat(view.delivery.get(NotificationKind.REMINDER_DUE).isEnabled()).as("no mail: no delivery").isFalse();

        UI.getCurrent().navigate(HomeView.class);
        UI.getCurrent().navigate(NotificationSettingsView.class);
        NotificationSettingsView again = _get(NotificationSettingsView.class);
        assertThat(again.mail.get(NotificationKind.REMINDER_DUE).getValue()).isFalse();
        assertThat(again.delivery.get(NotificationKind.TASK_ASSIGNED).getValue()).isEqualTo(Delivery.DAILY_DIGEST);
    }
}
