package vn.congtactreem.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserService;
import vn.congtactreem.support.TestOrgs;
import vn.congtactreem.support.WebIntegrationTest;

/** Guessing passwords is slowed down the same way by HTTP Basic and by the login form, with the wait said. */
class SignInThrottleIntegrationTests extends WebIntegrationTest {

    @Autowired
    OrgService orgs;
    @Autowired
    UserService users;

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneWaitsAndTheCallerIsToldHowLong() {
        TestOrgs test = new TestOrgs(orgs, users);
        String user = test.user("thu.sai", test.area(null, "Tỉnh Thử Mật Khẩu", "PROVINCE", "matkhau").id(),
                Role.OFFICER);
        for (int i = 0; i < 5; i++) {
            assertThat(getAs(user, "sai-mat-khau-" + i, "/api/v1/plans").statusCode()).isEqualTo(401);
        }
        HttpResponse<String> paused = getAs(user, TestOrgs.PASSWORD, "/api/v1/plans");
        assertThat(paused.statusCode()).isEqualTo(401);
        assertThat(paused.headers().firstValue("Retry-After")).hasValue("300");
        assertThat(paused.body()).contains("Đăng nhập sai quá nhiều lần: thử lại sau 5 phút.");

        HttpResponse<String> form = signIn(browser(), user, TestOrgs.PASSWORD);
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(form.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error&wait=5"));
    }
}
