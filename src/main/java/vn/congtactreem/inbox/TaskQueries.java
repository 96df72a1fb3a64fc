package vn.congtactreem.inbox;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.security.AccessScope;
import vn.congtactreem.substitute.SubstitutionService;

/** The engine's task queries behind the inbox: a user's tasks filtered by {@link WorkCriteria}. */
class TaskQueries {

    private final TaskService tasks;
    private final AccessScope scope;
    private final CycleClock clock;
    private final SubstitutionService substitutions;

    TaskQueries(TaskService tasks, AccessScope scope, CycleClock clock, SubstitutionService substitutions) {
        this.tasks = tasks;
        this.scope = scope;
        this.clock = clock;
        this.substitutions = substitutions;
    }

    /**
     * The user's tasks (assigned to them or offered to their groups, and while they stand in for a colleague those
     * of which they are a candidate by name) that match the criteria.
     */
    TaskQuery of(UserAccount user, WorkCriteria criteria) {
        List<String> groups = scope.candidateGroups(user);
        TaskQuery query = tasks.createTaskQuery();
        if (!substitutions.standInsOf(user).isEmpty()) {
            // a substitute: also the tasks the substitution named them a candidate of (StandInLinks)
            TaskQuery anyOf = query.or().taskAssignee(user.username()).taskCandidateUser(user.username());
            if (!groups.isEmpty()) {
                anyOf.taskCandidateGroupIn(groups);
            }
            anyOf.includeAssignedTasks().endOr();
        } else if (groups.isEmpty()) {
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
}
