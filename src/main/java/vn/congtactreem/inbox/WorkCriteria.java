package vn.congtactreem.inbox;

import java.util.Map;
import java.util.Set;

/**
 * What the engine's task query is narrowed to, all applied in the query itself so paging stays
 * lazy: the plan and the period (process variables), the kinds of task, overdue only, who holds
 * the task, and a text already resolved into what it names ({@link Match}).
 */
public record WorkCriteria(Long planId, Long periodId, Set<String> taskKeys, boolean overdueOnly, Holder holder,
                           Match match) {

    /** Everything in the user's inbox. */
    public static final WorkCriteria ALL = new WorkCriteria(null, null, Set.of(), false, Holder.ANYONE, null);

    /** Who holds (has claimed) the task. */
    public enum Holder {
        ANYONE,
        /** claimed by the user */
        ME,
        /** offered to the group, claimed by nobody */
        NOBODY
    }

    /**
     * A search text as the tasks' data knows it: tasks of these kinds, or whose process variable
     * has one of these values (e.g. {@code planId} of a plan whose title contains the text).
     */
    public record Match(Set<String> taskKeys, Map<String, Set<Long>> variables) {

        public Match {
            taskKeys = Set.copyOf(taskKeys);
            variables = Map.copyOf(variables);
        }

        /** Nothing carries the text: no task can match. */
        public boolean isEmpty() {
            return taskKeys.isEmpty() && variables.values().stream().allMatch(Set::isEmpty);
        }
    }

    public WorkCriteria {
        taskKeys = taskKeys == null ? Set.of() : Set.copyOf(taskKeys);
        holder = holder == null ? Holder.ANYONE : holder;
    }

    /** A text was searched for and nothing carries it. */
    boolean matchesNothing() {
        return match != null && match.isEmpty();
    }
}
