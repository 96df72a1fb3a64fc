package vn.congtactreem.inbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * A page of the engine's tasks as {@link WorkItem}s in a bounded number of queries whatever its size: their
 * process instances' business keys, their id variables (one query for the whole page) and, the first time a
 * process version is met, its key.
 */
class TaskPages {

    /** Process variables copied into {@link WorkItem#ids()}. */
    static final Set<String> ID_VARIABLES = WorkItemIds.NAMES;

    private final TaskService tasks;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    /** Process definition id → process key: a deployed version never changes. */
    private final Map<String, String> processKeys = new ConcurrentHashMap<>();

    TaskPages(TaskService tasks, RepositoryService repository, RuntimeService runtime) {
        this.tasks = tasks;
        this.repository = repository;
        this.runtime = runtime;
    }

    List<WorkItem> toItems(List<Task> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = page.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> businessKeys = new HashMap<>();
        Map<String, List<VariableInstance>> variables = new HashMap<>();
        if (!instanceIds.isEmpty()) {
            for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()) {
                businessKeys.put(instance.getId(), instance.getBusinessKey());
            }
            runtime.createVariableInstanceQuery().processInstanceIdIn(instanceIds.toArray(String[]::new))
                    .variableNameIn(ID_VARIABLES.toArray(String[]::new)).disableCustomObjectDeserialization().list()
                    .forEach(v -> variables.computeIfAbsent(v.getProcessInstanceId(), id -> new ArrayList<>())
                            .add(v));
        }
        Map<String, String> keys = processKeys(page);
        return page.stream().map(task -> new WorkItem(task.getId(), task.getName(),
                keys.get(task.getProcessDefinitionId()), task.getTaskDefinitionKey(),
                businessKeys.get(task.getProcessInstanceId()), task.getAssignee(), task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                ids(task, variables.getOrDefault(task.getProcessInstanceId(), List.of())))).toList();
    }

    /**
     * The id variables the task sees, as {@code TaskService.getVariables} would resolve them: its own
     * local ones first, then its execution's, then the process instance's. A variable held by another
     * scope of the instance (e.g. {@code periodId} in a multi-instance body) might be an ancestor's:
     * only then is the task asked on its own, so the answer is always the engine's.
     */
    private Map<String, Object> ids(Task task, List<VariableInstance> ofInstance) {
        Map<String, Object> instanceLevel = new HashMap<>();
        Map<String, Object> executionLevel = new HashMap<>();
        Map<String, Object> taskLevel = new HashMap<>();
        for (VariableInstance variable : ofInstance) {
            if (variable.getTaskId() != null) {
                if (variable.getTaskId().equals(task.getId())) {
                    taskLevel.put(variable.getName(), variable.getValue());
                }
            } else if (variable.getExecutionId().equals(task.getExecutionId())) {
                executionLevel.put(variable.getName(), variable.getValue());
            } else if (variable.getExecutionId().equals(task.getProcessInstanceId())) {
                instanceLevel.put(variable.getName(), variable.getValue());
            } else {
                return withoutNulls(tasks.getVariables(task.getId(), ID_VARIABLES));
            }
        }
        instanceLevel.putAll(executionLevel);
        instanceLevel.putAll(taskLevel);
        return withoutNulls(instanceLevel);
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> variables) {
        Map<String, Object> ids = new HashMap<>();
        variables.forEach((name, value) -> {
            if (value != null) {
                ids.put(name, value);
            }
        });
        return ids;
    }

    private Map<String, String> processKeys(Collection<Task> page) {
        Set<String> missing = new HashSet<>();
        page.stream().map(Task::getProcessDefinitionId).filter(Objects::nonNull)
                .filter(id -> !processKeys.containsKey(id)).forEach(missing::add);
        if (!missing.isEmpty()) {
            for (ProcessDefinition definition : repository.createProcessDefinitionQuery()
                    .processDefinitionIdIn(missing.toArray(String[]::new)).list()) {
                processKeys.put(definition.getId(), definition.getKey());
            }
        }
        return processKeys;
    }

    void forgetCachedDefinitions() {
        processKeys.clear();
    }
}
