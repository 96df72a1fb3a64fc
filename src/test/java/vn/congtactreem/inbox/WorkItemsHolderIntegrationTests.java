package vn.congtactreem.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.TestOrgs;

/**
 * The inbox asks the engine for the groups' tasks alone (fast) only while that gives the same tasks as
 * "held by the user or offered to their groups": a task the user holds outside their groups (they moved
 * to another organisation after claiming it) still shows, and so does a group task a colleague holds.
 */
class WorkItemsHolderIntegrationTests extends PostgresIntegrationTest {

    private static final String PROCESS = "inbox-holder-test";

    @Autowired
    WorkItems work;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    UserService users;
    @Autowired
    OrgService orgs;

    @Test
    void heldTasksOutsideTheGroupsStayInTheInboxBesideTheGroupsTasks() {
        repository.createDeployment().addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS)
                .camundaHistoryTimeToLive(1).startEvent().userTask("HolderTask").name("Việc thử người nhận")
                .camundaCandidateGroups("org:${orgUnitId}:MANAGER").endEvent().done())
                .enableDuplicateFiltering(true).deploy();
        TestOrgs test = new TestOrgs(orgs, users);
        TestOrgs.Area province = test.area(null, "Tỉnh Người Nhận", "PROVINCE", "tinhnguoinhan");
        TestOrgs.Area district = test.area(province.id(), "Huyện Người Nhận", "DISTRICT", "huyennguoinhan");
        UserAccount manager = users.findByUsername(test.user("quanly.huyen", district.id(), Role.MANAGER))
                .orElseThrow();
        UserAccount otherManager = users.findByUsername(test.user("quanly.tinh", province.id(), Role.MANAGER))
                .orElseThrow();
        List<String> instances = List.of(
                start("claimed-by-colleague", manager.orgUnitId()),
                start("held-outside-groups", otherManager.orgUnitId()));
        tasks.claim(task("claimed-by-colleague"), otherManager.username());
        long before = work.count(manager);
        List<String> keysBefore = keys(manager);

        tasks.setAssignee(task("held-outside-groups"), manager.username());

        assertThat(keysBefore).contains("claimed-by-colleague").doesNotContain("held-outside-groups");
        assertThat(keys(manager)).contains("claimed-by-colleague", "held-outside-groups");
        assertThat(work.count(manager)).isEqualTo(before + 1);
        instances.forEach(id -> runtime.deleteProcessInstance(id, "test done"));
    }

    private String start(String businessKey, long orgUnitId) {
        return runtime.startProcessInstanceByKey(PROCESS, businessKey, Map.of("orgUnitId", orgUnitId)).getId();
    }

    private String task(String businessKey) {
        return tasks.createTaskQuery().processDefinitionKey(PROCESS).processInstanceBusinessKey(businessKey).singleResult()
                .getId();
    }

    private List<String> keys(UserAccount user) {
        return work.of(user, 0, 500).stream().filter(item -> PROCESS.equals(item.processKey()))
                .map(WorkItem::businessKey).toList();
    }
}
