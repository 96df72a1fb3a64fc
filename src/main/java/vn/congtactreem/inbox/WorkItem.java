package vn.congtactreem.inbox;

import java.time.Instant;
import java.util.Map;

/**
 * A task waiting for someone, as the inbox and the API show it: what it is ({@code taskKey} in
 * {@code processKey}), who may take it, when it is due, and the ids of the business objects it
 * concerns (plan, period, report…) read from the process variables.
 */
public record WorkItem(String id, String name, String processKey, String taskKey, String businessKey,
                       String assignee, Instant created, Instant due, Map<String, Object> ids) {
}
