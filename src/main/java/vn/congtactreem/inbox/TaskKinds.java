package vn.congtactreem.inbox;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;
import vn.congtactreem.base.SearchText;
import vn.congtactreem.org.Role;

/**
 * The kinds of task people get (the user tasks of the deployed processes, by their Vietnamese
 * names in the diagrams) and the role each is offered to, read from its candidate group
 * {@code org:<id>:<ROLE>}. The inbox filters and searches by them without knowing any feature.
 */
@Component
public class TaskKinds {

    /** A user task of a process: its key, its name and the roles whose groups it is offered to. */
    public record TaskKind(String key, String name, Set<String> roles) {
    }

    private final RepositoryService repository;
    /** Process definition id → its user tasks: a deployed version never changes. */
    private final Map<String, List<TaskKind>> byDefinition = new ConcurrentHashMap<>();

    public TaskKinds(RepositoryService repository) {
        this.repository = repository;
    }

    /** Every kind in the latest version of each process, in diagram order, each key once. */
    public List<TaskKind> all() {
        Map<String, TaskKind> kinds = new LinkedHashMap<>();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion()
                .orderByProcessDefinitionKey().asc().list()) {
            byDefinition.computeIfAbsent(definition.getId(), this::read)
                    .forEach(kind -> kinds.putIfAbsent(kind.key(), kind));
        }
        return List.copyOf(kinds.values());
    }

    /** The kinds offered to one of these roles. */
    public List<TaskKind> forRoles(Collection<Role> roles) {
        Set<String> names = roles.stream().map(Role::name).collect(Collectors.toSet());
        return all().stream().filter(kind -> kind.roles().stream().anyMatch(names::contains)).toList();
    }

    /** Keys of the kinds whose name contains the text (case and diacritics ignored). */
    public Set<String> keysNamed(Collection<TaskKind> kinds, String text) {
        return kinds.stream().filter(kind -> SearchText.contains(kind.name(), text)).map(TaskKind::key)
                .collect(Collectors.toSet());
    }

    public void forgetCached() {
        byDefinition.clear();
    }

    private List<TaskKind> read(String definitionId) {
        return repository.getBpmnModelInstance(definitionId).getModelElementsByType(UserTask.class).stream()
                .map(task -> new TaskKind(task.getId(), task.getName() == null ? task.getId() : task.getName(),
                        roles(task.getCamundaCandidateGroups())))
                .toList();
    }

    /** "org:${orgUnitId}:OFFICER" → OFFICER; several groups may be listed with commas. */
    static Set<String> roles(String candidateGroups) {
        if (candidateGroups == null || candidateGroups.isBlank()) {
            return Set.of();
        }
        return java.util.Arrays.stream(candidateGroups.split(",")).map(String::strip)
                .map(group -> group.substring(group.lastIndexOf(':') + 1)).filter(role -> !role.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
