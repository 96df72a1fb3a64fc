package vn.congtactreem.inbox;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import vn.congtactreem.base.NotAllowedException;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.base.NotFoundException;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.base.process.ProcessVariable;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.security.AccessScope;

/**
 * The engine's user tasks as work for people. Features complete their tasks through here, so the
 * rules are checked in one place: only the task's candidate group or assignee may complete it, a
 * task someone has claimed is theirs until they give it back, only a candidate may claim.
 *
 * <p>A page of tasks costs a bounded number of queries whatever its size: the tasks, their process
 * instances' business keys, their id variables (one query for the whole page) and, the first time
 * a process version is met, its key.
 */
@Service
public class WorkItems {

    /** Process variables copied into {@link WorkItem#ids()}. */
    static final Set<String> ID_VARIABLES = TaskPages.ID_VARIABLES;

    private final TaskService tasks;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final AccessScope scope;
    private final UserService users;
    private final CycleClock clock;
    private final TaskPages pages;

    public WorkItems(TaskService tasks, RepositoryService repository, RuntimeService runtime, IdentityService identity,
                     AccessScope scope, UserService users, CycleClock clock) {
        this.tasks = tasks;
        this.repository = repository;
        this.runtime = runtime;
        this.identity = identity;
        this.scope = scope;
        this.users = users;
        this.clock = clock;
        this.pages = new TaskPages(tasks, repository, runtime);
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
    public <T> Task requireWithVariable(String processKey, ProcessVariable<T> variable, T value, String taskKey) {
        List<Task> found = tasks.createTaskQuery().processDefinitionKey(processKey)
                .processVariableValueEquals(variable.name(), value).taskDefinitionKey(taskKey).list();
        if (found.isEmpty()) {
            throw new ValidationException("task", "task.error.notWaiting", taskKey);
        }
        return found.get(0);
    }

    public <T> boolean isWaitingWithVariable(String processKey, ProcessVariable<T> variable, T value, String taskKey) {
        return tasks.createTaskQuery().processDefinitionKey(processKey)
                .processVariableValueEquals(variable.name(), value)
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

    /**
     * The actor holds the task, or it is offered to one of their groups and no colleague holds it
     * (a claimed task is its holder's until they give it back).
     */
    public void requireMayWorkOn(UserAccount actor, Task task) {
        if (actor.username().equals(task.getAssignee())) {
            return;
        }
        requireCandidate(actor, task);
        if (task.getAssignee() != null) {
            throw new ValidationException("task", "task.error.heldBy", displayName(task.getAssignee()));
        }
    }

    // ---------------------------------------------------------------- claiming

    /** Takes a task offered to one of the user's groups ("Nhận việc"); taking one's own task again changes nothing. */
    public WorkItem claim(UserAccount user, String taskId) {
        Task task = requireKnown(user, taskId);
        if (!user.username().equals(task.getAssignee())) {
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
        return item(taskId);
    }

    /** Gives a claimed task back to its group ("Trả lại nhóm"): only its holder may. */
    public WorkItem giveBack(UserAccount user, String taskId) {
        Task task = requireKnown(user, taskId);
        if (task.getAssignee() == null) {
            throw new ValidationException("task", "task.error.notHeld");
        }
        if (!user.username().equals(task.getAssignee())) {
            throw new NotAllowedException("Việc '" + task.getName() + "' do "
                    + task.getAssignee() + " nhận, không phải " + user.username());
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
        return item(taskId);
    }

    // ---------------------------------------------------------------- the inbox

    /** Tasks assigned to the user or offered to their groups (whoever holds them), earliest due first. */
    public List<WorkItem> of(UserAccount user, int offset, int limit) {
        return of(user, WorkCriteria.ALL, offset, limit);
    }

    public List<WorkItem> of(UserAccount user, WorkCriteria criteria, int offset, int limit) {
        if (criteria.matchesNothing()) {
            return List.of();
        }
        return toItems(query(user, criteria).orderByDueDate().asc().orderByTaskCreateTime().asc()
                .listPage(offset, limit));
    }

    public long count(UserAccount user) {
        return count(user, WorkCriteria.ALL);
    }

    public long count(UserAccount user, WorkCriteria criteria) {
        return criteria.matchesNothing() ? 0 : query(user, criteria).count();
    }

    /** How many of the user's tasks are past their due moment. */
    public long countOverdue(UserAccount user) {
        return count(user, new WorkCriteria(null, null, Set.of(), true, WorkCriteria.Holder.ANYONE, null));
    }

    /**
     * Open tasks offered to any of {@code groups} (held by someone or not) that are due by {@code now} or
     * were created before {@code createdBefore}: work standing still, earliest due first, at most
     * {@code limit} (the monitoring dashboard's "việc tồn đọng").
     */
    public List<WorkItem> stuck(Collection<String> groups, Instant now, Instant createdBefore, int limit) {
        return groups.isEmpty() ? List.of() : toItems(stuckQuery(groups, now, createdBefore)
                .orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(0, limit));
    }

    /** How many tasks {@link #stuck} finds; with {@code createdBefore} null, only those past due. */
    public long countStuck(Collection<String> groups, Instant now, Instant createdBefore) {
        return groups.isEmpty() ? 0 : stuckQuery(groups, now, createdBefore).count();
    }

    private TaskQuery stuckQuery(Collection<String> groups, Instant now, Instant createdBefore) {
        TaskQuery query = tasks.createTaskQuery().taskCandidateGroupIn(List.copyOf(groups)).includeAssignedTasks()
                .active();
        Date due = Date.from(now.plusMillis(1));
        return createdBefore == null ? query.dueBefore(due)
                : query.or().dueBefore(due).taskCreatedBefore(Date.from(createdBefore)).endOr();
    }

    private TaskQuery query(UserAccount user, WorkCriteria criteria) {
        List<String> groups = scope.candidateGroups(user);
        TaskQuery query = tasks.createTaskQuery();
        if (groups.isEmpty()) {
            query.taskAssignee(user.username());
        } else if (everyHeldTaskOfferedToGroups(user, groups)) {
            // the same tasks without "assignee OR group", which PostgreSQL can only answer by joining every
            // open task with every candidate link (0.45 s at 100,000 tasks; indexed: under 1 ms)
            query.taskCandidateGroupIn(groups).includeAssignedTasks();
        } else {
            query.or().taskAssignee(user.username()).taskCandidateGroupIn(groups).includeAssignedTasks().endOr();
        }
        query.active();
        if (criteria.planId() != null) {
            query.processVariableValueEquals(WorkItemIds.PLAN_ID.name(), criteria.planId());
        }
        if (criteria.periodId() != null) {
            query.processVariableValueEquals(WorkItemIds.PERIOD_ID.name(), criteria.periodId());
        }
        if (!criteria.taskKeys().isEmpty()) {
            query.taskDefinitionKeyIn(criteria.taskKeys().toArray(String[]::new));
        }
        if (criteria.overdueOnly()) {
            // overdue once the due moment has come (DueState): due <= now, i.e. due < now + 1 ms
            query.dueBefore(Date.from(clock.now().plusMillis(1)));
        }
        switch (criteria.holder()) {
            case ME -> query.taskAssignee(user.username());
            case NOBODY -> query.taskUnassigned();
            case ANYONE -> {
            }
        }
        if (criteria.match() != null) {
            TaskQuery anyOf = query.or();
            if (!criteria.match().taskKeys().isEmpty()) {
                anyOf.taskDefinitionKeyIn(criteria.match().taskKeys().toArray(String[]::new));
            }
            criteria.match().variables().forEach((name, values) ->
                    values.forEach(value -> anyOf.processVariableValueEquals(name, value)));
            anyOf.endOr();
        }
        return query;
    }

    /** Whether every task the user holds is also offered to one of their groups (two indexed counts). */
    private boolean everyHeldTaskOfferedToGroups(UserAccount user, List<String> groups) {
        long held = tasks.createTaskQuery().taskAssignee(user.username()).count();
        return held == 0 || held == tasks.createTaskQuery().taskAssignee(user.username()).taskCandidateGroupIn(groups)
                .includeAssignedTasks().count();
    }

    // ---------------------------------------------------------------- tasks as work items, a page at a time

    private WorkItem item(String taskId) {
        return toItems(List.of(requireTask(taskId))).get(0);
    }

    private Task requireTask(String taskId) {
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

    /** Forgets the process keys learnt so far (the benchmark measures a cold inbox with it). */
    public void forgetCachedDefinitions() {
        pages.forgetCachedDefinitions();
    }

    private List<WorkItem> toItems(List<Task> page) {
        return pages.toItems(page);
    }

    // ---------------------------------------------------------------- internals

    private boolean isCandidate(UserAccount actor, Task task) {
        List<String> groups = scope.candidateGroups(actor);
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).anyMatch(groups::contains);
    }

    private void requireCandidate(UserAccount actor, Task task) {
        if (!isCandidate(actor, task)) {
            throw new NotAllowedException(
                    "Việc '" + task.getName() + "' không thuộc nhóm của " + actor.username());
        }
    }

    private String displayName(String username) {
        return username == null ? "" : users.findByUsername(username).map(UserAccount::fullName).orElse(username);
    }
}
