package vn.congtactreem.org.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserService;
import vn.congtactreem.support.ApiClient;
import vn.congtactreem.support.TestOrgs;
import vn.congtactreem.support.WebIntegrationTest;

/** The administrators' API: refused to everyone else, the same rules and messages as the screens. */
class AdminApiIntegrationTests extends WebIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private UserService users;
    @Autowired
    private OrgService orgs;

    private TestOrgs test;
    private TestOrgs.Commune place;
    private String admin;

    @BeforeEach
    void organisations() {
        test = new TestOrgs(orgs, users);
        place = test.commune("quantri");
        admin = test.admin();
    }

    /** The commune's path as the CSV names it: "Tỉnh … › Huyện … › Xã …". */
    private String communePath() {
        return place.province().name() + " › " + place.district().name() + " › " + place.commune().name();
    }

    @Test
    void everyAdminCallIsRefusedToNonAdminsAndToStrangers() {
        ApiClient api = new ApiClient(port);
        String manager = test.user("quanly", place.district().id(), Role.MANAGER);
        for (String user : List.of(place.commune().officer(), place.commune().leader(), manager,
                place.policeReporter())) {
            api.get(user, "/api/v1/admin/organisations").expect(403);
            api.get(user, "/api/v1/admin/organisations/tree").expect(403);
            api.get(user, "/api/v1/admin/users").expect(403);
            api.get(user, "/api/v1/admin/indicators").expect(403);
            api.get(user, "/api/v1/admin/agency-template").expect(403);
            api.get(user, "/api/v1/admin/admin-units").expect(403);
            api.post(user, "/api/v1/admin/admin-units/import", Map.of("provinces", List.of("12"))).expect(403);
            api.post(user, "/api/v1/admin/users/1/reset-password", null).expect(403);
            assertThat(csv(user, "username,fullName,email,role,organisation,language\n").statusCode()).isEqualTo(403);
        }
        assertThat(get(browser(), "/api/v1/admin/organisations").statusCode()).isEqualTo(401);
    }

    @Test
    void adminManagesAnOrganisationWithTheScreensRulesAndMessages() {
        ApiClient api = new ApiClient(port);
        JsonNode tree = api.get(admin, "/api/v1/admin/organisations/tree").expect(200).body();
        JsonNode province = null;
        for (JsonNode root : tree) {
            if (root.get("unit").get("name").asText().equals(place.province().name())) {
                province = root;
            }
        }
        assertThat(province).isNotNull();
        assertThat(province.get("children").toString()).contains(place.district().name());
        long provinceId = province.get("unit").get("id").asLong();
        String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);

        Map<String, Object> commune = new java.util.HashMap<>(Map.of("parentId", provinceId, "kind", "AREA",
                "name", "Xã API " + suffix, "levelCode", "COMMUNE", "officialCode", "97" + (100 + suffix.length()),
                "adminKindCode", "XA"));
        JsonNode created = api.post(admin, "/api/v1/admin/organisations", commune).expect(200).body();
        assertThat(created.get("path").asText()).isEqualTo(place.province().name() + " › Xã API " + suffix);
        assertThat(created.get("adminKindCode").asText()).isEqualTo("XA");
        long id = created.get("id").asLong();

        JsonNode refused = api.put(admin, "/api/v1/admin/organisations/" + id + "/name",
                Map.of("name", place.district().name())).expect(400).body();
        assertThat(refused.get("errors").get(0).get("field").asText()).isEqualTo("name");
        assertThat(refused.get("errors").get(0).get("message").asText())
                .isEqualTo("Đã có đơn vị tên \"" + place.district().name() + "\" ở cùng cấp trên.");
        JsonNode badCode = api.put(admin, "/api/v1/admin/organisations/" + id + "/official-code",
                Map.of("officialCode", "1")).expect(400).body();
        assertThat(badCode.get("errors").get(0).get("message").asText()).isEqualTo("Mã gồm 5 chữ số.");

        api.put(admin, "/api/v1/admin/organisations/" + id + "/name", Map.of("name", "Xã API mới " + suffix))
                .expect(200);
        // the API holds the same password rule as the user dialog: 400 on the password field, nothing created
        for (String[] weak : new String[][] {{"111111", "Mật khẩu cần ít nhất 8 ký tự."},
                {"qwerty123", "Mật khẩu này quá phổ biến, dễ bị đoán: chọn mật khẩu khác."},
                {"Đường-làng-".repeat(7), "Mật khẩu dài quá: tối đa 72 byte (chữ không dấu tính 1 byte, chữ có dấu 2–3 byte)."}}) {
            JsonNode weakRefused = api.post(admin, "/api/v1/admin/users", Map.of("username", "yeu." + suffix,
                    "fullName", "Người Mật Khẩu Yếu", "orgUnitId", id, "roles", List.of("OFFICER"),
                    "password", weak[0])).expect(400).body();
            assertThat(weakRefused.get("errors").get(0).get("field").asText()).isEqualTo("password");
            assertThat(weakRefused.get("errors").get(0).get("message").asText()).isEqualTo(weak[1]);
        }
        assertThat(users.findByUsername("yeu." + suffix)).isEmpty();
        // deactivating shows its impact first and wants a confirmation (orgchange), then answers the change
        JsonNode unconfirmed = api.post(admin, "/api/v1/admin/organisations/" + id + "/deactivate",
                Map.of("confirmed", false)).expect(400).body();
        assertThat(unconfirmed.get("errors").get(0).get("field").asText()).isEqualTo("confirm");
        JsonNode closed = api.post(admin, "/api/v1/admin/organisations/" + id + "/deactivate",
                Map.of("confirmed", true)).expect(200).body();
        assertThat(closed.get("kind").asText()).isEqualTo("DEACTIVATE");
        assertThat(closed.get("unitName").asText()).isEqualTo("Xã API mới " + suffix);
        assertThat(api.get(admin, "/api/v1/admin/organisations/" + id).expect(200).body().get("active")
                .asBoolean()).isFalse();
    }

    @Test
    void aCsvWithMistakesIsRefusedWithEveryErrorByRowAndColumnAndAGoodOneGivesTheInitialPasswords() throws IOException {
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        HttpResponse<String> refused = csv(admin, "username;fullName;email;role;organisation;language\n"
                + "csv1." + suffix + ";Người Một;;REPORTER;" + communePath() + ";vi\n"
                + "csv2." + suffix + ";;;SECRETARY;99999;vi\n");
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("title").asText()).isEqualTo("Tệp người dùng chưa hợp lệ");
        assertThat(problem.get("errors")).hasSize(3);
        assertThat(problem.get("errors").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(problem.get("errors").get(0).get("column").asText()).isEqualTo("fullName");
        assertThat(problem.get("errors").get(1).get("column").asText()).isEqualTo("role");
        assertThat(problem.get("errors").get(2).get("message").asText()).startsWith("Không tìm thấy đơn vị \"99999\"");
        assertThat(users.findByUsername("csv1." + suffix)).isEmpty();

        HttpResponse<String> created = csv(admin, "csv1." + suffix + ",Người Một,,REPORTER,\"" + communePath()
                + "\",vi\n" + "csv2." + suffix + ",Người Hai,hai@anduong.gov.vn,\"OFFICER;LEADER\",\"" + communePath()
                + "\",en\n");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        JsonNode imported = JSON.readTree(created.body());
        assertThat(imported).hasSize(2);
        String password = imported.get(1).get("initialPassword").asText();
        assertThat(imported.get(1).get("roles").asText()).isEqualTo("LEADER, OFFICER");
        assertThat(users.mustChangePassword("csv2." + suffix)).isTrue();
        // the generated password signs in (the change is asked by the screens)
        assertThat(getAs("csv2." + suffix, password, "/api/v1/me").statusCode()).isEqualTo(200);

        ApiClient api = new ApiClient(port);
        long id = users.findByUsername("csv1." + suffix).orElseThrow().id();
        String reset = api.post(admin, "/api/v1/admin/users/" + id + "/reset-password", null).expect(200).body()
                .get("password").asText();
        assertThat(getAs("csv1." + suffix, reset, "/api/v1/me").statusCode()).isEqualTo(200);
        assertThat(users.mustChangePassword("csv1." + suffix)).isTrue();
    }

    @Test
    void aUserCreatedWithoutAPasswordGetsAGeneratedOneToChangeAtTheFirstSignInAndATypedOneDoesNot() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        ApiClient api = new ApiClient(port);
        long communeId = place.commune().id();
        JsonNode created = api.post(admin, "/api/v1/admin/users", Map.of("username", "sinh." + suffix,
                "fullName", "Người Mật Khẩu Sinh", "orgUnitId", communeId, "roles", List.of("OFFICER"))).expect(200).body();
        String initial = created.get("initialPassword").asText();
        assertThat(initial).hasSize(12);
        assertThat(created.get("user").get("username").asText()).isEqualTo("sinh." + suffix);
        assertThat(users.mustChangePassword("sinh." + suffix)).isTrue();
        assertThat(getAs("sinh." + suffix, initial, "/api/v1/me").statusCode()).isEqualTo(200);

        JsonNode typed = api.post(admin, "/api/v1/admin/users", Map.of("username", "tugo." + suffix,
                "fullName", "Người Mật Khẩu Gõ", "orgUnitId", communeId, "roles", List.of("OFFICER"),
                "password", "mat-khau-da-hen-" + suffix)).expect(200).body();
        assertThat(typed.path("initialPassword").isTextual()).isFalse();
        assertThat(users.mustChangePassword("tugo." + suffix)).isFalse();
    }

    @Test
    void theIndicatorCatalogueAndTheAgencyTemplateAreThereForAdminsAndInTheOpenApiDocument() {
        ApiClient api = new ApiClient(port);
        JsonNode indicators = api.get(admin, "/api/v1/admin/indicators?q=tiem").expect(200).body();
        assertThat(indicators.size()).isPositive();
        JsonNode template = api.get(admin, "/api/v1/admin/agency-template").expect(200).body();
        assertThat(template.get(0).get("namePattern").asText()).isEqualTo("Công an {xa}");
        JsonNode provinces = api.get(admin, "/api/v1/admin/admin-units").expect(200).body();
        assertThat(provinces).hasSize(34);
        JsonNode preview = api.post(admin, "/api/v1/admin/admin-units/preview",
                Map.of("provinces", List.of("12"), "withAgencies", true)).expect(200).body();
        assertThat(preview.get("communesToCreate").asInt()).isEqualTo(38);
        assertThat(preview.get("agenciesToCreate").asInt()).isEqualTo(38 * 12);

        String docs = getAs(admin, TestOrgs.PASSWORD, "/v3/api-docs").body();
        assertThat(docs).contains("/api/v1/admin/organisations", "/api/v1/admin/organisations/{id}/parent",
                "/api/v1/admin/users/import", "/api/v1/admin/users/import.xlsx", "/api/v1/admin/users/{id}/reset-password",
                "/api/v1/admin/indicators/{id}/deactivate", "/api/v1/admin/agency-template",
                "/api/v1/admin/admin-units/import");
    }

    private HttpResponse<String> csv(String user, String body) {
        return send(browser(), HttpRequest.newBuilder(URI.create(url("/api/v1/admin/users/import")))
                .header("Authorization", basic(user, TestOrgs.PASSWORD)).header("Content-Type", "text/csv; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }
}
