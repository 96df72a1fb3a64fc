package vn.congtactreem.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserForm;
import vn.congtactreem.org.UserService;
import vn.congtactreem.support.TestOrgs;
import vn.congtactreem.support.WebIntegrationTest;

/** Cookies, security headers, CSRF on the login form and no cross-site posts into the API (finding 10). */
class BrowserProtectionIntegrationTests extends WebIntegrationTest {

    @Autowired
    UserService users;

    @Autowired
    OrgService orgs;

    /** This test's commune, its officer and an administrator. */
    private TestOrgs.Area commune;
    private String officer;
    private String admin;

    @BeforeEach
    void aCommuneAndAnAdministrator() {
        TestOrgs test = new TestOrgs(orgs, users);
        commune = test.area(null, "Xã Bảo Vệ", "COMMUNE", "baove");
        officer = commune.officer();
        admin = test.admin();
    }

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeaders() {
        for (HttpResponse<String> answer : List.of(get(browser(), "/login"),
                getAs(officer, TestOrgs.PASSWORD, "/api/v1/me"))) {
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                            "object-src 'none'", "frame-ancestors 'self'", "form-action 'self'"));
            assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
            assertThat(answer.headers().firstValue("Permissions-Policy")).hasValueSatisfying(
                    policy -> assertThat(policy).contains("camera=()", "geolocation=()"));
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        HttpResponse<String> page = get(browser(), "/login");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void aLoginPostWithoutTheTokenOfTheLoginPageDoesNotSignIn() {
        HttpClient attacker = browser();
        HttpResponse<String> refused = postLogin(attacker, officer, TestOrgs.PASSWORD, "");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("tải lại trang đăng nhập");
        // a token made up or taken from another session is refused as well
        get(attacker, "/login");
        assertThat(postLogin(attacker, officer, TestOrgs.PASSWORD, "&_csrf=bWFkZS11cA").statusCode()).isEqualTo(403);
        assertThat(get(attacker, "/").statusCode()).isEqualTo(302);

        HttpClient officerSession = browser();
        HttpResponse<String> signedIn = signIn(officerSession, officer, TestOrgs.PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(get(officerSession, "/").statusCode()).isEqualTo(200);
    }

    @Test
    void aCrossSitePostIntoTheApiIsRefusedBeforeAnythingRuns() {
        for (String[] crossSite : new String[][] {{"Sec-Fetch-Site", "cross-site"}, {"Sec-Fetch-Site", "same-site"},
                {"Origin", "https://evil.example"}, {"Origin", "null"}}) {
            HttpResponse<String> refused = post("/api/v1/admin/users/999999999/deactivate", crossSite[0], crossSite[1]);
            assertThat(refused.statusCode()).as(crossSite[1]).isEqualTo(403);
            assertThat(refused.body()).contains("Yêu cầu từ trang web khác bị từ chối");
        }
        // a script (no browser headers) and this site's own pages reach the endpoint: 404 for the unknown user
        assertThat(post("/api/v1/admin/users/999999999/deactivate").statusCode()).isEqualTo(404);
        assertThat(post("/api/v1/admin/users/999999999/deactivate", "Sec-Fetch-Site", "same-origin").statusCode())
                .isEqualTo(404);
        assertThat(post("/api/v1/admin/users/999999999/deactivate", "Origin", "http://localhost:" + port)
                .statusCode()).isEqualTo(404);
    }

    @Test
    void aDeactivatedUsersOpenSessionEndsWithAMessageOnTheLoginPage() {
        String username = "khoa." + Long.toString(System.nanoTime() % 1_000_000, 36);
        long communeId = commune.id();
        UserAccount user = SystemAuthentication.runAsSystem(() -> users.create(new UserForm(username,
                "Người Sẽ Bị Khóa", null, communeId, Set.of(Role.OFFICER), "Cay-tre-xanh-26")));
        HttpClient session = browser();
        assertThat(signIn(session, username, "Cay-tre-xanh-26").statusCode()).isEqualTo(302);
        assertThat(get(session, "/").statusCode()).isEqualTo(200);

        SystemAuthentication.runAsSystem(() -> users.deactivate(user.id()));
        HttpResponse<String> next = get(session, "/");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?deactivated"));
        assertThat(get(session, "/login?deactivated").statusCode()).isEqualTo(200);
        // the session is gone: the next page asks to sign in, and signing in again is refused
        assertThat(get(session, "/").headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/login"));
        assertThat(signIn(browser(), username, "Cay-tre-xanh-26").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("error"));
    }

    private HttpResponse<String> post(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", basic(admin, TestOrgs.PASSWORD))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(browser(), request.build());
    }
}
