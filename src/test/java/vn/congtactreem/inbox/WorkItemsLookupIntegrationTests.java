package vn.congtactreem.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.support.PostgresIntegrationTest;

/**
 * A step finds its task by the process, the instance's business key and the task's kind, and nothing else: not the
 * same kind in another instance, not another process's instance with the same business key, not another kind of
 * the same instance; a step whose task does not wait is told so.
 */
class WorkItemsLookupIntegrationTests extends PostgresIntegrationTest {

    private static final String PROCESS = "lookup-test";
    private static final String OTHER = "lookup-test-other";

    @Autowired
    WorkItems work;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    @Test
    void theTaskOfThatKindInThatInstanceOfThatProcess() {
        repository.createDeployment().addModelInstance(PROCESS + ".bpmn", twoTasks(PROCESS))
                .addModelInstance(OTHER + ".bpmn", twoTasks(OTHER)).enableDuplicateFiltering(true).deploy();
        List<String> instances = List.of(start(PROCESS, "41"), start(PROCESS, "42"), start(OTHER, "41"));

        OpenTask found = work.require(PROCESS, 41L, "First");

        Task expected = tasks.createTaskQuery().processInstanceId(instances.get(0)).singleResult();
        assertThat(found.id()).isEqualTo(expected.getId());
        assertThat(found.name()).isEqualTo("Bước một");
        assertThat(found.assignee()).isNull();
        assertThat(found.candidateGroups()).containsExactly("org:7:OFFICER", "org:9:LEADER");
        assertThat(work.find(PROCESS, 42L, "First")).map(OpenTask::id)
                .contains(taskOf(instances.get(1)));
        assertThat(work.isWaiting(OTHER, 41L, "First")).isTrue();
        assertThat(work.isWaiting(PROCESS, 41L, "Second")).isFalse();
        assertThat(work.find(PROCESS, 43L, "First")).isEmpty();
        assertThatThrownBy(() -> work.require(PROCESS, 41L, "Second")).isInstanceOf(ValidationException.class);

        tasks.complete(expected.getId());

        OpenTask second = work.require(PROCESS, 41L, "Second");
        assertThat(second.id()).isEqualTo(taskOf(instances.get(0)));
        assertThat(second.candidateGroups()).as("a task offered to no group").isEmpty();
        tasks.claim(second.id(), "holder");
        assertThat(work.require(PROCESS, 41L, "Second").assignee()).isEqualTo("holder");
        assertThat(work.isWaiting(PROCESS, 41L, "First")).isFalse();
        instances.forEach(id -> runtime.deleteProcessInstance(id, "test done"));
    }

    private String taskOf(String instanceId) {
        return tasks.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    }

    private static BpmnModelInstance twoTasks(String key) {
        return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent()
                .userTask("First").name("Bước một").camundaCandidateGroups("org:9:LEADER, org:7:OFFICER")
                .camundaCandidateUsers("someone").userTask("Second").name("Bước hai").endEvent().done();
    }

    private String start(String key, String businessKey) {
        return runtime.startProcessInstanceByKey(key, businessKey).getId();
    }
}
