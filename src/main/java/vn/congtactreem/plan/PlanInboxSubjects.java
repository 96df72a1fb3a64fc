package vn.congtactreem.plan;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.congtactreem.base.SearchText;
import vn.congtactreem.inbox.WorkItemIds;
import vn.congtactreem.inbox.WorkItemSubjects;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.security.AccessScope;

/**
 * The plans and periods the inbox's filters offer (the plans of the user's organisation and those
 * that assign it work: the only plans whose tasks reach the user), and what a search text names:
 * plans by title or organisation, units by name.
 */
@Component
class PlanInboxSubjects implements WorkItemSubjects {

    private final PlanService plans;
    private final OrgService orgs;
    private final AccessScope scope;

    PlanInboxSubjects(PlanService plans, OrgService orgs, AccessScope scope) {
        this.plans = plans;
        this.orgs = orgs;
        this.scope = scope;
    }

    @Override
    public List<PlanChoice> plans(UserAccount user) {
        List<PlanSummary> concerning = plans.plansConcerning(user);
        Map<Long, List<PeriodChoice>> periods = plans.periodsOf(concerning.stream().map(PlanSummary::id).toList())
                .stream().map(p -> new PeriodChoice(p.id(), p.planId(), p.kind().name(), p.year()))
                .collect(Collectors.groupingBy(PeriodChoice::planId));
        return concerning.stream().map(p -> new PlanChoice(p.id(), p.title(), p.orgUnitName(),
                periods.getOrDefault(p.id(), List.of()))).toList();
    }

    @Override
    public Map<String, Set<Long>> matching(UserAccount user, String text) {
        Set<Long> planIds = plans.plansConcerning(user).stream()
                .filter(p -> SearchText.contains(p.title(), text) || SearchText.contains(p.orgUnitName(), text))
                .map(PlanSummary::id).collect(Collectors.toSet());
        Set<Long> visible = scope.visibleOrgIds(user);
        Set<Long> unitIds = orgs.names(visible).entrySet().stream()
                .filter(o -> SearchText.contains(o.getValue(), text)).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        return Map.of(WorkItemIds.PLAN_ID.name(), planIds, WorkItemIds.UNIT_ORG_ID.name(), unitIds);
    }
}
