package vn.congtactreem.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.indicator.PlanTargets;
import vn.congtactreem.indicator.TargetForm;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.plan.internal.AssignmentEntity;
import vn.congtactreem.plan.internal.AssignmentRepository;
import vn.congtactreem.plan.internal.PlanActivityEntity;
import vn.congtactreem.plan.internal.PlanActivityRepository;
import vn.congtactreem.plan.internal.PlanEntity;

/**
 * The four lists of a draft (periods, units, content items, targets) written with their rules: units and items
 * name organisations below the plan's own, a unit once, quarters or months; periods are edited in place
 * ({@link PlanPeriods}), targets by the indicator feature. The first broken rule is reported on its field.
 */
@Component
class DraftContent {

    private final OrgService orgs;
    private final AssignmentRepository assignments;
    private final PlanActivityRepository activities;
    private final PlanTargets targets;
    private final PlanPeriods periods;

    DraftContent(OrgService orgs, AssignmentRepository assignments, PlanActivityRepository activities,
                 PlanTargets targets, PlanPeriods periods) {
        this.orgs = orgs;
        this.assignments = assignments;
        this.activities = activities;
        this.targets = targets;
        this.periods = periods;
    }

    void writePeriods(PlanEntity plan, List<PeriodForm> forms) {
        periods.edit(plan, forms);
    }

    void writeAssignments(PlanEntity plan, List<AssignmentForm> forms) {
        Set<Long> below = orgs.selfAndDescendants(plan.getOrgUnitId());
        Set<Long> seen = new HashSet<>();
        List<AssignmentEntity> entities = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            AssignmentForm form = forms.get(i);
            String field = "assignments[" + i + "].orgUnitId";
            if (form.orgUnitId() == null) {
                throw new ValidationException(field, "plan.error.unitRequired");
            }
            if (form.orgUnitId() == plan.getOrgUnitId() || !below.contains(form.orgUnitId())) {
                throw new ValidationException(field, "plan.error.unitNotBelow", orgs.path(plan.getOrgUnitId()));
            }
            OrgUnit unit = orgs.get(form.orgUnitId());
            if (!unit.active()) {
                throw new ValidationException(field, "plan.error.unitInactive", unit.name());
            }
            if (!seen.add(form.orgUnitId())) {
                throw new ValidationException(field, "plan.error.unitTwice", unit.name());
            }
            entities.add(new AssignmentEntity(plan.getId(), form.orgUnitId(), unit.name(), form.duties()));
        }
        assignments.deleteByPlanId(plan.getId());
        assignments.flush();
        assignments.saveAll(entities);
    }

    void writeActivities(PlanEntity plan, List<ActivityForm> forms) {
        Set<Long> allowed = orgs.selfAndDescendants(plan.getOrgUnitId());
        List<PlanActivityEntity> entities = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            ActivityForm form = forms.get(i);
            String field = "activities[" + i + "]";
            PlanRules.requireText(field + ".title", form.title(), "plan.error.activityTitleRequired");
            checkTimeframe(field, form);
            if (form.leadUnitId() != null && !allowed.contains(form.leadUnitId())) {
                throw new ValidationException(field + ".leadUnitId", "plan.error.activityUnitNotBelow",
                        orgs.path(plan.getOrgUnitId()));
            }
            List<Long> cooperating = form.cooperatingUnitIds() == null ? List.of() : form.cooperatingUnitIds();
            if (cooperating.stream().anyMatch(id -> !allowed.contains(id))) {
                throw new ValidationException(field + ".cooperatingUnitIds", "plan.error.activityUnitNotBelow",
                        orgs.path(plan.getOrgUnitId()));
            }
            entities.add(new PlanActivityEntity(plan.getId(), i + 1, form));
        }
        activities.deleteByPlanId(plan.getId());
        activities.flush();
        activities.saveAll(entities);
    }

    void writeTargets(PlanEntity plan, List<TargetForm> forms) {
        targets.replace(plan.getId(), plan.getYearFrom(), plan.getYearTo(), orgs.selfAndDescendants(plan.getOrgUnitId()),
                forms);
    }

    /** The objectives and the targets under them together, so that every target names an objective that exists. */
    void writeTargets(PlanEntity plan, List<String> objectives, List<TargetForm> forms) {
        targets.replace(plan.getId(), plan.getYearFrom(), plan.getYearTo(), orgs.selfAndDescendants(plan.getOrgUnitId()),
                objectives, forms);
    }

    private static void checkTimeframe(String field, ActivityForm form) {
        List<Integer> quarters = form.quarters() == null ? List.of() : form.quarters();
        if (quarters.stream().anyMatch(q -> q == null || q < 1 || q > 4)) {
            throw new ValidationException(field + ".quarters", "plan.error.quarter");
        }
        boolean months = form.monthFrom() != null || form.monthTo() != null;
        if (!quarters.isEmpty() && months) {
            throw new ValidationException(field + ".quarters", "plan.error.quartersOrMonths");
        }
        if (months && (form.monthFrom() == null || form.monthTo() == null || form.monthFrom() < 1
                || form.monthTo() > 12 || form.monthTo() < form.monthFrom())) {
            throw new ValidationException(field + ".monthTo", "plan.error.months");
        }
    }
}
