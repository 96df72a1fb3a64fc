package vn.congtactreem.plan;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.congtactreem.inbox.WorkItem;
import vn.congtactreem.inbox.WorkItemDescriber;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.plan.process.PlanCycleProcess;

/**
 * Describes every task of the cycle by its plan, the organisation concerned and the period. A page
 * of tasks is described with three reads whatever its size: the plans' lines, the periods and the
 * units' names.
 */
@Component
class PlanWorkItemDescriber implements WorkItemDescriber {

    private final PlanService plans;
    private final OrgService orgs;

    PlanWorkItemDescriber(PlanService plans, OrgService orgs) {
        this.plans = plans;
        this.orgs = orgs;
    }

    @Override
    public Optional<WorkItemDescription> describe(WorkItem item) {
        return Optional.ofNullable(describeAll(List.of(item)).get(item.id()));
    }

    @Override
    public Map<String, WorkItemDescription> describeAll(List<WorkItem> items) {
        Set<Long> planIds = new HashSet<>();
        Set<Long> periodIds = new HashSet<>();
        Set<Long> unitIds = new HashSet<>();
        for (WorkItem item : items) {
            id(item, "planId").ifPresent(planIds::add);
            id(item, "periodId").ifPresent(periodIds::add);
            id(item, "unitOrgId").ifPresent(unitIds::add);
        }
        if (planIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, PlanSummary> summaries = plans.summaries(planIds);
        Map<Long, ReportingPeriod> periods = periodIds.isEmpty() ? Map.of() : plans.periods(periodIds);
        Map<Long, String> units = unitIds.isEmpty() ? Map.of() : orgs.names(unitIds);
        Map<String, WorkItemDescription> descriptions = new LinkedHashMap<>();
        for (WorkItem item : items) {
            Optional<Long> planId = id(item, "planId");
            if (planId.isEmpty() || !summaries.containsKey(planId.get())) {
                continue;
            }
            PlanSummary plan = summaries.get(planId.get());
            String organisation = id(item, "unitOrgId").map(unit -> units.getOrDefault(unit, ""))
                    .orElse(plan.orgUnitName());
            ReportingPeriod period = id(item, "periodId").map(periods::get).orElse(null);
            descriptions.put(item.id(), new WorkItemDescription(plan.title(), organisation,
                    period == null ? null : period.kind().name(), period == null ? null : period.year(),
                    link(item, plan.id())));
        }
        return descriptions;
    }

    private static String link(WorkItem item, long planId) {
        return id(item, "reportId").map(reportId -> "reports/" + reportId)
                .or(() -> id(item, "consolidatedReportId").map(id -> "consolidated-reports/" + id))
                .orElseGet(() -> planTaskLink(item, planId));
    }

    private static Optional<Long> id(WorkItem item, String variable) {
        return item.ids().get(variable) instanceof Number number ? Optional.of(number.longValue()) : Optional.empty();
    }

    /** The form of a plan-cycle task: register the upper plan, draft, review. */
    private static String planTaskLink(WorkItem item, long planId) {
        if (!PlanCycleProcess.KEY.equals(item.processKey())) {
            return null;
        }
        return switch (item.taskKey()) {
            case PlanCycleProcess.Element.REGISTER_UPPER_PLAN -> "plans/" + planId + "/upper-plan";
            case PlanCycleProcess.Element.DRAFT_PLAN -> "plans/" + planId + "/draft";
            case PlanCycleProcess.Element.REVIEW_PLAN -> "plans/" + planId + "/review";
            default -> "plans/" + planId;
        };
    }
}
