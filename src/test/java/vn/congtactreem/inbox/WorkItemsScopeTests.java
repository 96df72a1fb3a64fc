package vn.congtactreem.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.TestOrgs;

/**
 * A page of tasks reads the id variables of all its process instances in one query; a task inside
 * a multi-instance scope (as {@code periodId} in the plan cycle's periods) still sees its own
 * instance's value, as the engine resolves it, not a sibling's.
 */
class WorkItemsScopeTests extends PostgresIntegrationTest {

    private static final String PROCESS = "inbox-scope-test";

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
    void eachTaskOfAMultiInstanceSeesItsOwnPeriodAndTheInstancesPlan() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
                .startEvent()
                .subProcess("PerPeriod").embeddedSubProcess().startEvent()
                .userTask("ScopedTask").name("Việc thử theo kỳ").camundaCandidateGroups("org:${orgUnitId}:MANAGER")
                // a boundary timer makes the task a scope of its own, below the execution holding periodId
                .boundaryEvent("Late").timerWithDuration("P3650D").endEvent()
                .moveToActivity("ScopedTask").endEvent().subProcessDone()
                .multiInstance().parallel().camundaCollection("${periodIds}").camundaElementVariable("periodId")
                .multiInstanceDone()
                .endEvent().done();
        repository.createDeployment().addModelInstance(PROCESS + ".bpmn", model).enableDuplicateFiltering(true)
                .deploy();
        TestOrgs people = new TestOrgs(orgs, users);
        long province = people.area(null, "Tỉnh Phạm Vi", "PROVINCE", "phamvi").id();
        UserAccount manager = users.findByUsername(people.user("quanly.phamvi", province, Role.MANAGER))
                .orElseThrow();
        String instance = runtime.startProcessInstanceByKey(PROCESS, "scope-test", Map.of("planId", 9001L,
                "orgUnitId", manager.orgUnitId(), "periodIds", List.of(9101L, 9102L, 9103L))).getId();

        List<WorkItem> items = work.of(manager, 0, 50).stream()
                .filter(item -> item.processKey().equals(PROCESS) && "scope-test".equals(item.businessKey())).toList();

        assertThat(items).hasSize(3).allMatch(item -> item.ids().get("planId").equals(9001L));
        assertThat(items).extracting(item -> item.ids().get("periodId")).containsExactlyInAnyOrder(9101L, 9102L, 9103L);
        for (WorkItem item : items) {
            assertThat(item.ids().get("periodId")).isEqualTo(tasks.getVariable(item.id(), "periodId"));
        }
        runtime.deleteProcessInstance(instance, "test done");
    }

}
