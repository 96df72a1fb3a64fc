package vn.congtactreem.inbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserService;
import vn.congtactreem.support.ApiClient;
import vn.congtactreem.support.TestOrgs;
import vn.congtactreem.support.WebIntegrationTest;

/** Claiming a task and giving it back over the API, with the same rules as the inbox. */
class TaskClaimIntegrationTests extends WebIntegrationTest {

    @Autowired
    OrgService orgs;
    @Autowired
    UserService users;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void theOfficerClaimsTheGroupsTaskGivesItBackAndOnlyTheHolderMayGiveItBack() {
        TestOrgs.Area district = new TestOrgs(orgs, users).commune("nhanviec").district();
        String officer = district.officer();
        String leader = district.leader();
        long planId = api.post(officer, "/api/v1/plans", Map.of("orgUnitId", district.id(),
                "title", "Kế hoạch nhận việc qua API", "yearFrom", 2141)).expect(201).body().get("id").asLong();
        String taskId = task(officer, planId).get("id").asText();
        assertThat(task(officer, planId).get("assignee").isNull()).isTrue();

        // the leader is not in the officers' group
        api.post(leader, "/api/v1/tasks/" + taskId + "/claim", null).expect(404);

        JsonNode claimed = api.post(officer, "/api/v1/tasks/" + taskId + "/claim", null).expect(200).body();
        assertThat(claimed.get("assignee").asText()).isEqualTo(officer);
        assertThat(task(officer, planId).get("assignee").asText()).isEqualTo(officer);
        // claiming one's own task again changes nothing
        api.post(officer, "/api/v1/tasks/" + taskId + "/claim", null).expect(200);

        api.post(leader, "/api/v1/tasks/" + taskId + "/unclaim", null).expect(404);
        JsonNode givenBack = api.post(officer, "/api/v1/tasks/" + taskId + "/unclaim", null).expect(200).body();
        assertThat(givenBack.get("assignee").isNull()).isTrue();

        JsonNode nothingToGiveBack = api.post(officer, "/api/v1/tasks/" + taskId + "/unclaim", null)
                .expect(400).body();
        assertThat(nothingToGiveBack.get("detail").asText()).isEqualTo(
                "Việc này chưa có ai nhận nên không cần trả lại.");
        api.post(officer, "/api/v1/tasks/no-such-task/claim", null).expect(404);
    }

    private JsonNode task(String user, long planId) {
        return StreamSupport.stream(api.get(user, "/api/v1/tasks?limit=200").expect(200).body().spliterator(), false)
                .filter(t -> t.get("ids").path("planId").asLong() == planId).findFirst().orElseThrow();
    }
}
