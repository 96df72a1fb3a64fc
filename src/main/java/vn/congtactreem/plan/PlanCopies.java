package vn.congtactreem.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.base.SearchText;
import vn.congtactreem.indicator.Objective;
import vn.congtactreem.indicator.PlanTargets;
import vn.congtactreem.indicator.Target;
import vn.congtactreem.indicator.TargetForm;
import vn.congtactreem.indicator.TargetNumbering;
import vn.congtactreem.indicator.TargetOutline;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.plan.internal.PlanEntity;

/** Drafts started from other plans: the upper plan's targets for this area, or last year's plan moved a year. */
@Component
@Transactional
class PlanCopies {

    private final PlanReads reads;
    private final PlanDrafting drafting;
    private final DraftContent content;
    private final PlanTargets targets;
    private final OrgService orgs;
    private final CycleTimeline timeline;

    PlanCopies(PlanReads reads, PlanDrafting drafting, DraftContent content, PlanTargets targets, OrgService orgs,
               CycleTimeline timeline) {
        this.reads = reads;
        this.drafting = drafting;
        this.content = content;
        this.targets = targets;
        this.orgs = orgs;
        this.timeline = timeline;
    }

    /**
     * Adds the upper plan's targets that this plan does not set yet (same indicator and milestone year), with the
     * upper plan's values and wording and without responsible units; a milestone outside this plan's years moves
     * to its nearest year. Only the targets the upper plan leaves to this area (docs/decisions/0001). Each keeps
     * its objective (this plan's objective of the same title, else the upper plan's objective added at the end)
     * and the upper plan's number ("Chỉ tiêu 3" stays 3), unless that number is already this plan's: then the
     * targets taken are numbered on from the ones before them.
     */
    Plan takeTargetsFromUpperPlan(UserAccount officer, long planId) {
        PlanEntity plan = drafting.draftOf(officer, planId);
        Plan current = reads.load(planId);
        Long upperId = current.upper() == null ? null : current.upper().planId();
        if (upperId == null) {
            throw new ValidationException("targets", "plan.error.noUpperPlanInSystem");
        }
        List<TargetForm> forms = new ArrayList<>(current.toDraft().targets());
        List<String> objectives = new ArrayList<>(current.objectives().stream().map(Objective::title).toList());
        Map<Integer, String> upperObjectives = new HashMap<>();
        targets.objectivesOf(upperId).forEach(o -> upperObjectives.put(o.number(), o.title()));
        List<Integer> taken = new ArrayList<>();
        Set<String> present = new HashSet<>();
        current.targets().forEach(t -> present.add(t.indicator().id() + "@" + t.milestoneYear()));
        int added = 0;
        for (Target upper : targets.ofPlan(upperId)) {
            int year = Math.max(plan.getYearFrom(), Math.min(plan.getYearTo(), upper.milestoneYear()));
            if (!upper.isResponsible(plan.getOrgUnitId()) || !upper.indicator().active()
                    || !present.add(upper.indicator().id() + "@" + year)) {
                continue;
            }
            Integer baselineYear = upper.baselineYear() == null || upper.baselineYear() < year ? upper.baselineYear()
                    : Integer.valueOf(year - 1);
            // the upper plan's words and values exactly, only its years fitted to this plan
            Integer objective = objectiveFor(objectives, upperObjectives.get(upper.objective()));
            taken.add(forms.size());
            forms.add(upper.toForm().moved(year, baselineYear, upper.baselineValue(), upper.wording(), List.of())
                    .placed(objective, upper.number()));
            added++;
        }
        if (added == 0) {
            throw new ValidationException("targets", "plan.error.noNewUpperTargets");
        }
        if (TargetNumbering.firstRepeated(new TargetOutline(objectives, forms).numbers()).isPresent()) {
            taken.forEach(i -> forms.set(i, forms.get(i).placed(forms.get(i).objective(), null)));
        }
        content.writeTargets(plan, objectives, forms);
        timeline.record(officer.username(), CycleTimeline.Entry.plan(planId, CycleAction.PLAN_TARGETS_FROM_UPPER,
                String.valueOf(added)));
        return reads.load(planId);
    }

    /** The number of this plan's objective titled {@code title}, added at the end if none is; null for none. */
    private static Integer objectiveFor(List<String> objectives, String title) {
        if (title == null) {
            return null;
        }
        for (int i = 0; i < objectives.size(); i++) {
            if (SearchText.normalize(objectives.get(i)).equals(SearchText.normalize(title))) {
                return i + 1;
            }
        }
        objectives.add(title);
        return objectives.size();
    }

    /**
     * Starts the draft from the organisation's previous plan: its texts, content items and the units still active,
     * moved to this plan's years ("năm 2023" becomes "năm 2024"). The reporting periods stay as they are.
     */
    Plan copyFromPreviousPlan(UserAccount officer, long planId) {
        PlanEntity plan = drafting.draftOf(officer, planId);
        PlanSummary previous = reads.previousPlan(planId)
                .orElseThrow(() -> new ValidationException("copy", "plan.error.noPreviousPlan"));
        Plan source = reads.load(previous.id());
        YearShift shift = new YearShift(source.yearFrom(), source.yearTo(), plan.getYearFrom(), plan.getYearTo());
        Plan current = reads.load(planId);
        plan.write(new PlanDraft(current.title(), shift.apply(source.purpose()), shift.apply(source.requirements()),
                shift.apply(source.budget()), shift.apply(source.implementation()),
                shift.apply(source.reportingRegime()), source.recipients(), source.signerName(),
                source.signerTitle(), null, null, null, null, null, source.signedForCommittee()));
        content.writeAssignments(plan, source.assignments().stream().filter(a -> orgs.get(a.orgUnitId()).active())
                .map(a -> new AssignmentForm(a.orgUnitId(), shift.apply(a.duties()))).toList());
        content.writeActivities(plan, source.activities().stream().map(a -> new ActivityForm(shift.apply(a.title()),
                shift.apply(a.content()), a.timeframe().quarters(), a.timeframe().monthFrom(),
                a.timeframe().monthTo(), activeOrNull(a.leadUnitId()),
                a.cooperatingUnitIds().stream().filter(id -> orgs.get(id).active()).toList())).toList());
        content.writeTargets(plan, source.objectives().stream().map(o -> shift.apply(o.title())).toList(),
                source.targets().stream().filter(t -> t.indicator().active())
                        .map(t -> shiftedTarget(t, shift, plan)).toList());
        timeline.record(officer.username(), CycleTimeline.Entry.plan(planId, CycleAction.PLAN_COPIED,
                previous.documentNumber() == null ? previous.title() : previous.documentNumber()));
        return reads.load(planId);
    }

    /** Last year's target in this year's plan: milestone and baseline years moved, active units kept. */
    private TargetForm shiftedTarget(Target target, YearShift shift, PlanEntity plan) {
        int offset = plan.getYearFrom() - shift.fromStart();
        int year = Math.max(plan.getYearFrom(), Math.min(plan.getYearTo(), target.milestoneYear() + offset));
        Integer baselineYear = target.baselineYear() == null ? null : target.baselineYear() + offset;
        String wording = shift.apply(target.wording());
        if (wording != null && baselineYear != null && offset != 0) {
            wording = wording.replace(String.valueOf(target.baselineYear()), String.valueOf(baselineYear));
        }
        // a typed baseline value belonged to the old baseline year: the new one is taken from the reports
        return target.toForm().moved(year, baselineYear, baselineYear == null ? target.baselineValue() : null, wording,
                target.responsibleUnitIds().stream().filter(id -> orgs.get(id).active()).toList());
    }

    private Long activeOrNull(Long orgUnitId) {
        return orgUnitId != null && orgs.get(orgUnitId).active() ? orgUnitId : null;
    }
}
