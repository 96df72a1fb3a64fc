package vn.congtactreem.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.plan.internal.PlanEntity;
import vn.congtactreem.plan.internal.ReportingPeriodEntity;
import vn.congtactreem.plan.internal.ReportingPeriodRepository;

/**
 * A plan's reporting periods edited in place: a form with an id edits that period, a form without
 * one edits the plan's period of the same kind and year that no other form names, or else adds a
 * period; a period no form keeps is deleted only when nothing hangs on it (reports, a lower level's
 * period, the link to the upper plan's period), else the edit is refused. The link to the upper
 * period is the server's: a nested plan's period reports into the upper plan's period of the same
 * kind and year, whatever a client sends. Called inside the caller's transaction; checks everything
 * before it writes.
 */
@Component
class PlanPeriods {

    private final ReportingPeriodRepository periods;
    private final List<PeriodUsage> usages;

    PlanPeriods(ReportingPeriodRepository periods, List<PeriodUsage> usages) {
        this.periods = periods;
        this.usages = usages;
    }

    void edit(PlanEntity plan, List<PeriodForm> forms) {
        List<PeriodForm> valid = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            valid.add(PeriodRules.valid("periods[" + i + "]", plan.getYearFrom(), plan.getYearTo(), forms.get(i)));
        }
        List<ReportingPeriodEntity> existing = periods.findByPlanIdOrderByIdAsc(plan.getId());
        Map<Integer, ReportingPeriodEntity> claimed = claim(existing, valid);
        List<ReportingPeriodEntity> removed = existing.stream().filter(p -> !claimed.containsValue(p)).toList();
        requireFree(removed);
        for (Map.Entry<Integer, ReportingPeriodEntity> edit : claimed.entrySet()) {
            ReportingPeriodEntity period = edit.getValue();
            PeriodForm form = valid.get(edit.getKey());
            if (period.getUpperPeriodId() != null && (period.kind() != form.kind() || period.year() != form.year())) {
                throw new ValidationException("periods[" + edit.getKey() + "].kind", "period.error.linkedKindFixed");
            }
        }
        periods.deleteAll(removed);
        periods.flush();
        List<ReportingPeriodEntity> result = new ArrayList<>();
        for (int i = 0; i < valid.size(); i++) {
            ReportingPeriodEntity period = claimed.get(i);
            if (period == null) {
                period = periods.save(toEntity(plan.getId(), valid.get(i)));
            } else {
                period.rewrite(valid.get(i));
            }
            result.add(period);
        }
        link(plan, result);
    }

    /** Links the plan's periods that have no link yet to the upper plan's period of the same kind and year. */
    void link(PlanEntity plan, Collection<ReportingPeriodEntity> own) {
        if (plan.getUpperPlanId() == null) {
            return;
        }
        List<ReportingPeriodEntity> upper = periods.findByPlanIdOrderByIdAsc(plan.getUpperPlanId());
        Set<Long> taken = new HashSet<>();
        own.stream().map(ReportingPeriodEntity::getUpperPeriodId).filter(Objects::nonNull).forEach(taken::add);
        for (ReportingPeriodEntity period : own) {
            if (period.getUpperPeriodId() == null) {
                upperOf(period, upper, taken).ifPresent(u -> {
                    taken.add(u.getId());
                    period.reportsInto(u.getId());
                });
            }
        }
    }

    static ReportingPeriodEntity toEntity(long planId, PeriodForm form) {
        return new ReportingPeriodEntity(planId, form.year(), form.kind(), form.dataFrom(), form.dataTo(),
                form.opensOn(), form.unitDue(), form.upperDue(),
                form.reminderDays() == null ? Deadlines.DEFAULT_REMINDER_DAYS : form.reminderDays());
    }

    private static Optional<ReportingPeriodEntity> upperOf(ReportingPeriodEntity period,
                                                           List<ReportingPeriodEntity> upper, Set<Long> taken) {
        return upper.stream().filter(u -> u.kind() == period.kind() && u.year() == period.year())
                .filter(u -> !taken.contains(u.getId())).findFirst();
    }

    /** Form index → the saved period it edits: by id first, then by kind and year. */
    private static Map<Integer, ReportingPeriodEntity> claim(List<ReportingPeriodEntity> existing,
                                                             List<PeriodForm> forms) {
        Map<Integer, ReportingPeriodEntity> claimed = new LinkedHashMap<>();
        Set<Long> used = new HashSet<>();
        for (int i = 0; i < forms.size(); i++) {
            Long id = forms.get(i).id();
            if (id == null) {
                continue;
            }
            ReportingPeriodEntity period = existing.stream().filter(p -> p.getId().equals(id)).findFirst()
                    .orElseThrow(() -> new ValidationException("periods", "period.error.notOfPlan", id));
            if (!used.add(id)) {
                throw new ValidationException("periods", "period.error.twice", id);
            }
            claimed.put(i, period);
        }
        for (int i = 0; i < forms.size(); i++) {
            PeriodForm form = forms.get(i);
            if (form.id() != null) {
                continue;
            }
            Optional<ReportingPeriodEntity> same = existing.stream().filter(p -> !used.contains(p.getId()))
                    .filter(p -> p.kind() == form.kind() && p.year() == form.year()).findFirst();
            if (same.isPresent()) {
                used.add(same.get().getId());
                claimed.put(i, same.get());
            }
        }
        return claimed;
    }

    private void requireFree(List<ReportingPeriodEntity> removed) {
        if (removed.isEmpty()) {
            return;
        }
        Set<Long> ids = new HashSet<>();
        removed.forEach(p -> ids.add(p.getId()));
        Set<Long> used = new HashSet<>();
        usages.forEach(usage -> used.addAll(usage.inUse(ids)));
        for (ReportingPeriodEntity period : removed) {
            boolean linked = period.getUpperPeriodId() != null || !periods.findByUpperPeriodId(period.getId()).isEmpty();
            if (linked || used.contains(period.getId()) || period.status() != PeriodStatus.PLANNED) {
                throw new ValidationException("periods", "period.error.inUse", period.year(),
                        Deadlines.format(period.toPeriod().dataFrom()), Deadlines.format(period.toPeriod().dataTo()));
            }
        }
    }
}
