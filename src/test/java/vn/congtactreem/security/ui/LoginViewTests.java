package vn.congtactreem.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import elemental.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.congtactreem.support.KaribuUiTest;

class LoginViewTests extends KaribuUiTest {

    @Test
    void loginPageSpeaksVietnamese() {
        UI.getCurrent().navigate(LoginView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Công tác trẻ em");
        JsonObject form = i18n().getObject("form");
        assertThat(form.getString("title")).isEqualTo("Đăng nhập");
        assertThat(form.getString("username")).isEqualTo("Tên đăng nhập");
        assertThat(form.getString("password")).isEqualTo("Mật khẩu");
        assertThat(form.getString("submit")).isEqualTo("Đăng nhập");
        assertThat(_get(LoginForm.class).getAction()).isEqualTo("login");
        assertThat(_get(LoginForm.class).isForgotPasswordButtonVisible()).isFalse();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Đăng nhập · Công tác trẻ em");
        assertThat(_get(LoginView.class).getElement().getAttribute("role")).isEqualTo("main");
    }

    @Test
    void loginPageWithoutErrorParameterShowsNoError() {
        UI.getCurrent().navigate(LoginView.class);

        assertThat(_get(LoginForm.class).isError()).isFalse();
    }

    @Test
    void failedSignInShowsTheVietnameseErrorOnTheForm() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        assertThat(_get(LoginForm.class).isError()).isTrue();
        JsonObject error = i18n().getObject("errorMessage");
        assertThat(error.getString("title")).isEqualTo("Sai tên đăng nhập hoặc mật khẩu");
        assertThat(error.getString("message")).startsWith("Kiểm tra lại tên đăng nhập và mật khẩu");
        assertThat(error.getString("username")).isEqualTo("Nhập tên đăng nhập");
        assertThat(error.getString("password")).isEqualTo("Nhập mật khẩu");
    }

    @Test
    void aSignInThatCouldNotReachTheDatabaseSaysSoInsteadOfWrongPassword() {
        UI.getCurrent().navigate("login", QueryParameters.of("unavailable", ""));

        assertThat(_get(LoginForm.class).isError()).isTrue();
        JsonObject error = i18n().getObject("errorMessage");
        assertThat(error.getString("title")).isEqualTo("Tạm thời không kết nối được cơ sở dữ liệu");
        assertThat(error.getString("message")).contains("chưa kiểm tra được mật khẩu", "thử lại sau ít phút");
    }

    /** The texts the web component shows: LoginForm hands its LoginI18n to the browser as JSON. */
    private static JsonObject i18n() {
        return (JsonObject) _get(LoginForm.class).getElement().getPropertyRaw("i18n");
    }
}
