package vn.congtactreem.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.congtactreem.inbox.WorkItem;
import vn.congtactreem.inbox.WorkItemDescriber;
import vn.congtactreem.plan.process.PlanCycleProcess;

/** Describes the plan-cycle's tasks (register the upper plan, draft, review) with the page each is done on. */
@Component
class PlanWorkItemDescriber implements WorkItemDescriber {

    private final PlanTaskDescriptions descriptions;

    PlanWorkItemDescriber(PlanTaskDescriptions descriptions) {
        this.descriptions = descriptions;
    }

    @Override
    public Optional<WorkItemDescription> describe(WorkItem item) {
        return Optional.ofNullable(describeAll(List.of(item)).get(item.id()));
    }

    @Override
    public Map<String, WorkItemDescription> describeAll(List<WorkItem> items) {
        return descriptions.describe(items.stream().filter(item -> PlanCycleProcess.KEY.equals(item.processKey()))
                .toList(), null, PlanWorkItemDescriber::link);
    }

    private static String link(WorkItem item, long planId) {
        return switch (item.taskKey()) {
            case PlanCycleProcess.Element.REGISTER_UPPER_PLAN -> "plans/" + planId + "/upper-plan";
            case PlanCycleProcess.Element.DRAFT_PLAN -> "plans/" + planId + "/draft";
            case PlanCycleProcess.Element.REVIEW_PLAN -> "plans/" + planId + "/review";
            default -> "plans/" + planId;
        };
    }
}
