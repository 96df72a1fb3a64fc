package vn.congtactreem.inbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.base.process.ProcessVariable;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.security.AccessScope;
import vn.congtactreem.substitute.SubstitutionService;

/**
 * The engine's user tasks as work for people: the inbox's API. Features complete their tasks through here, so the
 * rules are checked in one place ({@link TaskClaims}: only the task's candidate group or assignee may complete it,
 * a task someone has claimed is theirs until they give it back, only a candidate may claim). The queries are
 * {@link TaskQueries}'; a page of tasks becomes work items in a bounded number of queries ({@link TaskPages}).
 */
@Service
public class WorkItems {

    /** Process variables copied into {@link WorkItem#ids()}. */
    static final Set<String> ID_VARIABLES = TaskPages.ID_VARIABLES;

    private final TaskService tasks;
    private final IdentityService identity;
    private final TaskPages pages;
    private final TaskQueries queries;
    private final TaskClaims claims;
    private final StuckTaskQueries stuck;
    private final TaskLookup lookup;
    private final UnloggedCompletion completion;

    public WorkItems(TaskService tasks, RepositoryService repository, RuntimeService runtime, IdentityService identity,
                     ManagementService management, AccessScope scope, UserService users, CycleClock clock,
                     SubstitutionService substitutions, JdbcTemplate jdbc,
                     ProcessEngine engine) {
        this.completion = new UnloggedCompletion(engine);
        this.lookup = new TaskLookup(jdbc, management);
        this.stuck = new StuckTaskQueries(jdbc);
        this.tasks = tasks;
        this.identity = identity;
        this.pages = new TaskPages(tasks, repository, runtime);
        this.queries = new TaskQueries(tasks, scope, clock, substitutions);
        this.claims = new TaskClaims(tasks, identity, scope, users, substitutions, lookup);
    }

    /** The open task of kind {@code taskKey} in the process instance with this business key. */
    public OpenTask require(String processKey, Object businessKey, String taskKey) {
        List<OpenTask> found = lookup.of(processKey, businessKey, taskKey);
        if (found.isEmpty()) {
            throw new ValidationException("task", "task.error.notWaiting", taskKey);
        }
        return found.get(0);
    }

    /** The open task of kind {@code taskKey} in the process instance whose variable has this value. */
    public <T> OpenTask requireWithVariable(String processKey, ProcessVariable<T> variable, T value, String taskKey) {
        List<Task> found = tasks.createTaskQuery().processDefinitionKey(processKey)
                .processVariableValueEquals(variable.name(), value).taskDefinitionKey(taskKey).list();
        if (found.isEmpty()) {
            throw new ValidationException("task", "task.error.notWaiting", taskKey);
        }
        return claims.open(found.get(0));
    }

    public <T> boolean isWaitingWithVariable(String processKey, ProcessVariable<T> variable, T value, String taskKey) {
        return tasks.createTaskQuery().processDefinitionKey(processKey)
                .processVariableValueEquals(variable.name(), value)
                .taskDefinitionKey(taskKey).count() > 0;
    }

    /** The open task of kind {@code taskKey} in the instance with this business key, if it waits (one query). */
    public java.util.Optional<OpenTask> find(String processKey, Object businessKey, String taskKey) {
        return lookup.of(processKey, businessKey, taskKey).stream().findFirst();
    }

    public boolean isWaiting(String processKey, Object businessKey, String taskKey) {
        return lookup.exists(processKey, businessKey, taskKey);
    }

    /**
     * Completes the task as {@code actor}, who must be its assignee or in one of its candidate groups. The caller
     * records the act in the audit trail; the engine's own operation log is not written ({@link UnloggedCompletion}).
     */
    public void complete(UserAccount actor, OpenTask task, Map<String, Object> variables) {
        requireMayWorkOn(actor, task);
        identity.setAuthenticatedUserId(actor.username());
        try {
            completion.complete(task.id(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    /**
     * The actor holds the task, or it is offered to one of their groups and no colleague holds it
     * (a claimed task is its holder's until they give it back).
     */
    public void requireMayWorkOn(UserAccount actor, OpenTask task) {
        claims.requireMayWorkOn(actor, task);
    }

    // ---------------------------------------------------------------- claiming

    /** Takes a task offered to one of the user's groups ("Nhận việc"); taking one's own task again changes nothing. */
    public WorkItem claim(UserAccount user, String taskId) {
        claims.claim(user, taskId);
        return item(taskId);
    }

    /** Gives a claimed task back to its group ("Trả lại nhóm"): only its holder may. */
    public WorkItem giveBack(UserAccount user, String taskId) {
        claims.giveBack(user, taskId);
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
        return pages.toItems(queries.of(user, criteria).orderByDueDate().asc().orderByTaskCreateTime().asc()
                .listPage(offset, limit));
    }

    public long count(UserAccount user) {
        return count(user, WorkCriteria.ALL);
    }

    public long count(UserAccount user, WorkCriteria criteria) {
        return criteria.matchesNothing() ? 0 : queries.of(user, criteria).count();
    }

    /** How many of the user's tasks are past their due moment. */
    public long countOverdue(UserAccount user) {
        return count(user, new WorkCriteria(null, null, Set.of(), true, WorkCriteria.Holder.ANYONE, null));
    }

    /**
     * Open, active tasks offered to one of the {@code roles} of any of these organisations (held by someone or
     * not) that are due by {@code now} or were created before {@code createdBefore}: work standing still,
     * earliest due first, at most {@code limit} (the monitoring dashboard's "việc tồn đọng"). Two queries for
     * the tasks ({@link StuckTaskQueries}) and the page's usual reads, whatever the number of organisations.
     */
    public List<WorkItem> stuckBelow(Collection<Long> orgIds, Collection<Role> roles, Instant now,
                                     Instant createdBefore, int limit) {
        if (orgIds.isEmpty() || roles.isEmpty()) {
            return List.of();
        }
        List<String> ids = stuck.ids(orgIds, roles, now, createdBefore, limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Task> found = new java.util.HashMap<>();
        tasks.createTaskQuery().taskIdIn(ids.toArray(String[]::new)).list().forEach(t -> found.put(t.getId(), t));
        return pages.toItems(ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList());
    }

    /** How many tasks {@link #stuckBelow} finds; with {@code createdBefore} null, only those past due. */
    public long countStuckBelow(Collection<Long> orgIds, Collection<Role> roles, Instant now, Instant createdBefore) {
        return orgIds.isEmpty() || roles.isEmpty() ? 0 : stuck.count(orgIds, roles, now, createdBefore);
    }

    /** Forgets the process keys learnt so far (the benchmark measures a cold inbox with it). */
    public void forgetCachedDefinitions() {
        pages.forgetCachedDefinitions();
    }

    /**
     * The colleague the user stands in for on each of these items (task id → full name, "Thay cho: …"): only
     * items that are the colleague's and not the user's own.
     */
    public Map<String, String> standingInFor(UserAccount user, Collection<WorkItem> items) {
        return claims.standingInFor(user, items);
    }

    private WorkItem item(String taskId) {
        return pages.toItems(List.of(claims.requireTask(taskId))).get(0);
    }
}
