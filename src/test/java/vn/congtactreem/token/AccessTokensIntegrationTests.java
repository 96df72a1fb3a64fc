package vn.congtactreem.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserService;
import vn.congtactreem.security.SystemAuthentication;
import vn.congtactreem.support.TestOrgs;
import vn.congtactreem.support.WebIntegrationTest;

/**
 * Personal access tokens on the running application and PostgreSQL: made over the API (HTTP Basic), then
 * {@code Authorization: Bearer} accepted as the token's user; refused (401, audited) when wrong, revoked,
 * expired or its user deactivated; never more than its user (a reporter's token does not open the
 * administration API); another user's token cannot be revoked. The engine's REST API takes an administrator's
 * token too, and nobody else's.
 */
class AccessTokensIntegrationTests extends WebIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired OrgService orgs;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;

    private TestOrgs.Commune place;

    @BeforeEach
    void commune() {
        place = new TestOrgs(orgs, users).commune("mamay");
    }

    @Test
    void aTokenMadeOverTheApiSignsItsUserInAndIsShownOnlyOnce() throws Exception {
        JsonNode made = create(place.policeReporter(), "Đồng bộ số liệu");

        String token = made.get("token").asText();
        assertThat(token).startsWith("ctte_").hasSizeGreaterThan(40);
        HttpResponse<String> me = bearer(token, "/api/v1/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(me.body()).get("username").asText()).isEqualTo(place.policeReporter());
        JsonNode listed = JSON.readTree(getAs(place.policeReporter(), TestOrgs.PASSWORD, "/api/v1/me/tokens").body());
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("token").isNull()).isTrue();
        assertThat(listed.get(0).get("usable").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("select token_hash from access_token where id = ?", String.class,
                made.get("id").asLong())).hasSize(64).isNotEqualTo(token).doesNotContain(token.substring(5));
        assertThat(audited("TOKEN_CREATED", place.policeReporter())).isEqualTo(1);
    }

    @Test
    void aWrongTokenIsRefusedAndAudited() {
        long before = audited("TOKEN_REFUSED", "hệ thống");

        assertThat(bearer("ctte_khongphaima", "/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(bearer("abc", "/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(audited("TOKEN_REFUSED", "hệ thống")).isEqualTo(before + 2);
    }

    @Test
    void aRevokedTokenIsRefused() throws Exception {
        JsonNode made = create(place.policeReporter(), "Tạm thời");
        String token = made.get("token").asText();
        assertThat(bearer(token, "/api/v1/me").statusCode()).isEqualTo(200);

        HttpResponse<String> revoked = send(browser(), HttpRequest.newBuilder(URI.create(url("/api/v1/me/tokens/"
                + made.get("id").asLong()))).header("Authorization", "Bearer " + token).DELETE().build());

        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(revoked.body()).get("usable").asBoolean()).isFalse();
        assertThat(bearer(token, "/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(audited("TOKEN_REVOKED", place.policeReporter())).isEqualTo(1);
        assertThat(audited("TOKEN_REFUSED", place.policeReporter())).isEqualTo(1);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        JsonNode made = create(place.policeReporter(), "Hết hạn");
        jdbc.update("update access_token set expires_at = localtimestamp - interval '1 second' where id = ?",
                made.get("id").asLong());

        assertThat(bearer(made.get("token").asText(), "/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'TOKEN_REFUSED' and actor = ?",
                String.class, place.policeReporter())).startsWith("expired");
    }

    @Test
    void aTokenNeverGrantsMoreThanItsUserAndNothingOnceTheUserIsDeactivated() throws Exception {
        String token = create(place.policeReporter(), "Của báo cáo viên").get("token").asText();
        long reporterId = users.findByUsername(place.policeReporter()).orElseThrow().id();

        assertThat(bearer(token, "/api/v1/admin/users/" + reporterId + "/tokens").statusCode()).isEqualTo(403);
        String officerToken = create(place.commune().officer(), "Của cán bộ").get("token").asText();
        long officerTokenId = jdbc.queryForObject("select max(id) from access_token where user_id = (select id from"
                + " app_user where username = ?)", Long.class, place.commune().officer());
        HttpResponse<String> othersToken = send(browser(), HttpRequest.newBuilder(URI.create(url(
                "/api/v1/me/tokens/" + officerTokenId))).header("Authorization", "Bearer " + token).DELETE().build());
        assertThat(othersToken.statusCode()).isEqualTo(404);
        assertThat(bearer(officerToken, "/api/v1/me").statusCode()).isEqualTo(200);

        SystemAuthentication.runAsSystem(() -> users.deactivate(reporterId));

        assertThat(bearer(token, "/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'TOKEN_REFUSED' and actor = ?",
                String.class, place.policeReporter())).startsWith("user inactive");
    }

    @Test
    void theEngineRestApiTakesAnAdministratorsTokenAndNoOneElses() throws Exception {
        String admin = new TestOrgs(orgs, users).admin();
        String adminToken = create(admin, "Truy vấn engine").get("token").asText();
        String reporterToken = create(place.policeReporter(), "Của báo cáo viên").get("token").asText();

        HttpResponse<String> count = bearer(adminToken, "/engine-rest/task/count");
        assertThat(count.statusCode()).as(count.body()).isEqualTo(200);
        assertThat(JSON.readTree(count.body()).get("count").isNumber()).isTrue();
        assertThat(bearer(reporterToken, "/engine-rest/task/count").statusCode()).isEqualTo(403);
        assertThat(bearer("ctte_khongphaima", "/engine-rest/task/count").statusCode()).isEqualTo(401);
        assertThat(get(browser(), "/engine-rest/task/count").statusCode()).isEqualTo(401);
        assertThat(getAs(admin, TestOrgs.PASSWORD, "/engine-rest/task/count").statusCode()).isEqualTo(200);
    }

    private JsonNode create(String username, String name) throws Exception {
        String body = JSON.writeValueAsString(java.util.Map.of("name", name, "lastDay",
                LocalDate.now().plusDays(30).toString()));
        HttpResponse<String> reply = send(browser(), HttpRequest.newBuilder(URI.create(url("/api/v1/me/tokens")))
                .header("Authorization", basic(username, TestOrgs.PASSWORD)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        return JSON.readTree(reply.body());
    }

    private HttpResponse<String> bearer(String token, String path) {
        return get(browser(), path, "Authorization", "Bearer " + token);
    }

    private long audited(String action, String actor) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and actor = ?", Long.class,
                action, actor);
    }
}
