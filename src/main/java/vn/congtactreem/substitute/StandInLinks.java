package vn.congtactreem.substitute;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The effect of substitutions in the engine: while one runs, the substitute is a candidate user (an identity
 * link) of every open task the person could act on, i.e. held by the person or offered to one of the person's
 * groups and held by nobody; afterwards those links are gone. {@link #reconcile} makes one substitute's links
 * what their running substitutions call for (so it can run any number of times); {@link #onCreate} links a
 * task created while a substitution runs. The links only put the tasks in the substitute's inbox: what they may
 * do is decided when they act ({@link SubstitutionService#standInsOf}), so a link left a moment after the end
 * gives no right.
 */
@Component
class StandInLinks {

    private final TaskService tasks;
    private final SubstitutionReads reads;

    StandInLinks(TaskService tasks, SubstitutionReads reads) {
        this.tasks = tasks;
        this.reads = reads;
    }

    /** Adds the substitute's missing links and takes away those no running substitution calls for. */
    void reconcile(String substitute, List<StandIn> running) {
        Set<String> wanted = new HashSet<>();
        for (StandIn standIn : running) {
            if (!standIn.groups().isEmpty()) {
                tasks.createTaskQuery().taskCandidateGroupIn(standIn.groups()).includeAssignedTasks().list()
                        .stream().filter(task -> task.getAssignee() == null
                                || task.getAssignee().equals(standIn.personUsername()))
                        .map(Task::getId).forEach(wanted::add);
            }
            tasks.createTaskQuery().taskAssignee(standIn.personUsername()).list().stream().map(Task::getId)
                    .forEach(wanted::add);
        }
        Set<String> linked = linkedTo(substitute);
        wanted.stream().filter(id -> !linked.contains(id)).forEach(id -> tasks.addCandidateUser(id, substitute));
        linked.stream().filter(id -> !wanted.contains(id)).forEach(id -> tasks.deleteCandidateUser(id, substitute));
    }

    /** The open tasks of which the user is a candidate by name (only substitutions name users). */
    Set<String> linkedTo(String username) {
        Set<String> linked = new HashSet<>();
        for (Task task : tasks.createTaskQuery().taskCandidateUser(username).includeAssignedTasks().list()) {
            boolean named = tasks.getIdentityLinksForTask(task.getId()).stream()
                    .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                            && username.equals(link.getUserId()));
            if (named) {
                linked.add(task.getId());
            }
        }
        return linked;
    }

    /**
     * A task created while substitutions run: their substitutes become its candidates when it is the person's. The
     * engine publishes every event of every task; the other events are let go here rather than by a condition on
     * the annotation, which Spring would evaluate as an expression for each of them.
     */
    @EventListener
    public void onCreate(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            return;
        }
        List<RunningSubstitution> running = reads.runningToday();
        if (running.isEmpty()) {
            return;
        }
        List<String> groups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
        running.stream().filter(r -> r.standIn().covers(groups, task.getAssignee()))
                .map(RunningSubstitution::substituteUsername).distinct()
                .forEach(task::addCandidateUser);
    }

    /** A substitution running today: who stands in, for whom. */
    record RunningSubstitution(String substituteUsername, StandIn standIn) {
    }
}
