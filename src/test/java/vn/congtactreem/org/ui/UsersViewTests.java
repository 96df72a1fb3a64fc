package vn.congtactreem.org.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.CheckboxGroupKt;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserForm;
import vn.congtactreem.org.UserService;
import vn.congtactreem.support.KaribuUiTest;

/**
 * "Người dùng" as the administrator uses it. The database is shared by the whole run: every test makes
 * its own users, and no demo account is changed (the demo admin is never deactivated).
 */
class UsersViewTests extends KaribuUiTest {

    private static final String AN_DUONG_PATH = "Tỉnh Bắc Giang › Huyện Tân Yên › Xã An Dương";
    private static final List<String> DEMO_USERS = List.of("admin", "canbo.anduong", "lanhdao.anduong",
            "congan.anduong", "yte.anduong", "canbo.tanyen", "quanly.tanyen");

    @Autowired
    private UserService users;

    @Autowired
    private OrgService orgs;

    @Autowired
    private PasswordEncoder passwordEncoder;

    private UsersView view;

    @BeforeEach
    void signInAsAdmin() {
        login("admin");
    }

    @Test
    void gridPagesTheDemoUsersFromTheDatabase() {
        openView();

        assertThat(view.grid.getDataProvider().isInMemory()).isFalse();
        assertThat(GridKt._size(view.grid)).isEqualTo((int) users.count(""));
        assertThat(rows()).extracting(UserAccount::username).containsAll(DEMO_USERS);
        assertThat(GridKt._getFormattedRow(view.grid, row("canbo.anduong")))
                .startsWith("canbo.anduong", "Nguyễn Thị Hoa", "Xã An Dương", "Cán bộ phụ trách", "Đang hoạt động");
    }

    @Test
    void searchNarrowsTheGridByUsernameOrFullName() {
        openView();

        _setValue(view.search, "tanyen");
        assertThat(rows()).extracting(UserAccount::username).contains("canbo.tanyen", "quanly.tanyen")
                .allMatch(username -> username.contains("tanyen"));

        _setValue(view.search, "Lục Xuân");
        assertThat(rows()).extracting(UserAccount::fullName).containsExactly("Lục Xuân Đức");
    }

    @Test
    void searchFindsAUsernameWrittenWithAnUnderscore() {
        createUser("gach_duoi.anduong", "Lý Văn Gạch");
        openView();

        _setValue(view.search, "gach_duoi");
        assertThat(rows()).extracting(UserAccount::username).containsExactly("gach_duoi.anduong");
    }

    @Test
    void adminCreatesAnOfficerForAnDuong() {
        openView();
        _click(view.add);
        UserDialog dialog = _get(UserDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Thêm người dùng");
        assertThat(dialog.password.isVisible()).isTrue();
        fillIn(dialog, "canbo2.anduong", "Đỗ Thị Thu", "canbo2.anduong@congtactreem.local", "Sen-hong-2026");
        CheckboxGroupKt.selectByLabel(dialog.roles, "Cán bộ phụ trách");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        UserAccount created = users.findByUsername("canbo2.anduong").orElseThrow();
        assertThat(created.fullName()).isEqualTo("Đỗ Thị Thu");
        assertThat(created.email()).isEqualTo("canbo2.anduong@congtactreem.local");
        assertThat(orgs.get(created.orgUnitId()).name()).isEqualTo("Xã An Dương");
        assertThat(created.roles()).containsExactly(Role.OFFICER);
        assertThat(created.active()).isTrue();
        assertThat(passwordEncoder.matches("Sen-hong-2026", users.credentials("canbo2.anduong").orElseThrow()
                .passwordHash())).isTrue();
        assertThat(rows()).extracting(UserAccount::username).contains("canbo2.anduong");
    }

    @Test
    void aTakenUsernameIsShownNextToTheUsernameAndWhatWasTypedStays() {
        long before = users.count("");
        openView();
        _click(view.add);
        UserDialog dialog = _get(UserDialog.class);
        fillIn(dialog, "Canbo.AnDuong", "Người Trùng Tên", "trung.ten@congtactreem.local", "Sen-hong-2026");
        CheckboxGroupKt.selectByLabel(dialog.roles, "Lãnh đạo");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage()).isEqualTo("Tên đăng nhập \"canbo.anduong\" đã có người dùng.");
        assertThat(dialog.password.isInvalid()).isFalse();
        assertThat(dialog.username.getValue()).isEqualTo("Canbo.AnDuong");
        assertThat(dialog.fullName.getValue()).isEqualTo("Người Trùng Tên");
        assertThat(dialog.email.getValue()).isEqualTo("trung.ten@congtactreem.local");
        assertThat(dialog.orgUnit.getValue().name()).isEqualTo("Xã An Dương");
        assertThat(dialog.roles.getValue()).containsExactly(Role.LEADER);
        assertThat(dialog.password.getValue()).isEqualTo("Sen-hong-2026");
        assertThat(users.count("")).isEqualTo(before);
        assertThat(users.findByUsername("canbo.anduong").orElseThrow().fullName()).isEqualTo("Nguyễn Thị Hoa");
    }

    @Test
    void aTooShortPasswordIsShownNextToThePassword() {
        openView();
        _click(view.add);
        UserDialog dialog = _get(UserDialog.class);
        fillIn(dialog, "matkhau.ngan", "Trần Văn Ngắn", "", "12345");
        CheckboxGroupKt.selectByLabel(dialog.roles, "Cán bộ phụ trách");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).isEqualTo("Mật khẩu cần ít nhất 8 ký tự.");
        assertThat(dialog.username.isInvalid()).isFalse();
        assertThat(users.findByUsername("matkhau.ngan")).isEmpty();

        assertRefused(dialog, "abcdefghij", "Mật khẩu không được là một ký tự hay một cụm ngắn lặp lại, "
                + "hoặc một dãy liên tiếp như 12345678, abcdefgh.");
        assertRefused(dialog, "Password123", "Mật khẩu này quá phổ biến, dễ bị đoán: chọn mật khẩu khác.");
        assertRefused(dialog, "2026-matkhau.ngan", "Mật khẩu không được chứa tên đăng nhập.");
        // 80 characters: BCrypt reads only 72 bytes; said next to the field instead of saving nothing silently
        assertRefused(dialog, "Rừng-núi-".repeat(9), "Mật khẩu dài quá: tối đa 72 byte "
                + "(chữ không dấu tính 1 byte, chữ có dấu 2–3 byte).");
        assertThat(users.findByUsername("matkhau.ngan")).isEmpty();

        _setValue(dialog.password, "Cay-tre-xanh-26");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(users.findByUsername("matkhau.ngan")).isPresent();
    }

    private static void assertRefused(UserDialog dialog, String password, String message) {
        _setValue(dialog.password, password);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.password.getErrorMessage()).isEqualTo(message);
    }

    @Test
    void adminChangesTheRolesOfANewUser() {
        UserAccount user = createUser("doi.vaitro", "Phan Văn Vai");
        openView();
        _click(action(user.username(), "Sửa"));

        UserDialog dialog = _get(UserDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Sửa người dùng doi.vaitro");
        assertThat(dialog.username.isReadOnly()).isTrue();
        assertThat(dialog.password.isVisible()).isFalse();
        assertThat(dialog.roles.getValue()).containsExactly(Role.OFFICER);
        CheckboxGroupKt.selectByLabel(dialog.roles, "Lãnh đạo", "Quản lý, theo dõi");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(users.find(user.id()).orElseThrow().roles()).containsExactlyInAnyOrder(Role.LEADER, Role.MANAGER);
        assertThat(GridKt._getFormattedRow(view.grid, row("doi.vaitro"))).contains("Lãnh đạo, Quản lý, theo dõi");
    }

    @Test
    void removingEveryRoleIsRefusedNextToTheRoles() {
        UserAccount user = createUser("khong.vaitro", "Vũ Thị Không");
        openView();
        _click(action(user.username(), "Sửa"));
        UserDialog dialog = _get(UserDialog.class);
        _setValue(dialog.roles, Set.of());
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.roles.isInvalid()).isTrue();
        assertThat(dialog.roles.getErrorMessage()).isEqualTo("Chọn ít nhất một vai trò.");
        assertThat(users.find(user.id()).orElseThrow().roles()).containsExactly(Role.OFFICER);
    }

    @Test
    void adminResetsAPassword() {
        UserAccount user = createUser("datlai.matkhau", "Ngô Văn Quên");
        openView();
        _click(action(user.username(), "Đặt lại mật khẩu"));
        ResetPasswordDialog dialog = _get(ResetPasswordDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Đặt lại mật khẩu cho datlai.matkhau");

        _setValue(dialog.password, "abc");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).isEqualTo("Mật khẩu cần ít nhất 8 ký tự.");
        _setValue(dialog.password, "datlai.matkhau-2025");
        _click(dialog.save);
        assertThat(dialog.password.getErrorMessage()).isEqualTo("Mật khẩu không được chứa tên đăng nhập.");

        _setValue(dialog.password, "matkhau-moi-2025");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        NotificationsKt.expectNotifications("Đã đặt mật khẩu mới cho datlai.matkhau.");
        String hash = users.credentials("datlai.matkhau").orElseThrow().passwordHash();
        assertThat(passwordEncoder.matches("matkhau-moi-2025", hash)).isTrue();
        assertThat(passwordEncoder.matches("Sen-hong-2026", hash)).isFalse();
    }

    @Test
    void adminDeactivatesANewUserAndCanReactivateThem() {
        UserAccount user = createUser("sap.khoa", "Đinh Văn Khóa");
        openView();
        _click(action(user.username(), "Khóa tài khoản"));
        UserActivationDialog dialog = _get(UserActivationDialog.class);
        _click(dialog.confirm);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(users.find(user.id()).orElseThrow().active()).isFalse();
        assertThat(GridKt._getFormattedRow(view.grid, row("sap.khoa"))).contains("Ngừng hoạt động");

        _click(action(user.username(), "Mở khóa"));
        UserActivationDialog reactivation = _get(UserActivationDialog.class,
                spec -> spec.withPredicate(Dialog::isOpened));
        _click(reactivation.confirm);
        assertThat(users.find(user.id()).orElseThrow().active()).isTrue();
    }

    private void openView() {
        UI.getCurrent().navigate(UsersView.class);
        view = _get(UsersView.class);
    }

    private UserAccount createUser(String username, String fullName) {
        return users.create(new UserForm(username, fullName, null, anDuongId(), Set.of(Role.OFFICER), "Sen-hong-2026"));
    }

    private long anDuongId() {
        return orgs.all().stream().filter(u -> u.name().equals("Xã An Dương")).findFirst().orElseThrow().id();
    }

    private static void fillIn(UserDialog dialog, String username, String fullName, String email, String password) {
        _setValue(dialog.username, username);
        _setValue(dialog.fullName, fullName);
        _setValue(dialog.email, email);
        ComboBoxKt.selectByLabel(dialog.orgUnit, AN_DUONG_PATH);
        _setValue(dialog.password, password);
    }

    private List<UserAccount> rows() {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i)).toList();
    }

    private UserAccount row(String username) {
        return rows().stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow(() -> new AssertionError(username + " is not in the grid"));
    }

    /** A button of the "Thao tác" column in the user's row (by its label), rendered as the grid renders it. */
    @SuppressWarnings("unchecked")
    private Button action(String username, String text) {
        Grid.Column<UserAccount> column = GridKt._getColumnByHeader(view.grid, "Thao tác");
        Component cell = ((ComponentRenderer<? extends Component, UserAccount>) column.getRenderer())
                .createComponent(row(username));
        return _get(cell, Button.class, spec -> spec.withAttribute("aria-label", text));
    }
}
