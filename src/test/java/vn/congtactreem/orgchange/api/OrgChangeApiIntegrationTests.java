package vn.congtactreem.orgchange.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserService;
import vn.congtactreem.support.ApiClient;
import vn.congtactreem.support.TestOrgs;
import vn.congtactreem.support.WebIntegrationTest;

/** The former direct paths of the admin API now leave their row in the unit's history: PUT …/parent, PUT …/name. */
class OrgChangeApiIntegrationTests extends WebIntegrationTest {

    @Autowired OrgService orgs;
    @Autowired UserService users;

    @Test
    void theOldMoveAndRenamePathsAnswerAndRecordTheChange() {
        TestOrgs test = new TestOrgs(orgs, users);
        String admin = test.admin();
        TestOrgs.Area province = test.area(null, "Tỉnh API chuyển", "PROVINCE", "apichuyen");
        TestOrgs.Area from = test.area(province.id(), "Huyện API cũ", "DISTRICT", "apicu");
        TestOrgs.Area to = test.area(province.id(), "Huyện API mới", "DISTRICT", "apimoi");
        TestOrgs.Area commune = test.area(from.id(), "Xã API chuyển", "COMMUNE", "apixa");
        ApiClient api = new ApiClient(port);
        String base = "/api/v1/admin/organisations/" + commune.id();

        JsonNode moved = api.put(admin, base + "/parent", Map.of("parentId", to.id())).expect(200).body();
        assertThat(moved.get("kind").asText()).isEqualTo("MOVE");
        assertThat(moved.get("fromPath").asText()).isEqualTo(province.name() + " › " + from.name() + " › "
                + commune.name());
        api.put(admin, base + "/name", Map.of("name", "Phường API " + test.suffix())).expect(200);

        JsonNode history = api.get(admin, base + "/changes").expect(200).body();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("kind").asText()).isEqualTo("MOVE");
        assertThat(history.get(0).get("toUnitId").asLong()).isEqualTo(to.id());
        assertThat(history.get(1).get("kind").asText()).isEqualTo("RENAME");
        assertThat(history.get(1).get("unitName").asText()).isEqualTo(commune.name());
        assertThat(history.get(1).get("toPath").asText()).endsWith(" › Phường API " + test.suffix());
        assertThat(orgs.find(commune.id()).orElseThrow().parentId()).isEqualTo(to.id());
    }
}
