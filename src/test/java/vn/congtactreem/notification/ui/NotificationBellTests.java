package vn.congtactreem.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.inbox.ui.HomeView;
import vn.congtactreem.notification.Notification;
import vn.congtactreem.notification.NotificationKind;
import vn.congtactreem.notification.NotificationStatus;
import vn.congtactreem.notification.internal.NotificationStore;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.ui.PlansView;
import vn.congtactreem.support.KaribuUiTest;
import vn.congtactreem.support.TestOrgs;

/** The bell in the header and the page of all notifications, for the district's manager. */
class NotificationBellTests extends KaribuUiTest {

    /** The district manager of this test's own district (made by the fixture). */
    private String managerName;

    @Autowired NotificationStore store;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;

    private UserAccount manager;

    @BeforeEach
    void threeNotificationsForTheManager() {
        TestOrgs.Area province = testOrgs().area(null, "Tỉnh Chuông Báo", "PROVINCE", "tinhchuong");
        long district = testOrgs().area(province.id(), "Huyện Chuông Báo", "DISTRICT", "chuong").id();
        managerName = testOrgs().user("quanly", district, Role.MANAGER);
        manager = users.findByUsername(managerName).orElseThrow();
        jdbc.update("delete from notification where recipient_id = ?", manager.id());
        Instant at = Instant.parse("2030-05-11T01:30:00Z");
        write("1", "Kế hoạch 5/KH-UBND đã ban hành — Kế hoạch năm 2030", at);
        write("2", "Quá hạn báo cáo 6 tháng 2030 — Xã An Dương (hạn 18/05/2030)", at.plusSeconds(60));
        write("3", "Nhắc hạn báo cáo 6 tháng 2030 — Xã An Dương (hạn 18/05/2030)", at.plusSeconds(120));
    }

    @Test
    void theBellCountsTheUnreadOnesAndOpensTheLatestNewestFirst() {
        login(managerName);
        UI.getCurrent().navigate(HomeView.class);
        NotificationBell bell = _get(NotificationBell.class);
        assertThat(bell.count.getText()).isEqualTo("3");
        assertThat(bell.count.isVisible()).isTrue();
        assertThat(bell.button.getAriaLabel()).hasValue("Thông báo: 3 chưa đọc");
        assertThat(UI.getCurrent().getPollInterval()).as("the count is read again while the bell is there")
                .isEqualTo(NotificationBell.POLL_MS);

        _click(bell.button);
        List<Div> items = items();
        assertThat(items).extracting(item -> item.getElement().getAttribute("aria-label")).containsExactly(
                "Nhắc hạn báo cáo 6 tháng 2030 — Xã An Dương (hạn 18/05/2030) (chưa đọc), 11/05/2030 08:32",
                "Quá hạn báo cáo 6 tháng 2030 — Xã An Dương (hạn 18/05/2030) (chưa đọc), 11/05/2030 08:31",
                "Kế hoạch 5/KH-UBND đã ban hành — Kế hoạch năm 2030 (chưa đọc), 11/05/2030 08:30");
        assertThat(items).allSatisfy(item -> {
            assertThat(item.hasClassName("unread")).isTrue();
            assertThat(item.getElement().getAttribute("role")).isEqualTo("link");
            assertThat(item.getElement().getAttribute("tabindex")).isEqualTo("0");
        });
    }

    @Test
    void whileTheDatabaseIsAwayThePollKeepsTheCountAndSaysNothingOtherFailuresStillShow() {
        login(managerName);
        UI.getCurrent().navigate(HomeView.class);
        NotificationBell bell = _get(NotificationBell.class);
        assertThat(bell.count.getText()).isEqualTo("3");
        vn.congtactreem.notification.Outbox away = org.mockito.Mockito.mock(vn.congtactreem.notification.Outbox.class);
        org.mockito.Mockito.when(away.unreadCount(org.mockito.ArgumentMatchers.any())).thenReturn(0L).thenThrow(
                new org.springframework.transaction.CannotCreateTransactionException("no connection",
                        new java.sql.SQLTransientConnectionException("Connection is not available")));
        NotificationBell cut = new NotificationBell(away, manager);
        String before = cut.count.getText();

        cut.refreshUnlessTheDatabaseIsAway();
        assertThat(cut.count.getText()).as("nothing changed, nothing thrown").isEqualTo(before);

        org.mockito.Mockito.doThrow(new IllegalStateException("a bug, not an outage")).when(away)
                .unreadCount(org.mockito.ArgumentMatchers.any());
        org.assertj.core.api.Assertions.assertThatThrownBy(cut::refreshUnlessTheDatabaseIsAway)
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theBellGroupsTheNotificationsByTheirPeriodWithCounts() {
        jdbc.update("delete from notification where recipient_id = ?", manager.id());
        Instant at = Instant.parse("2030-11-20T01:30:00Z");
        write("11", "Nhắc hạn báo cáo 6 tháng 2030 — Xã An Dương", at, "6 tháng 2030");
        write("12", "Kế hoạch 5/KH-UBND đã ban hành", at.plusSeconds(60), null);
        write("13", "2 đơn vị quá hạn báo cáo 6 tháng 2030", at.plusSeconds(120), "6 tháng 2030");
        write("14", "Nhắc hạn báo cáo năm 2030 — Xã An Dương", at.plusSeconds(180), "Năm 2030");
        jdbc.update("update notification set read_at = current_timestamp where recipient_id = ? and subject_id = '11'",
                manager.id());
        login(managerName);
        UI.getCurrent().navigate(HomeView.class);
        _click(_get(NotificationBell.class).button);

        List<String> lines = _find(Div.class).stream()
                .filter(div -> div.hasClassName("bell-group") || div.hasClassName("bell-item"))
                .map(div -> div.hasClassName("bell-group") ? "# " + div.getElement().getTextRecursively()
                        : div.getElement().getAttribute("data-id"))
                .toList();
        List<String> ids = jdbc.queryForList("select id from notification where recipient_id = ? order by subject_id",
                Long.class, manager.id()).stream().map(String::valueOf).toList();
        assertThat(lines).containsExactly(
                "# Năm 20301 thông báo, 1 chưa đọc", ids.get(3),
                "# 6 tháng 20302 thông báo, 1 chưa đọc", ids.get(2), ids.get(0),
                "# Khác1 thông báo, 1 chưa đọc", ids.get(1));
    }

    @Test
    void choosingANotificationMarksItReadAndOpensItsPage() {
        login(managerName);
        UI.getCurrent().navigate(HomeView.class);
        NotificationBell bell = _get(NotificationBell.class);
        _click(bell.button);
        _click(items().get(1));

        assertThat(_find(PlansView.class)).hasSize(1);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("plans");
        assertThat(_get(NotificationBell.class).count.getText()).isEqualTo("2");
        assertThat(store.ofRecipient(manager.id(), 10)).filteredOn(n -> n.readAt() != null)
                .extracting(Notification::subjectId).containsExactly("2");
        _click(_get(NotificationBell.class).button);
        assertThat(items()).extracting(item -> item.hasClassName("unread")).containsExactly(true, false, true);
    }

    @Test
    void markAllReadEmptiesTheCount() {
        login(managerName);
        UI.getCurrent().navigate(HomeView.class);
        NotificationBell bell = _get(NotificationBell.class);
        _click(bell.button);
        _click(bell.markAll);
        assertThat(bell.count.isVisible()).isFalse();
        assertThat(bell.button.getAriaLabel()).hasValue("Thông báo: không có thông báo chưa đọc");
        assertThat(items()).noneMatch(item -> item.hasClassName("unread"));
        assertThat(bell.markAll.isEnabled()).isFalse();
    }

    @Test
    void theCountFollowsNavigation() {
        login(managerName);
        UI.getCurrent().navigate(HomeView.class);
        write("4", "Việc mới: Viết báo cáo tổng hợp — Kế hoạch năm 2030", Instant.parse("2030-05-19T02:00:00Z"));
        UI.getCurrent().navigate(PlansView.class);
        assertThat(_get(NotificationBell.class).count.getText()).isEqualTo("4");
    }

    @Test
    void thePageListsAllOfTheUsersNotificationsAndOpensOne() {
        login(managerName);
        UI.getCurrent().navigate(NotificationsView.class);
        NotificationsView view = _get(NotificationsView.class);
        assertThat(rows(view)).extracting(Notification::subjectId).containsExactly("3", "2", "1");
        assertThat(view.grid.getPartNameGenerator().apply(rows(view).get(0))).isEqualTo("unread");

        view.markAllRead();
        assertThat(rows(view)).allSatisfy(n -> assertThat(n.readAt()).isNotNull());
        assertThat(_get(NotificationBell.class).count.isVisible()).isFalse();

        view.open(rows(view).get(2));
        assertThat(_find(PlansView.class)).hasSize(1);
    }

    private void write(String subject, String title, Instant at) {
        store.insertIfAbsent(new NotificationStore.NewRow(NotificationKind.PLAN_ISSUED, manager.id(), subject, "",
                "plans", "vi", title, title, null, at));
    }

    private void write(String subject, String title, Instant at, String topic) {
        store.insertIfAbsent(new NotificationStore.NewRow(NotificationKind.PLAN_ISSUED, manager.id(), subject, "",
                "plans", "vi", title, title, null, NotificationStatus.IN_APP, at, topic));
    }

    private static List<Div> items() {
        return _find(Div.class).stream().filter(div -> div.hasClassName("bell-item")).toList();
    }

    private static List<Notification> rows(NotificationsView view) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i)).toList();
    }
}
