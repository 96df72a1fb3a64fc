package vn.congtactreem.inbox;

import java.util.List;

/**
 * An open task as a step needs it to decide who may complete it and to complete it: its id, its name, who holds
 * it (null when nobody has claimed it) and the groups it is offered to.
 */
public record OpenTask(String id, String name, String assignee, List<String> candidateGroups) {

    public OpenTask {
        candidateGroups = List.copyOf(candidateGroups);
    }
}
