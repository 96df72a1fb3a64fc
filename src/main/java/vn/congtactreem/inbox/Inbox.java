package vn.congtactreem.inbox;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.congtactreem.inbox.TaskKinds.TaskKind;
import vn.congtactreem.inbox.WorkItemDescriber.WorkItemDescription;
import vn.congtactreem.inbox.WorkItemSubjects.PlanChoice;
import vn.congtactreem.org.UserAccount;

/**
 * The inbox as the home screen shows it: a filter turned into the engine's criteria (a search text
 * resolved through the features into task kinds and ids), pages of tasks, and the features'
 * descriptions of a page, read for the whole page at once.
 */
@Service
public class Inbox {

    private final WorkItems work;
    private final TaskKinds kinds;
    private final List<WorkItemDescriber> describers;
    private final List<WorkItemSubjects> subjects;

    public Inbox(WorkItems work, TaskKinds kinds, List<WorkItemDescriber> describers,
                 List<WorkItemSubjects> subjects) {
        this.work = work;
        this.kinds = kinds;
        this.describers = describers;
        this.subjects = subjects;
    }

    /** A page of tasks with what each is about. */
    public record Page(List<WorkItem> items, Map<String, WorkItemDescription> descriptions) {
    }

    public WorkCriteria criteria(UserAccount user, WorkFilter filter) {
        WorkCriteria.Match match = null;
        if (!filter.text().isEmpty()) {
            Set<String> keys = kinds.keysNamed(kinds.all(), filter.text());
            Map<String, Set<Long>> variables = new HashMap<>();
            subjects.forEach(source -> source.matching(user, filter.text()).forEach((name, values) ->
                    variables.computeIfAbsent(name, n -> new HashSet<>()).addAll(values)));
            match = new WorkCriteria.Match(keys, variables);
        }
        return new WorkCriteria(filter.planId(), filter.periodId(), filter.taskKeys(), filter.overdueOnly(),
                filter.holder(), match);
    }

    public Page page(UserAccount user, WorkCriteria criteria, int offset, int limit) {
        List<WorkItem> items = work.of(user, criteria, offset, limit);
        return new Page(items, describe(items));
    }

    /** The colleague the user stands in for on each of these items (task id → full name, "Thay cho: …"). */
    public Map<String, String> standingInFor(UserAccount user, List<WorkItem> items) {
        return work.standingInFor(user, items);
    }

    public long count(UserAccount user, WorkCriteria criteria) {
        return work.count(user, criteria);
    }

    /** Every task described: by the first feature that knows it, else by its process. */
    public Map<String, WorkItemDescription> describe(List<WorkItem> items) {
        Map<String, WorkItemDescription> descriptions = new LinkedHashMap<>();
        for (WorkItemDescriber describer : describers) {
            List<WorkItem> left = items.stream().filter(item -> !descriptions.containsKey(item.id())).toList();
            if (left.isEmpty()) {
                break;
            }
            descriptions.putAll(describer.describeAll(left));
        }
        items.forEach(item -> descriptions.computeIfAbsent(item.id(),
                id -> new WorkItemDescription(item.processKey(), "", null, null, null)));
        return descriptions;
    }

    /** The kinds of task the user's roles get, for the "loại việc" filter. */
    public List<TaskKind> taskKinds(UserAccount user) {
        return kinds.forRoles(user.roles());
    }

    /** The plans (and their periods) the user's tasks can concern, for the plan and period filters. */
    public List<PlanChoice> plans(UserAccount user) {
        return subjects.stream().flatMap(source -> source.plans(user).stream()).toList();
    }

    /** Forgets what the inbox keeps between requests (the benchmark's cold runs). */
    public void forgetCaches() {
        work.forgetCachedDefinitions();
        kinds.forgetCached();
    }
}
