package vn.congtactreem.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;
import vn.congtactreem.support.KaribuUiTest;

/**
 * A click that fails because PostgreSQL cannot be reached: every session has the handler (registered through
 * Spring), which tells the person, next to what they typed, that it was not saved and to try again later.
 */
class OutageErrorHandlerTests extends KaribuUiTest {

    @Test
    void aClickThatCannotReachTheDatabaseSaysNotSavedAndKeepsTheScreen() {
        UI.getCurrent().navigate("login");
        NotificationsKt.clearNotifications();

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction", new SQLException("Connection refused", "08001"))));

        assertThat(NotificationsKt.getNotifications()).singleElement().satisfies(notification -> {
            assertThat(notification.hasClassName("outage-not-saved")).isTrue();
            assertThat(notification.isOpened()).isTrue();
            assertThat(notification.getElement().getProperty("text"))
                    .startsWith("Chưa lưu được: máy chủ tạm thời không kết nối được cơ sở dữ liệu")
                    .contains("Những gì bạn nhập vẫn còn trên màn hình");
        });
        assertThat(_get(com.vaadin.flow.component.login.LoginForm.class)).as("the page stays").isNotNull();
    }

    @Test
    void anyOtherFailureShowsNoOutageMessage() {
        UI.getCurrent().navigate("login");
        NotificationsKt.clearNotifications();

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("a bug")));

        assertThat(NotificationsKt.getNotifications()).noneMatch(n -> n.hasClassName("outage-not-saved"));
    }
}
