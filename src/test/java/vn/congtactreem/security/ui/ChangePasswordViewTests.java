package vn.congtactreem.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.inbox.ui.HomeView;
import vn.congtactreem.org.ImportedUser;
import vn.congtactreem.org.UserImport;
import vn.congtactreem.org.UserImportRow;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserForm;
import vn.congtactreem.org.UserService;
import vn.congtactreem.support.KaribuUiTest;
import vn.congtactreem.support.TestOrgs;

/** A user created in bulk signs in for the first time: every screen leads to "Đổi mật khẩu" until they chose one. */
class ChangePasswordViewTests extends KaribuUiTest {

    @Autowired
    private UserImport userImport;

    @Autowired
    private UserService users;

    @Test
    void anImportedUserMustChooseAPasswordAtTheFirstSignIn() {
        TestOrgs.Area province = testOrgs().area(null, "Tỉnh Nhập Người", "PROVINCE", "nhapnguoi");
        String username = "moi." + testOrgs().suffix();
        login(testOrgs().admin());
        List<ImportedUser> created = userImport.importUsers(List.of(new UserImportRow(2, username, "Người Mới", "",
                "REPORTER", province.name(), "vi")));
        String initial = created.get(0).initialPassword();

        login(username);
        UI.getCurrent().navigate(HomeView.class);
        ChangePasswordView change = _get(ChangePasswordView.class);
        _setValue(change.current, initial);
        _setValue(change.password, "mat-khau-rieng");
        _setValue(change.confirm, "mat-khau-khac");
        _click(change.save);
        assertThat(change.confirm.getErrorMessage()).isEqualTo("Hai lần nhập mật khẩu mới không giống nhau.");
        assertThat(users.mustChangePassword(username)).isTrue();

        _setValue(change.current, "khong-dung");
        _setValue(change.confirm, "mat-khau-rieng");
        _click(change.save);
        assertThat(change.current.getErrorMessage()).isEqualTo("Mật khẩu hiện tại không đúng.");

        _setValue(change.current, initial);
        _click(change.save);
        assertThat(users.mustChangePassword(username)).isFalse();
        _get(HomeView.class);
        UI.getCurrent().navigate(HomeView.class);
        _get(HomeView.class);
    }

    @Test
    void aUserCreatedWithAGeneratedPasswordThroughTheApisServiceIsSentThereToo() {
        TestOrgs.Area province = testOrgs().area(null, "Tỉnh Người Từ API", "PROVINCE", "nguoiapi");
        String username = "api." + testOrgs().suffix();
        login(testOrgs().admin());
        users.createWithGeneratedPassword(new UserForm(username, "Người Từ API", null, province.id(),
                Set.of(Role.REPORTER), null));

        login(username);
        UI.getCurrent().navigate(HomeView.class);
        _get(ChangePasswordView.class);
    }

    @Test
    void aUserWithAPasswordOfTheirOwnIsNotSentThere() {
        login(testOrgs().area(null, "Tỉnh Mật Khẩu Riêng", "PROVINCE", "matkhaurieng").officer());
        UI.getCurrent().navigate(HomeView.class);
        _get(HomeView.class);
    }
}
