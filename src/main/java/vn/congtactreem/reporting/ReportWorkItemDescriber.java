package vn.congtactreem.reporting;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.congtactreem.inbox.WorkItem;
import vn.congtactreem.inbox.WorkItemDescriber;
import vn.congtactreem.plan.PlanTaskDescriptions;
import vn.congtactreem.reporting.process.ConsolidationProcess;
import vn.congtactreem.reporting.process.UnitReportProcess;

/**
 * Describes reporting's tasks: a unit's report (to write, or to review) opens the report's page, a consolidation
 * task the consolidated report's page, each by its plan, unit and period.
 */
@Component
class ReportWorkItemDescriber implements WorkItemDescriber {

    private static final Set<String> PROCESSES = Set.of(UnitReportProcess.KEY, ConsolidationProcess.KEY);

    private final PlanTaskDescriptions descriptions;

    ReportWorkItemDescriber(PlanTaskDescriptions descriptions) {
        this.descriptions = descriptions;
    }

    @Override
    public Optional<WorkItemDescription> describe(WorkItem item) {
        return Optional.ofNullable(describeAll(List.of(item)).get(item.id()));
    }

    @Override
    public Map<String, WorkItemDescription> describeAll(List<WorkItem> items) {
        return descriptions.describe(items.stream().filter(item -> PROCESSES.contains(item.processKey())).toList(),
                UnitReportProcess.UNIT_ORG_ID, ReportWorkItemDescriber::link);
    }

    private static String link(WorkItem item, long planId) {
        return PlanTaskDescriptions.id(item, UnitReportProcess.REPORT_ID).map(id -> "reports/" + id)
                .or(() -> PlanTaskDescriptions.id(item, ConsolidationProcess.CONSOLIDATED_REPORT_ID)
                        .map(id -> "consolidated-reports/" + id))
                .orElse("plans/" + planId);
    }
}
