package vn.congtactreem.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserService;
import vn.congtactreem.support.TestOrgs;
import vn.congtactreem.support.WebIntegrationTest;

/** Who may reach what: the engine, Camunda's webapps, the domain API and the actuator. */
class SecurityIntegrationTests extends WebIntegrationTest {

    @Autowired
    IdentityService camundaIdentity;

    @Autowired
    OrgService orgs;

    @Autowired
    UserService users;

    /**
     * The one administrator Camunda's identity service knows ({@code camunda.bpm.admin-user.id}); in the dev
     * profile the demo's "admin", password "demo123". Camunda's webapps sign in only a user their identity
     * service knows (an administrator of the application with another username gets a 500 there), so the
     * two tests of the webapps' sign-in keep this one.
     */

    /** This test's commune (its officer, its police's reporter, its district's officer) and administrator. */
    private TestOrgs.Commune place;
    private String officer;
    private String admin;

    @BeforeEach
    void aCommuneAndAnAdministrator() {
        TestOrgs test = new TestOrgs(orgs, users);
        place = test.commune("baomat");
        officer = place.commune().officer();
        admin = test.admin();
    }

    @Test
    void anonymousEngineRestIsRefused() {
        assertThat(get(browser(), "/engine-rest/engine").statusCode()).isEqualTo(401);
    }

    @Test
    void engineRestAnswersOnlyAnAdmin() {
        assertThat(getAs(officer, TestOrgs.PASSWORD, "/engine-rest/engine").statusCode()).isEqualTo(403);
        HttpResponse<String> admin = getAs(this.admin, TestOrgs.PASSWORD, "/engine-rest/engine");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("default");
    }

    @Test
    void camundaWebappsSendAnonymousVisitorsToTheLoginPage() {
        HttpResponse<String> cockpit = get(browser(), "/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).isEqualTo(302);
        assertThat(cockpit.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void camundaWebappsRefuseSignedInNonAdmins() {
        HttpClient officer = browser();
        signIn(officer, this.officer, TestOrgs.PASSWORD);
        assertThat(get(officer, "/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
    }

    @Test
    void anAdministratorTheApplicationMadeIsSignedIntoCamundaToo() {
        HttpClient admin = browser();
        signIn(admin, this.admin, TestOrgs.PASSWORD);
        // opening a webapp page hands the application's sign-in to Camunda, as in a browser
        assertThat(get(admin, "/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
        HttpResponse<String> user = get(admin, "/camunda/api/admin/auth/user/default");
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body()).contains("\"userId\":\"" + this.admin + "\"").contains("cockpit");
        assertThat(get(admin, "/camunda/app/tasklist/default/").statusCode()).as("a second visit").isEqualTo(200);
        // the webapps' own engine knows the administrator now (asked through the webapps: with several test
        // contexts in one JVM, Camunda's engine registry may hold another context's "default" engine)
        HttpResponse<String> profile = get(admin, "/camunda/api/engine/engine/default/user/" + this.admin + "/profile");
        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(profile.body()).contains("\"id\":\"" + this.admin + "\"");
        // an officer is not let in and not added
        HttpClient officer = browser();
        signIn(officer, this.officer, TestOrgs.PASSWORD);
        assertThat(get(officer, "/camunda/app/cockpit/default/").statusCode()).isNotEqualTo(200);
        assertThat(get(admin, "/camunda/api/engine/engine/default/user/" + this.officer + "/profile").statusCode())
                .isEqualTo(404);
    }

    @Test
    void camundaSetupPageCanNeverCreateAUser() {
        HttpClient admin = browser();
        signIn(admin, this.admin, TestOrgs.PASSWORD);
        HttpResponse<String> page = get(admin, "/camunda/app/admin/default/");
        long usersBefore = camundaIdentity.createUserQuery().count();
        String newUser = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"a\",\"lastName\":\"b\"},"
                + "\"credentials\":{\"password\":\"intruder123\"}}";

        HttpResponse<String> anonymous = send(browser(), setupRequest(newUser, null));
        assertThat(anonymous.statusCode()).isIn(302, 401);

        String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        HttpResponse<String> asAdmin = send(admin, setupRequest(newUser, token));
        assertThat(asAdmin.statusCode()).isEqualTo(403);
        assertThat(asAdmin.body()).contains("Setup action not available");

        assertThat(camundaIdentity.createUserQuery().count()).isEqualTo(usersBefore);
        assertThat(camundaIdentity.createUserQuery().userId("intruder").count()).isZero();
        assertThat(camundaIdentity.createUserQuery().memberOfGroup("camunda-admin").count()).isPositive();
    }

    @Test
    void apiAcceptsHttpBasicForApplicationUsers() {
        HttpResponse<String> me = getAs(officer, TestOrgs.PASSWORD, "/api/v1/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains(place.commune().name()).contains("OFFICER");
        assertThat(get(browser(), "/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(getAs(officer, "wrong", "/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void theOpenApiDocumentIsReadableByAnySignedInUser() {
        assertThat(get(browser(), "/v3/api-docs").statusCode()).isEqualTo(401);
        HttpResponse<String> docs = getAs(place.policeReporter(), TestOrgs.PASSWORD, "/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/plans").contains("/api/v1/tasks")
                .contains("/api/v1/reports/{id}/submit").contains("basicAuth");
        HttpClient officer = browser();
        signIn(officer, this.officer, TestOrgs.PASSWORD);
        assertThat(get(officer, "/v3/api-docs").statusCode()).isEqualTo(200);
        assertThat(get(officer, "/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    @Test
    void apiErrorsAreProblemDetailsWithTheFieldInVietnamese() {
        HttpResponse<String> refused = send(browser(), HttpRequest.newBuilder(URI.create(url("/api/v1/plans")))
                .header("Authorization", basic(officer, TestOrgs.PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"orgUnitId\": " + communeId() + ", \"title\": \" \", \"yearFrom\": 2025}")).build());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("\"field\":\"title\"").contains("Nhập tên kế hoạch.");
    }

    @Test
    void anOfficerCannotStartAPlanForAnotherOrganisation() {
        HttpResponse<String> refused = send(browser(), HttpRequest.newBuilder(URI.create(url("/api/v1/plans")))
                .header("Authorization", basic(place.district().officer(), TestOrgs.PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"orgUnitId\": " + communeId() + ", \"title\": \"Kế hoạch\", \"yearFrom\": 2025}")).build());
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    private long communeId() {
        return place.commune().id();
    }

    @Test
    void actuatorEndpointsOtherThanHealthNeedAnAdmin() {
        assertThat(get(browser(), "/actuator/metrics").statusCode()).isEqualTo(401);
        assertThat(getAs(officer, TestOrgs.PASSWORD, "/actuator/metrics").statusCode()).isEqualTo(403);
        assertThat(getAs(admin, TestOrgs.PASSWORD, "/actuator/metrics").statusCode()).isEqualTo(200);
    }

    private HttpRequest setupRequest(String body, String xsrfToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(url("/camunda/api/admin/setup/default/user/create")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (xsrfToken != null) {
            request.header("X-XSRF-TOKEN", xsrfToken);
        }
        return request.build();
    }
}
