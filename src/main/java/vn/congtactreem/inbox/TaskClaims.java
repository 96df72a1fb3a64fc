package vn.congtactreem.inbox;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
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

    TaskClaims(TaskService tasks, IdentityService identity, AccessScope scope, UserService users,
               SubstitutionService substitutions) {
        this.tasks = tasks;
        this.identity = identity;
        this.scope = scope;
        this.users = users;
        this.substitutions = substitutions;
    }

    /** See {@link WorkItems#requireMayWorkOn}. */
    void requireMayWorkOn(UserAccount actor, Task task) {
        if (actor.username().equals(task.getAssignee())) {
            return;
        }
        if (task.getAssignee() == null && offeredToOwnGroup(actor, task.getId())) {
            // the usual case, decided without reading the actor's stand-ins
            return;
        }
        if (standInFor(actor, task.getId(), task.getAssignee()).isPresent()) {
            // the substitute of the colleague who holds the task or to whose group it is offered
            return;
        }
        requireCandidate(actor, task);
        if (task.getAssignee() != null) {
            throw new ValidationException("task", "task.error.heldBy", displayName(task.getAssignee()));
        }
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
        boolean offeredToAGroup = tasks.getIdentityLinksForTask(taskId).stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null);
        if (!offeredToAGroup) {
            throw new ValidationException("task", "task.error.noGroup");
        }
        identity.setAuthenticatedUserId(user.username());
        try {
            tasks.setAssignee(taskId, null);
        } finally {
            identity.clearAuthentication();
        }
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

    private boolean offeredToOwnGroup(UserAccount actor, String taskId) {
        List<String> groups = scope.candidateGroups(actor);
        return candidateGroups(taskId).stream().anyMatch(groups::contains);
    }

    private boolean isCandidate(UserAccount actor, Task task) {
        List<String> groups = scope.candidateGroups(actor);
        return candidateGroups(task.getId()).stream().anyMatch(groups::contains)
                || standInFor(actor, task.getId(), task.getAssignee()).isPresent();
    }

    private List<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).filter(java.util.Objects::nonNull).toList();
    }

    /** The colleague the actor stands in for today whose task this is (held by them, or offered to them). */
    private Optional<StandIn> standInFor(UserAccount actor, String taskId, String assignee) {
        List<StandIn> standIns = substitutions.standInsOf(actor);
        if (standIns.isEmpty()) {
            return Optional.empty();
        }
        List<String> groups = candidateGroups(taskId);
        return standIns.stream().filter(standIn -> standIn.covers(groups, assignee)).findFirst();
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
            List<String> groups = candidateGroups(item.id());
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
