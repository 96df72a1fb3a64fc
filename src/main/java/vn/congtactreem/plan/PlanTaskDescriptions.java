package vn.congtactreem.plan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.EntitiesById;
import vn.congtactreem.base.process.ProcessVariable;
import vn.congtactreem.inbox.WorkItem;
import vn.congtactreem.inbox.WorkItemDescriber.WorkItemDescription;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.plan.internal.PlanEntity;
import vn.congtactreem.plan.internal.ReportingPeriodEntity;
import vn.congtactreem.plan.process.PlanCycleProcess;

/**
 * Describes tasks of any process of the cycle by their plan, the organisation concerned and the period (the
 * process variables {@code planId} and {@code periodId}, and the one naming the unit concerned, if any), with the
 * link the owning feature gives.
 * A page of tasks takes three reads at most whatever its size: the plans' lines, the periods, and the names of the
 * plans' organisations and of the units together (none for names shown recently on this node; one task: the
 * transaction's copies first, so often fewer). Used
 * by each feature's {@code WorkItemDescriber} for its own processes.
 */
@Component
public class PlanTaskDescriptions {

    private final EntitiesById rows;
    private final OrgService orgs;

    PlanTaskDescriptions(EntitiesById rows, OrgService orgs) {
        this.rows = rows;
        this.orgs = orgs;
    }

    /**
     * @param unitVariable the process variable holding the organisation the task is about, null for the plan's own
     * @param link the page of a task given its plan's id (null when it has none of its own)
     * @return descriptions by task id of the tasks whose plan exists
     */
    @Transactional(readOnly = true)
    public Map<String, WorkItemDescription> describe(List<WorkItem> items, ProcessVariable<Long> unitVariable,
                                                     BiFunction<WorkItem, Long, String> link) {
        Set<Long> planIds = new HashSet<>();
        Set<Long> periodIds = new HashSet<>();
        Set<Long> unitIds = new HashSet<>();
        for (WorkItem item : items) {
            id(item, PlanCycleProcess.PLAN_ID).ifPresent(planIds::add);
            id(item, PlanCycleProcess.PERIOD_ID).ifPresent(periodIds::add);
            id(item, unitVariable).ifPresent(unitIds::add);
        }
        if (planIds.isEmpty()) {
            return Map.of();
        }
        List<PlanEntity> planEntities = byId(PlanEntity.class, planIds);
        Map<Long, String> units = names(planEntities, unitIds);
        Map<Long, PlanSummary> summaries = new HashMap<>();
        planEntities.forEach(p -> summaries.put(p.getId(), p.toSummary(units.getOrDefault(p.getOrgUnitId(), ""))));
        Map<Long, ReportingPeriodEntity> periods = new HashMap<>();
        byId(ReportingPeriodEntity.class, periodIds).forEach(p -> periods.put(p.getId(), p));
        Map<String, WorkItemDescription> descriptions = new LinkedHashMap<>();
        for (WorkItem item : items) {
            Optional<Long> planId = id(item, PlanCycleProcess.PLAN_ID);
            if (planId.isEmpty() || !summaries.containsKey(planId.get())) {
                continue;
            }
            PlanSummary plan = summaries.get(planId.get());
            String organisation = id(item, unitVariable).map(unit -> units.getOrDefault(unit, ""))
                    .orElse(plan.orgUnitName());
            ReportingPeriodEntity period = id(item, PlanCycleProcess.PERIOD_ID).map(periods::get).orElse(null);
            descriptions.put(item.id(), new WorkItemDescription(plan.title(), organisation,
                    period == null ? null : period.kind().name(), period == null ? null : period.year(),
                    link.apply(item, plan.id())));
        }
        return descriptions;
    }

    /**
     * The names of the plans' organisations and of the tasks' units, together: the names this node has shown in the
     * last minutes without a statement, the others in one ({@link OrgService#shownNames}). A plan of one task is its
     * transaction's copy when it has one ({@code find}).
     */
    private Map<Long, String> names(List<PlanEntity> planEntities, Set<Long> unitIds) {
        Set<Long> orgIds = new HashSet<>(unitIds);
        planEntities.forEach(p -> orgIds.add(p.getOrgUnitId()));
        return orgs.shownNames(orgIds);
    }

    /**
     * The rows of these ids as the transaction has them, else read: one, the persistence context's {@code find}
     * (no repository proxy, no query); more, Hibernate's multi-load ({@link EntitiesById}).
     */
    private <T> List<T> byId(Class<T> type, Set<Long> ids) {
        return ids.size() == 1 ? rows.find(type, ids.iterator().next()).stream().toList() : rows.load(type, ids);
    }

    /** A process variable holding an id, if the task's process has it. */
    public static Optional<Long> id(WorkItem item, ProcessVariable<Long> variable) {
        return variable == null ? Optional.empty() : Optional.ofNullable(variable.in(item.ids()));
    }
}
