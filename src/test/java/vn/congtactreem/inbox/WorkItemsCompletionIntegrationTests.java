package vn.congtactreem.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.support.PostgresIntegrationTest;

/**
 * A completion through the application's services does what the engine's own completion does (the variables set,
 * the process carried on, the task's history ended) but leaves no entry in the engine's user operation log, which
 * the audit trail makes redundant; a completion through the engine's API as a signed-in user still leaves one.
 */
class WorkItemsCompletionIntegrationTests extends PostgresIntegrationTest {

    private static final String PROCESS = "completion-log-test";

    @Autowired
    WorkItems work;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    IdentityService identity;

    @Test
    void theApplicationsCompletionCarriesOnWithoutAnOperationLogEntry() {
        repository.createDeployment().addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS)
                .camundaHistoryTimeToLive(1).startEvent().userTask("First").camundaCandidateGroups("org:7:OFFICER")
                .userTask("Second").camundaCandidateGroups("org:7:OFFICER").endEvent().done())
                .enableDuplicateFiltering(true).deploy();
        String instance = runtime.startProcessInstanceByKey(PROCESS, "77").getId();
        UserAccount officer = new UserAccount(1, "can.bo.hoan.thanh", "Cán bộ", null, 7, Set.of(Role.OFFICER), true,
                "vi");

        OpenTask first = work.require(PROCESS, 77L, "First");
        work.complete(officer, first, Map.of("accepted", true));

        assertThat(runtime.getVariable(instance, "accepted")).isEqualTo(true);
        assertThat(work.isWaiting(PROCESS, 77L, "Second")).isTrue();
        assertThat(history.createHistoricTaskInstanceQuery().taskId(first.id()).finished().count()).isEqualTo(1);
        assertThat(history.createUserOperationLogQuery().taskId(first.id()).count()).isZero();
        assertThat(identity.getCurrentAuthentication()).as("the engine's user is cleared afterwards").isNull();

        Task second = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        identity.setAuthenticatedUserId("nguoi.dung.tasklist");
        try {
            tasks.complete(second.getId());
        } finally {
            identity.clearAuthentication();
        }
        assertThat(history.createUserOperationLogQuery().taskId(second.getId()).list())
                .extracting(UserOperationLogEntry::getOperationType, UserOperationLogEntry::getUserId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(UserOperationLogEntry.OPERATION_TYPE_COMPLETE,
                        "nguoi.dung.tasklist"));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    }
}
