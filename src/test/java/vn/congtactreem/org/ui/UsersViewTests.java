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
import vn.congtactreem.support.TestOrgs;

/**
 * "Người dùng" as the administrator uses it. The database is shared by the whole run: every test makes
 * its own organisations and users (their names end with the test's suffix) and signs in as its own administrator.
 */
class UsersViewTests extends KaribuUiTest {


    @Autowired
    private UserService users;

    @Autowired
    private OrgService orgs;

    @Autowired
    private PasswordEncoder passwordEncoder;

    private UsersView view;
    /** This test's tree: a province, a district, a commune with its police and health station, and their people. */
    private TestOrgs.Commune place;
    private String suffix;

    @BeforeEach
    void signInAsAdmin() {
        place = testOrgs().commune("nguoidung");
        suffix = testOrgs().suffix();
        login(testOrgs().admin());
    }

    @Test
    void gridPagesTheUsersFromTheDatabase() {
        String hoa = testOrgs().user("hoa", "Nguyễn Thị Hoa", place.commune().id(), Role.OFFICER);
        openView();

        assertThat(view.grid.getDataProvider().isInMemory()).isFalse();
        assertThat(GridKt._size(view.grid)).isEqualTo((int) users.count(""));
        assertThat(rows()).extracting(UserAccount::username).containsAll(List.of(hoa, place.commune().officer(),
                place.commune().leader(), place.policeReporter(), place.healthReporter(), place.district().officer(),
                "quantri." + suffix));
        assertThat(GridKt._getFormattedRow(view.grid, row(hoa)))
                .startsWith(hoa, "Nguyễn Thị Hoa", place.commune().name(), "Cán bộ phụ trách", "Đang hoạt động");
    }

    @Test
    void searchNarrowsTheGridByUsernameOrFullName() {
        String leader = testOrgs().user("lanhdao2", "Lục Xuân Đức " + suffix, place.commune().id(), Role.LEADER);
        openView();

        _setValue(view.search, "huyennguoidung");
        assertThat(rows()).extracting(UserAccount::username)
                .contains(place.district().officer(), place.district().leader())
                .allMatch(username -> username.contains("huyennguoidung"));

        _setValue(view.search, "Xuân Đức " + suffix);
        assertThat(rows()).extracting(UserAccount::username).containsExactly(leader);
        assertThat(rows()).extracting(UserAccount::fullName).containsExactly("Lục Xuân Đức " + suffix);
    }

    @Test
    void searchFindsAUsernameWrittenWithAnUnderscore() {
        createUser("gach_duoi." + suffix, "Lý Văn Gạch");
        createUser("gachxduoi." + suffix, "Lý Văn Không Gạch");
        openView();

        _setValue(view.search, "gach_duoi");
        assertThat(rows()).as("the underscore is a character, not a wildcard").extracting(UserAccount::username)
                .containsExactly("gach_duoi." + suffix);
    }

    @Test
    void adminCreatesAnOfficerForACommune() {
        String username = "canbo2." + suffix;
        openView();
        _click(view.add);
        UserDialog dialog = _get(UserDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Thêm người dùng");
        assertThat(dialog.password.isVisible()).isTrue();
        fillIn(dialog, username, "Đỗ Thị Thu", username + "@congtactreem.local", "Sen-hong-2026");
        CheckboxGroupKt.selectByLabel(dialog.roles, "Cán bộ phụ trách");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        UserAccount created = users.findByUsername(username).orElseThrow();
        assertThat(created.fullName()).isEqualTo("Đỗ Thị Thu");
        assertThat(created.email()).isEqualTo(username + "@congtactreem.local");
        assertThat(created.orgUnitId()).isEqualTo(place.commune().id());
        assertThat(created.roles()).containsExactly(Role.OFFICER);
        assertThat(created.active()).isTrue();
        assertThat(passwordEncoder.matches("Sen-hong-2026", users.credentials(username).orElseThrow()
                .passwordHash())).isTrue();
        assertThat(rows()).extracting(UserAccount::username).contains(username);
    }

    @Test
    void theUnitPickerListsTheCommuneFirstThenItsAgenciesEachWithItsPathFoundWithoutDiacritics() {
        openView();
        _click(view.add);
        UserDialog dialog = _get(UserDialog.class);
        String commune = place.commune().name();

        ComboBoxKt.setUserInput(dialog.orgUnit, "xa nguoidung " + suffix);

        assertThat(ComboBoxKt.getSuggestions(dialog.orgUnit)).containsExactly(
                place.district().name() + " › " + commune,
                commune + " › " + place.policeName(),
                commune + " › " + place.healthName());
        List<String> all = ComboBoxKt.getSuggestions(dialog.orgUnit);
        ComboBoxKt.setUserInput(dialog.orgUnit, "");
        List<String> everything = ComboBoxKt.getSuggestions(dialog.orgUnit);
        int province = everything.indexOf(place.province().name());
        assertThat(everything.subList(province, province + 2)).as("the province, then the district below it")
                .containsExactly(place.province().name(), place.province().name() + " › " + place.district().name());
        assertThat(everything.subList(province + 2, province + 5)).isEqualTo(all);
    }

    @Test
    void aTakenUsernameIsShownNextToTheUsernameAndWhatWasTypedStays() {
        String taken = place.commune().officer();
        // "Canbo.NGUOIDUNG.X1Y2Z3": the same username in other letters' case
        String takenOtherCase = taken.substring(0, 1).toUpperCase() + taken.substring(1, 5)
                + taken.substring(5).toUpperCase();
        String takenFullName = users.findByUsername(taken).orElseThrow().fullName();
        long before = users.count("");
        openView();
        _click(view.add);
        UserDialog dialog = _get(UserDialog.class);
        fillIn(dialog, takenOtherCase, "Người Trùng Tên", "trung.ten@congtactreem.local", "Sen-hong-2026");
        CheckboxGroupKt.selectByLabel(dialog.roles, "Lãnh đạo");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage()).isEqualTo("Tên đăng nhập \"" + taken + "\" đã có người dùng.");
        assertThat(dialog.password.isInvalid()).isFalse();
        assertThat(dialog.username.getValue()).isEqualTo(takenOtherCase);
        assertThat(dialog.fullName.getValue()).isEqualTo("Người Trùng Tên");
        assertThat(dialog.email.getValue()).isEqualTo("trung.ten@congtactreem.local");
        assertThat(dialog.orgUnit.getValue().id()).isEqualTo(place.commune().id());
        assertThat(dialog.roles.getValue()).containsExactly(Role.LEADER);
        assertThat(dialog.password.getValue()).isEqualTo("Sen-hong-2026");
        assertThat(users.count("")).isEqualTo(before);
        assertThat(users.findByUsername(taken).orElseThrow().fullName()).isEqualTo(takenFullName);
    }

    @Test
    void aTooShortPasswordIsShownNextToThePassword() {
        String username = "matkhau.ngan." + suffix;
        openView();
        _click(view.add);
        UserDialog dialog = _get(UserDialog.class);
        fillIn(dialog, username, "Trần Văn Ngắn", "", "12345");
        CheckboxGroupKt.selectByLabel(dialog.roles, "Cán bộ phụ trách");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).isEqualTo("Mật khẩu cần ít nhất 8 ký tự.");
        assertThat(dialog.username.isInvalid()).isFalse();
        assertThat(users.findByUsername(username)).isEmpty();

        assertRefused(dialog, "abcdefghij", "Mật khẩu không được là một ký tự hay một cụm ngắn lặp lại, "
                + "hoặc một dãy liên tiếp như 12345678, abcdefgh.");
        assertRefused(dialog, "Password123", "Mật khẩu này quá phổ biến, dễ bị đoán: chọn mật khẩu khác.");
        assertRefused(dialog, "2026-" + username, "Mật khẩu không được chứa tên đăng nhập.");
        // 80 characters: BCrypt reads only 72 bytes; said next to the field instead of saving nothing silently
        assertRefused(dialog, "Rừng-núi-".repeat(9), "Mật khẩu dài quá: tối đa 72 byte "
                + "(chữ không dấu tính 1 byte, chữ có dấu 2–3 byte).");
        assertThat(users.findByUsername(username)).isEmpty();

        _setValue(dialog.password, "Cay-tre-xanh-26");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(users.findByUsername(username)).isPresent();
    }

    private static void assertRefused(UserDialog dialog, String password, String message) {
        _setValue(dialog.password, password);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.password.getErrorMessage()).isEqualTo(message);
    }

    @Test
    void adminChangesTheRolesOfANewUser() {
        UserAccount user = createUser("doi.vaitro." + suffix, "Phan Văn Vai");
        openView();
        _click(action(user.username(), "Sửa"));

        UserDialog dialog = _get(UserDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Sửa người dùng " + user.username());
        assertThat(dialog.username.isReadOnly()).isTrue();
        assertThat(dialog.password.isVisible()).isFalse();
        assertThat(dialog.roles.getValue()).containsExactly(Role.OFFICER);
        CheckboxGroupKt.selectByLabel(dialog.roles, "Lãnh đạo", "Quản lý, theo dõi");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(users.find(user.id()).orElseThrow().roles()).containsExactlyInAnyOrder(Role.LEADER, Role.MANAGER);
        assertThat(GridKt._getFormattedRow(view.grid, row(user.username()))).contains("Lãnh đạo, Quản lý, theo dõi");
    }

    @Test
    void aChangeFromADialogOpenedBeforeSomeoneElsesChangeIsRefusedAndTheDialogStaysWithWhatWasTyped() {
        UserAccount user = createUser("hai.nguoi.sua." + suffix, "Đỗ Văn Hai");
        openView();
        _click(action(user.username(), "Sửa"));
        UserDialog dialog = _get(UserDialog.class);
        // another administrator changes the account first
        UserAccount now = users.find(user.id()).orElseThrow();
        users.update(user.id(), new UserForm(now.username(), "Đỗ Văn Hai (người khác sửa)", now.email(),
                now.orgUnitId(), now.roles(), null));

        _setValue(dialog.fullName, "Đỗ Văn Hai (tôi sửa)");
        _click(dialog.save);

        assertThat(dialog.isOpened()).as("stays open").isTrue();
        assertThat(dialog.fullName.getValue()).as("what was typed stays").isEqualTo("Đỗ Văn Hai (tôi sửa)");
        assertThat(_get(dialog, com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("form-error"))
                .getText()).contains("vừa lưu thay đổi trước bạn");
        assertThat(users.find(user.id()).orElseThrow().fullName()).as("the other change stays")
                .isEqualTo("Đỗ Văn Hai (người khác sửa)");
    }

    @Test
    void removingEveryRoleIsRefusedNextToTheRoles() {
        UserAccount user = createUser("khong.vaitro." + suffix, "Vũ Thị Không");
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
        UserAccount user = createUser("datlai.matkhau." + suffix, "Ngô Văn Quên");
        openView();
        _click(action(user.username(), "Đặt lại mật khẩu"));
        ResetPasswordDialog dialog = _get(ResetPasswordDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Đặt lại mật khẩu cho " + user.username());

        _setValue(dialog.password, "abc");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).isEqualTo("Mật khẩu cần ít nhất 8 ký tự.");
        _setValue(dialog.password, user.username() + "-2025");
        _click(dialog.save);
        assertThat(dialog.password.getErrorMessage()).isEqualTo("Mật khẩu không được chứa tên đăng nhập.");

        _setValue(dialog.password, "matkhau-moi-2025");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        NotificationsKt.expectNotifications("Đã đặt mật khẩu mới cho " + user.username() + ".");
        String hash = users.credentials(user.username()).orElseThrow().passwordHash();
        assertThat(passwordEncoder.matches("matkhau-moi-2025", hash)).isTrue();
        assertThat(passwordEncoder.matches("Sen-hong-2026", hash)).isFalse();
    }

    @Test
    void adminDeactivatesANewUserAndCanReactivateThem() {
        UserAccount user = createUser("sap.khoa." + suffix, "Đinh Văn Khóa");
        openView();
        _click(action(user.username(), "Khóa tài khoản"));
        UserActivationDialog dialog = _get(UserActivationDialog.class);
        _click(dialog.confirm);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(users.find(user.id()).orElseThrow().active()).isFalse();
        assertThat(GridKt._getFormattedRow(view.grid, row(user.username()))).contains("Ngừng hoạt động");

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
        return users.create(new UserForm(username, fullName, null, place.commune().id(), Set.of(Role.OFFICER),
                "Sen-hong-2026"));
    }

    private void fillIn(UserDialog dialog, String username, String fullName, String email, String password) {
        _setValue(dialog.username, username);
        _setValue(dialog.fullName, fullName);
        _setValue(dialog.email, email);
        ComboBoxKt.selectByLabel(dialog.orgUnit, place.district().name() + " › " + place.commune().name());
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
