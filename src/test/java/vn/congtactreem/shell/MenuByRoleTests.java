package vn.congtactreem.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congtactreem.inbox.ui.HomeView;
import vn.congtactreem.org.ui.OrganisationsView;
import vn.congtactreem.security.ui.LoginView;
import vn.congtactreem.support.KaribuUiTest;

class MenuByRoleTests extends KaribuUiTest {

    @Test
    void anonymousVisitorIsSentToTheVietnameseLoginPage() {
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_find(LoginView.class)).hasSize(1);
    }

    @Test
    void officerSeesTheInboxAndThePlansInTheMenu() {
        login(testOrgs().area(null, "Tỉnh Thực Đơn", "PROVINCE", "thucdon").officer());
        UI.getCurrent().navigate(HomeView.class);
        assertThat(menuLabels()).containsExactly("Việc cần làm", "Kế hoạch", "Theo dõi tiến độ");
    }

    @Test
    void theScreenInTheFrameIsThePagesMainLandmark() {
        login(testOrgs().area(null, "Tỉnh Thực Đơn", "PROVINCE", "thucdon").officer());
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_get(HomeView.class).getElement().getAttribute("role")).isEqualTo("main");
        assertThat(_get(MainLayout.class).getElement().getAttribute("role")).isNull();
    }

    @Test
    void adminSeesTheAdministrationScreens() {
        login(testOrgs().admin());
        UI.getCurrent().navigate(HomeView.class);
        assertThat(menuLabels()).containsExactly("Việc cần làm", "Kế hoạch", "Cơ cấu tổ chức", "Người dùng",
                "Ủy quyền vắng mặt", "Hộp thư đi", "Danh mục chỉ tiêu", "Nạp danh mục đơn vị hành chính", "Liên kết các cấp",
                "Nhật ký hệ thống");
    }

    @Test
    void officerCannotOpenTheOrganisationScreenByUrl() {
        login(testOrgs().area(null, "Tỉnh Thực Đơn", "PROVINCE", "thucdon").officer());
        assertThatThrownBy(() -> UI.getCurrent().navigate(OrganisationsView.class))
                .hasMessageContaining("Access is denied");
        assertThat(_find(OrganisationsView.class)).isEmpty();
    }

    private static List<String> menuLabels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
