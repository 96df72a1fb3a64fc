package vn.congtactreem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import vn.congtactreem.support.WebIntegrationTest;

/** The whole application on PostgreSQL: it starts, serves the Vietnamese login page and lets people in. */
class ApplicationIntegrationTests extends WebIntegrationTest {

    @Test
    void healthAnswersUpWithoutLogin() {
        HttpResponse<String> health = get(browser(), "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void loginPageIsServedInVietnamese() {
        HttpResponse<String> page = get(browser(), "/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"vi\"");
    }

    @Test
    void officerSignsInWithTheLoginFormAndReachesTheHomeScreen() {
        HttpClient officer = browser();
        HttpResponse<String> login = signIn(officer, "canbo.anduong", "demo123");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
        assertThat(get(officer, "/").statusCode()).isEqualTo(200);
    }

    @Test
    void wrongPasswordSendsBackToTheLoginPageWithAnError() {
        HttpResponse<String> login = signIn(browser(), "canbo.anduong", "wrong-password");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error"));
    }

    @Test
    void everyDemoUserCanSignIn() {
        for (String user : new String[] {"admin", "canbo.anduong", "lanhdao.anduong", "congan.anduong",
                "yte.anduong", "canbo.tanyen", "lanhdao.tanyen", "quanly.tanyen"}) {
            HttpResponse<String> me = getAs(user, "demo123", "/api/v1/me");
            assertThat(me.statusCode()).as(user).isEqualTo(200);
            assertThat(me.body()).contains("\"username\":\"" + user + "\"");
        }
    }
}
