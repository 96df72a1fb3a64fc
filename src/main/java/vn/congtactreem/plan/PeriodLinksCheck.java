package vn.congtactreem.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.plan.internal.AssignmentEntity;
import vn.congtactreem.plan.internal.AssignmentRepository;
import vn.congtactreem.plan.internal.PlanEntity;
import vn.congtactreem.plan.internal.PlanRepository;
import vn.congtactreem.plan.internal.ReportingPeriodEntity;
import vn.congtactreem.plan.internal.ReportingPeriodRepository;

/**
 * The invariant that makes levels add up: every sub-area of an issued plan has a cycle (a plan under
 * it) whose periods point to the upper plan's periods, so its consolidated report reaches the upper
 * level. Run by the tests and shown to the administrator when it is broken.
 */
@Service
@Transactional(readOnly = true)
public class PeriodLinksCheck {

    private final PlanRepository plans;
    private final ReportingPeriodRepository periods;
    private final AssignmentRepository assignments;
    private final PlanService planService;
    private final OrgService orgs;

    PeriodLinksCheck(PlanRepository plans, ReportingPeriodRepository periods, AssignmentRepository assignments,
                     PlanService planService, OrgService orgs) {
        this.plans = plans;
        this.periods = periods;
        this.assignments = assignments;
        this.planService = planService;
        this.orgs = orgs;
    }

    /** Every break found, the plans of one upper plan together. */
    public List<PeriodLinkProblem> problems() {
        List<PeriodLinkProblem> problems = new ArrayList<>();
        Map<Long, List<PlanEntity>> nestedByUpper = plans.findByUpperPlanIdIsNotNull().stream()
                .collect(Collectors.groupingBy(PlanEntity::getUpperPlanId));
        for (Map.Entry<Long, List<PlanEntity>> entry : nestedByUpper.entrySet()) {
            PlanEntity upper = plans.findById(entry.getKey()).orElse(null);
            if (upper == null || !(upper.getStatus() == PlanStatus.ISSUED || upper.getStatus() == PlanStatus.CLOSED)) {
                continue;
            }
            List<ReportingPeriodEntity> upperPeriods = periods.findByPlanIdOrderByIdAsc(upper.getId());
            Set<Long> upperIds = upperPeriods.stream().map(ReportingPeriodEntity::getId).collect(Collectors.toSet());
            for (PlanEntity nested : entry.getValue()) {
                checkNested(nested, upperPeriods, upperIds, problems);
            }
        }
        for (PlanEntity issued : plans.findByStatus(PlanStatus.ISSUED)) {
            Set<Long> withCycle = nestedByUpper.getOrDefault(issued.getId(), List.of()).stream()
                    .map(PlanEntity::getOrgUnitId).collect(Collectors.toSet());
            for (AssignmentEntity assignment : assignments.findByPlanIdOrderByIdAsc(issued.getId())) {
                if (!withCycle.contains(assignment.getOrgUnitId()) && planService.runsOwnCycle(assignment.getOrgUnitId())) {
                    problems.add(new PeriodLinkProblem(PeriodLinkProblem.Kind.NO_CYCLE, issued.getId(),
                            issued.getTitle(), orgName(assignment.getOrgUnitId()), null, null, null));
                }
            }
        }
        return problems;
    }

    private void checkNested(PlanEntity nested, List<ReportingPeriodEntity> upperPeriods, Set<Long> upperIds,
                             List<PeriodLinkProblem> problems) {
        List<ReportingPeriodEntity> own = periods.findByPlanIdOrderByIdAsc(nested.getId());
        Set<Long> linked = own.stream().map(ReportingPeriodEntity::getUpperPeriodId)
                .filter(id -> id != null).collect(Collectors.toSet());
        String name = orgName(nested.getOrgUnitId());
        for (ReportingPeriodEntity upper : upperPeriods) {
            if (!linked.contains(upper.getId())) {
                problems.add(new PeriodLinkProblem(PeriodLinkProblem.Kind.MISSING_LINK, nested.getId(),
                        nested.getTitle(), name, upper.getId(), upper.kind(), upper.year()));
            }
        }
        for (ReportingPeriodEntity period : own) {
            if (period.getUpperPeriodId() != null && !upperIds.contains(period.getUpperPeriodId())) {
                problems.add(new PeriodLinkProblem(PeriodLinkProblem.Kind.WRONG_LINK, nested.getId(),
                        nested.getTitle(), name, period.getId(), period.kind(), period.year()));
            }
        }
    }

    private String orgName(long orgUnitId) {
        return orgs.find(orgUnitId).map(o -> o.name()).orElse("");
    }
}
