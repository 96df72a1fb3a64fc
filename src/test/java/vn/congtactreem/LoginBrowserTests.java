package vn.congtactreem;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserService;
import vn.congtactreem.support.BrowserTest;
import vn.congtactreem.support.TestOrgs;

/** Signing in with a real browser: the Vietnamese login page, the officer's home, a wrong password, the admin. */
class LoginBrowserTests extends BrowserTest {

    @Autowired
    OrgService orgs;
    @Autowired
    UserService users;

    @Test
    void anonymousVisitorGetsTheVietnameseLoginPage() {
        page.navigate("/");

        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(page).hasTitle("Đăng nhập · Công tác trẻ em");
        assertThat(page.locator("h1.login-title")).hasText("Công tác trẻ em");
        Locator form = page.locator("vaadin-login-form");
        assertThat(form.locator("[part=form-title]")).hasText("Đăng nhập");
        assertThat(form.locator("vaadin-text-field[name=username] label")).hasText("Tên đăng nhập");
        assertThat(form.locator("vaadin-password-field[name=password] label")).hasText("Mật khẩu");
        assertThat(form.locator("vaadin-button[slot=submit]")).hasText("Đăng nhập");
        screenshot("login-page");
    }

    @Test
    void officerSeesTheInboxAndThePlansInTheMenu() {
        TestOrgs test = new TestOrgs(orgs, users);
        TestOrgs.Commune place = test.commune("dangnhap");
        String officer = test.user("canbo.hoa", "Nguyễn Thị Hoa", place.commune().id(), Role.OFFICER);
        page.navigate("/login");
        assertThat(page.locator("vaadin-login-form")).isVisible();
        screenshot("officer-1-login");

        login(officer);

        assertThat(page.locator(".home-view h2")).hasText("Xin chào, Nguyễn Thị Hoa");
        assertThat(page.locator("#inbox h3")).hasText("Việc cần làm");
        assertThat(page.locator("#inbox")).containsText("Hiện chưa có việc nào cần làm.");
        assertThat(menu().locator("vaadin-side-nav-item")).hasCount(3);
        // a side-nav item's text also holds its shadow DOM ("Toggle child items"): containsText, not hasText
        assertThat(menuItem("menu.home")).containsText("Việc cần làm");
        assertThat(menuItem("menu.plans")).containsText("Kế hoạch");
        assertThat(menuItem("menu.monitoring")).containsText("Theo dõi tiến độ");
        assertThat(menuItem("menu.organisations")).hasCount(0);
        assertThat(menuItem("menu.users")).hasCount(0);
        assertThat(page.locator(".user-footer .user-name")).hasText("Nguyễn Thị Hoa");
        assertThat(page.locator(".user-footer .user-org")).hasText(place.commune().name());
        assertThat(page).hasTitle("Việc cần làm");
        assertFitsInTheDrawer(page.locator(".user-footer vaadin-button.logout"));
        screenshot("officer-2-home");
    }

    @Test
    void wrongPasswordStaysOnTheLoginPageWithAVietnameseError() {
        TestOrgs test = new TestOrgs(orgs, users);
        String officer = test.area(null, "Tỉnh Sai Mật Khẩu", "PROVINCE", "saimatkhau").officer();
        submitLogin(officer, "sai-mat-khau");

        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        Locator form = page.locator("vaadin-login-form");
        assertThat(form.locator("[part=error-message-title]")).hasText("Sai tên đăng nhập hoặc mật khẩu");
        assertThat(form.locator("[part=error-message-title]")).isVisible();
        assertThat(form.locator("[part=error-message-description]"))
                .containsText("Kiểm tra lại tên đăng nhập và mật khẩu");
        assertThat(menu()).hasCount(0);
        screenshot("login-wrong-password");
    }

    @Test
    void adminSeesTheAdministrationMenuAndOpensTheOrganisationTree() {
        TestOrgs test = new TestOrgs(orgs, users);
        TestOrgs.Commune place = test.commune("cayquantri");
        TestOrgs.Area own = test.area(null, "Tỉnh Quản Trị", "PROVINCE", "quantri");
        login(test.user("quantri", "Quản trị hệ thống", own.id(), Role.ADMIN));

        assertThat(page.locator(".home-view h2")).hasText("Xin chào, Quản trị hệ thống");
        assertThat(menu().locator("vaadin-side-nav-item")).hasCount(10);
        assertThat(menu().locator("vaadin-side-nav-item")).containsText(new String[] {"Việc cần làm", "Kế hoạch",
                "Cơ cấu tổ chức", "Người dùng", "Ủy quyền vắng mặt", "Hộp thư đi", "Danh mục chỉ tiêu",
                "Nạp danh mục đơn vị hành chính", "Liên kết các cấp", "Nhật ký hệ thống"});
        assertThat(menuItem("menu.organisations")).containsText("Cơ cấu tổ chức");
        assertThat(menuItem("menu.users")).containsText("Người dùng");
        assertThat(menuItem("menu.outbox")).containsText("Hộp thư đi");
        screenshot("admin-1-home");

        menuItem("menu.organisations").click();

        assertThat(page).hasURL(Pattern.compile(".*/admin/organisations$"));
        assertThat(page.locator(".organisations-view h2")).hasText("Cơ cấu tổ chức");
        Locator tree = page.locator(".organisations-view vaadin-grid");
        assertThat(tree).isVisible();
        // other tests add organisations of their own to this database: find each of this test's units with the
        // tree's search, at every level and under two roots
        Locator search = page.locator(".organisations-view vaadin-text-field input");
        for (String unit : new String[] {place.province().name(), place.district().name(), place.commune().name(),
                place.policeName(), place.healthName(), own.name()}) {
            search.fill(unit);
            // the names carry this test's suffix: the cell shown is this test's unit
            assertThat(tree.locator("vaadin-grid-cell-content").getByText(unit, new Locator.GetByTextOptions()
                    .setExact(true)).first()).isVisible();
        }
        search.fill("");
        screenshot("admin-2-organisations");
    }

    /** The drawer cuts off whatever sticks out on its right (e.g. a half-visible "Đăng xuất"). */
    private void assertFitsInTheDrawer(Locator element) {
        assertThat(element).isVisible();
        BoundingBox drawer = page.locator("vaadin-app-layout [part=drawer]").boundingBox();
        BoundingBox box = element.boundingBox();
        Assertions.assertThat(box.x + box.width).as("right edge of %s", element)
                .isLessThanOrEqualTo(drawer.x + drawer.width);
    }
}
