package vn.congtactreem.inbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.security.AccessScope;

/**
 * The engine's user tasks as work for people. Features complete their tasks through here, so the
 * rule "only the task's candidate group or assignee may complete it" is checked in one place.
 */
@Service
public class WorkItems {

    /** Process variables copied into {@link WorkItem#ids()}. */
    private static final Set<String> ID_VARIABLES = Set.of("planId", "periodId", "orgUnitId", "reportId",
            "unitOrgId", "planOrgId", "consolidatedReportId");

    private final TaskService tasks;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final AccessScope scope;

    public WorkItems(TaskService tasks, RepositoryService repository, RuntimeService runtime, IdentityService identity,
                     AccessScope scope) {
        this.tasks = tasks;
        this.repository = repository;
        this.runtime = runtime;
        this.identity = identity;
        this.scope = scope;
    }

    /** The open task of kind {@code taskKey} in the process instance with this business key. */
    public Task require(String processKey, Object businessKey, String taskKey) {
        List<Task> found = tasks.createTaskQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(String.valueOf(businessKey)).taskDefinitionKey(taskKey).list();
        if (found.isEmpty()) {
            throw new ValidationException("task", "task.error.notWaiting", taskKey);
        }
        return found.get(0);
    }

    /** The open task of kind {@code taskKey} in the process instance whose variable has this value. */
    public Task requireWithVariable(String processKey, String variable, Object value, String taskKey) {
        List<Task> found = tasks.createTaskQuery().processDefinitionKey(processKey)
                .processVariableValueEquals(variable, value).taskDefinitionKey(taskKey).list();
        if (found.isEmpty()) {
            throw new ValidationException("task", "task.error.notWaiting", taskKey);
        }
        return found.get(0);
    }

    public boolean isWaitingWithVariable(String processKey, String variable, Object value, String taskKey) {
        return tasks.createTaskQuery().processDefinitionKey(processKey).processVariableValueEquals(variable, value)
                .taskDefinitionKey(taskKey).count() > 0;
    }

    public boolean isWaiting(String processKey, Object businessKey, String taskKey) {
        return tasks.createTaskQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(String.valueOf(businessKey)).taskDefinitionKey(taskKey).count() > 0;
    }

    /** Completes the task as {@code actor}, who must be its assignee or in one of its candidate groups. */
    public void complete(UserAccount actor, Task task, Map<String, Object> variables) {
        requireMayWorkOn(actor, task);
        identity.setAuthenticatedUserId(actor.username());
        try {
            tasks.complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    public void requireMayWorkOn(UserAccount actor, Task task) {
        if (actor.username().equals(task.getAssignee())) {
            return;
        }
        List<String> groups = scope.candidateGroups(actor);
        boolean candidate = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).anyMatch(groups::contains);
        if (!candidate) {
            throw new AccessScope.NotAllowedException(
                    "Việc '" + task.getName() + "' không thuộc nhóm của " + actor.username());
        }
    }

    /** Tasks assigned to the user or offered to their groups, earliest due first. */
    public List<WorkItem> of(UserAccount user, int offset, int limit) {
        return query(user).orderByDueDate().asc().orderByTaskCreateTime().asc()
                .listPage(offset, limit).stream().map(this::toItem).toList();
    }

    public long count(UserAccount user) {
        return query(user).count();
    }

    private TaskQuery query(UserAccount user) {
        return tasks.createTaskQuery().or().taskAssignee(user.username())
                .taskCandidateGroupIn(scope.candidateGroups(user)).endOr().active();
    }

    private WorkItem toItem(Task task) {
        Map<String, Object> variables = tasks.getVariables(task.getId(), ID_VARIABLES);
        Map<String, Object> ids = new HashMap<>(variables.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        String processKey = repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
        String businessKey = task.getProcessInstanceId() == null ? null : businessKey(task);
        return new WorkItem(task.getId(), task.getName(), processKey, task.getTaskDefinitionKey(), businessKey,
                task.getAssignee(), task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(), ids);
    }

    private String businessKey(Task task) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }
}
