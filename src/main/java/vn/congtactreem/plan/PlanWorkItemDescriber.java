package vn.congtactreem.plan;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.congtactreem.inbox.WorkItem;
import vn.congtactreem.inbox.WorkItemDescriber;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.plan.process.PlanCycleProcess;

/**
 * Describes every task of the cycle by its plan, the organisation concerned and the period: a few
 * small reads per row (the inbox pages, so a page of 50 costs a bounded number of queries).
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
        if (!(item.ids().get("planId") instanceof Number planId)) {
            return Optional.empty();
        }
        PlanSummary plan = plans.summary(planId.longValue());
        String organisation = item.ids().get("unitOrgId") instanceof Number unit
                ? orgs.find(unit.longValue()).map(o -> o.name()).orElse("") : plan.orgUnitName();
        String link = item.ids().get("reportId") instanceof Number reportId ? "reports/" + reportId
                : item.ids().get("consolidatedReportId") instanceof Number consolidatedId
                ? "consolidated-reports/" + consolidatedId : planTaskLink(item, planId.longValue());
        if (item.ids().get("periodId") instanceof Number periodId) {
            ReportingPeriod period = plans.period(periodId.longValue());
            return Optional.of(new WorkItemDescription(plan.title(), organisation, period.kind().name(),
                    period.year(), link));
        }
        return Optional.of(new WorkItemDescription(plan.title(), organisation, null, null, link));
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
