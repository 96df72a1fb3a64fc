package vn.congtactreem.substitute;

import java.util.List;

/**
 * Today's substitution of a substitute, seen from their side: the person they act for and the candidate groups
 * whose tasks that person could take ({@code org:<id>:<ROLE>}).
 */
public record StandIn(long substitutionId, String personUsername, String personName, List<String> groups) {

    /** Whether a task offered to {@code taskGroups} or held by {@code assignee} is the person's. */
    public boolean covers(List<String> taskGroups, String assignee) {
        if (assignee != null) {
            return assignee.equals(personUsername);
        }
        return taskGroups.stream().anyMatch(groups::contains);
    }
}
