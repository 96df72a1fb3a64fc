package vn.congtactreem.inbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a feature says what a task is about, for the inbox's columns: the inbox never imports the
 * features; each feature registers a describer for its own tasks.
 */
public interface WorkItemDescriber {

    /** The plan, the organisation and the period a task concerns, or empty if the task is not this feature's. */
    Optional<WorkItemDescription> describe(WorkItem item);

    /**
     * Describes a page of tasks at once, by task id, leaving out those that are not this feature's.
     * Override it to read what the page needs in a few queries instead of a few per row.
     */
    default Map<String, WorkItemDescription> describeAll(List<WorkItem> items) {
        Map<String, WorkItemDescription> descriptions = new LinkedHashMap<>();
        items.forEach(item -> describe(item).ifPresent(description -> descriptions.put(item.id(), description)));
        return descriptions;
    }

    /**
     * {@code periodKind}: an enum name the UI translates ("period.kind.SIX_MONTHS"), with its year;
     * {@code link}: the route of the task's form, if it has one yet.
     */
    record WorkItemDescription(String subject, String organisation, String periodKind, Integer periodYear,
                               String link) {
    }
}
