package vn.congtactreem.inbox;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import vn.congtactreem.base.NotAllowedException;
import vn.congtactreem.base.NotFoundException;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.security.AccessScope;
import vn.congtactreem.substitute.StandIn;
import vn.congtactreem.substitute.SubstitutionService;

/**
 * Who may work on a task and who holds it: only the task's candidate group or assignee may complete it, a task
 * someone has claimed is theirs until they give it back, only a candidate may claim. A task the user may not
 * know is answered as missing.
 */
class TaskClaims {

    private final TaskService tasks;
    private final IdentityService identity;
    private final AccessScope scope;
    private final UserService users;
    private final SubstitutionService substitutions;
    private final TaskLookup lookup;

    TaskClaims(TaskService tasks, IdentityService identity, AccessScope scope, UserService users,
               SubstitutionService substitutions, TaskLookup lookup) {
        this.lookup = lookup;
        this.tasks = tasks;
        this.identity = identity;
        this.scope = scope;
        this.users = users;
        this.substitutions = substitutions;
    }

    /** See {@link WorkItems#requireMayWorkOn}. */
    void requireMayWorkOn(UserAccount actor, OpenTask task) {
        if (actor.username().equals(task.assignee())) {
            return;
        }
        boolean offeredToOwnGroup = offeredTo(actor, task.candidateGroups());
        if (task.assignee() == null && offeredToOwnGroup) {
            // the usual case, decided without reading the actor's stand-ins
            return;
        }
        if (standInFor(actor, task.candidateGroups(), task.assignee()).isPresent()) {
            // the substitute of the colleague who holds the task or to whose group it is offered
            return;
        }
        if (!offeredToOwnGroup) {
            throw NotAllowedException.because("access.notAllowed.taskNotYourGroup", task.name());
        }
        throw new ValidationException("task", "task.error.heldBy", displayName(task.assignee()));
    }

    /** Takes a task offered to one of the user's groups; taking one's own task again changes nothing. */
    void claim(UserAccount user, String taskId) {
        Task task = requireKnown(user, taskId);
        if (user.username().equals(task.getAssignee())) {
            return;
        }
        requireCandidate(user, task);
        if (task.getAssignee() != null) {
            throw new ValidationException("task", "task.error.heldBy", displayName(task.getAssignee()));
        }
        identity.setAuthenticatedUserId(user.username());
        try {
            tasks.claim(taskId, user.username());
        } catch (TaskAlreadyClaimedException e) {
            throw new ValidationException("task", "task.error.heldBy", displayName(e.getTaskAssignee()));
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Gives a claimed task back to its group: only its holder may. */
    void giveBack(UserAccount user, String taskId) {
        Task task = requireKnown(user, taskId);
        if (task.getAssignee() == null) {
            throw new ValidationException("task", "task.error.notHeld");
        }
        if (!user.username().equals(task.getAssignee())) {
            throw NotAllowedException.because("access.notAllowed.taskHeldByOther", task.getName(),
                    displayName(task.getAssignee()));
        }
        if (lookup.candidateGroups(taskId).isEmpty()) {
            throw new ValidationException("task", "task.error.noGroup");
        }
        identity.setAuthenticatedUserId(user.username());
        try {
            tasks.setAssignee(taskId, null);
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The engine's task with the groups it is offered to. */
    OpenTask open(Task task) {
        return new OpenTask(task.getId(), task.getName(), task.getAssignee(), lookup.candidateGroups(task.getId()));
    }

    Task requireTask(String taskId) {
        Task task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new NotFoundException("task", "task.error.notFound", taskId);
        }
        return task;
    }

    /**
     * A task the user holds or may take; any other is answered as missing (404, the answer for an id
     * never used), so neither its existence nor its name is told to someone it was never offered to.
     */
    private Task requireKnown(UserAccount user, String taskId) {
        Task task = requireTask(taskId);
        if (!user.username().equals(task.getAssignee()) && !isCandidate(user, task)) {
            throw new NotFoundException("task", "task.error.notFound", taskId);
        }
        return task;
    }

    private boolean offeredTo(UserAccount actor, List<String> candidateGroups) {
        List<String> own = scope.candidateGroups(actor);
        return candidateGroups.stream().anyMatch(own::contains);
    }

    private boolean isCandidate(UserAccount actor, Task task) {
        List<String> groups = lookup.candidateGroups(task.getId());
        return offeredTo(actor, groups) || standInFor(actor, groups, task.getAssignee()).isPresent();
    }

    /** The colleague the actor stands in for today whose task this is (held by them, or offered to them). */
    private Optional<StandIn> standInFor(UserAccount actor, List<String> candidateGroups, String assignee) {
        return substitutions.standInsOf(actor).stream().filter(standIn -> standIn.covers(candidateGroups, assignee))
                .findFirst();
    }

    /** See {@link WorkItems#standingInFor}. */
    Map<String, String> standingInFor(UserAccount user, Collection<WorkItem> items) {
        List<StandIn> standIns = substitutions.standInsOf(user);
        if (standIns.isEmpty()) {
            return Map.of();
        }
        List<String> own = scope.candidateGroups(user);
        Map<String, String> names = new HashMap<>();
        for (WorkItem item : items) {
            if (user.username().equals(item.assignee())) {
                continue;
            }
            List<String> groups = lookup.candidateGroups(item.id());
            if (item.assignee() == null && groups.stream().anyMatch(own::contains)) {
                continue;
            }
            standIns.stream().filter(standIn -> standIn.covers(groups, item.assignee())).findFirst()
                    .ifPresent(standIn -> names.put(item.id(), standIn.personName()));
        }
        return names;
    }

    private void requireCandidate(UserAccount actor, Task task) {
        if (!isCandidate(actor, task)) {
            throw NotAllowedException.because("access.notAllowed.taskNotYourGroup", task.getName());
        }
    }

    private String displayName(String username) {
        return username == null ? "" : users.findByUsername(username).map(UserAccount::fullName).orElse(username);
    }
}
