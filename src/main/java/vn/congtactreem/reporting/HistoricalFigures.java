package vn.congtactreem.reporting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.plan.CycleAction;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.base.TextRules;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.indicator.Indicator;
import vn.congtactreem.indicator.IndicatorValues;
import vn.congtactreem.indicator.PlanTargets;
import vn.congtactreem.indicator.Reading;
import vn.congtactreem.indicator.Target;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.plan.CycleTimeline;
import vn.congtactreem.plan.PeriodStatus;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.ReportingPeriod;
import vn.congtactreem.reporting.internal.ConsolidatedReportEntity;
import vn.congtactreem.reporting.internal.ConsolidatedReportRepository;
import vn.congtactreem.reporting.internal.HistoricalReportEntity;
import vn.congtactreem.reporting.internal.HistoricalReportRepository;
import vn.congtactreem.security.AccessScope;

/**
 * Figures of a period that was over when the plan was registered as issued (a programme adopted
 * mid-way): the officer enters the organisation's figures as they were reported then, dated as the
 * report was; they are kept as the period's consolidated report, marked as entered later, and count
 * as any consolidated figure: last year's figure and the baseline of the years after
 * ({@link ReportFigures}). No process, task or notice is involved.
 */
@Service
@Transactional
public class HistoricalFigures {

    private final ConsolidatedReportRepository consolidated;
    private final HistoricalReportRepository historical;
    private final PlanService plans;
    private final PlanTargets targets;
    private final IndicatorValues values;
    private final AccessScope scope;
    private final CycleTimeline timeline;
    private final CycleClock clock;

    public HistoricalFigures(ConsolidatedReportRepository consolidated, HistoricalReportRepository historical,
                             PlanService plans, PlanTargets targets, IndicatorValues values, AccessScope scope,
                             CycleTimeline timeline, CycleClock clock) {
        this.consolidated = consolidated;
        this.historical = historical;
        this.plans = plans;
        this.targets = targets;
        this.values = values;
        this.scope = scope;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** The form: the date of the report issued then, its summary, and the figures (one per indicator). */
    public record Form(LocalDate datedOn, String summary, List<Reading> values) {
    }

    /** The indicators of the plan's targets, in the plan's order: what a period's figures hold. */
    @Transactional(readOnly = true)
    public List<Indicator> indicatorsOf(long periodId) {
        Map<Long, Indicator> distinct = new LinkedHashMap<>();
        targets.ofPlan(plans.period(periodId).planId()).stream().map(Target::indicator)
                .forEach(i -> distinct.putIfAbsent(i.id(), i));
        return List.copyOf(distinct.values());
    }

    /** Enters (or corrects) the figures of a past period of the officer's own plan. */
    public HistoricalReport enter(UserAccount officer, long periodId, Form form) {
        ReportingPeriod period = plans.period(periodId);
        Plan plan = plans.load(period.planId());
        scope.requireActsFor(officer, plan.orgUnitId(), Role.OFFICER);
        if (period.status() != PeriodStatus.PAST) {
            throw new ValidationException("periodId", "programme.error.periodNotPast");
        }
        if (form.datedOn() == null) {
            throw new ValidationException("datedOn", "programme.error.historicalDateRequired");
        }
        TextRules.checkDate("datedOn", form.datedOn());
        if (form.datedOn().isAfter(clock.today()) || form.datedOn().isBefore(period.dataFrom())) {
            throw new ValidationException("datedOn", "programme.error.historicalDate",
                    period.dataFrom().getDayOfMonth() + "/" + period.dataFrom().getMonthValue() + "/"
                            + period.dataFrom().getYear());
        }
        TextRules.check("summary", form.summary(), TextRules.LONG);
        List<Indicator> asked = indicatorsOf(periodId);
        List<Reading> readings = form.values() == null ? List.of() : form.values();
        Map<Long, Reading> byIndicator = new LinkedHashMap<>();
        readings.forEach(r -> byIndicator.put(r.indicatorId(), r));
        IndicatorValues.check(asked, byIndicator, false);
        ConsolidatedReportEntity report = consolidated.findByPeriodIdAndOrgUnitId(periodId, plan.orgUnitId())
                .orElseGet(() -> {
                    ConsolidatedReportEntity created = consolidated.save(
                            new ConsolidatedReportEntity(periodId, plan.orgUnitId()));
                    created.approve(officer.username(), clock.now());
                    created.submitUpward(officer.username(), clock.now(), false, null);
                    return created;
                });
        HistoricalReportEntity entry = historical.findById(report.getId())
                .orElseGet(() -> new HistoricalReportEntity(report.getId()));
        report.write(form.summary());
        entry.enter(form.datedOn(), officer.username(), clock.now());
        historical.save(entry);
        values.saveForConsolidatedReport(report.getId(), asked, readings, officer.username(), clock.now());
        timeline.record(officer.username(), new CycleTimeline.Entry(plan.id(), periodId, null, report.getId(),
                CycleAction.HISTORICAL_FIGURES, null));
        return entry.toReport(periodId, plan.orgUnitId(), report.getSummary());
    }

    /** The historical figures of the organisation's period, if entered. */
    @Transactional(readOnly = true)
    public Optional<HistoricalReport> ofPeriod(long periodId, long orgUnitId) {
        return consolidated.findByPeriodIdAndOrgUnitId(periodId, orgUnitId)
                .flatMap(r -> historical.findById(r.getId()).map(h -> h.toReport(periodId, orgUnitId, r.getSummary())));
    }

    /** Whether a consolidated report holds figures entered later (its own values are the level's figures). */
    @Transactional(readOnly = true)
    public boolean isHistorical(long consolidatedReportId) {
        return historical.existsById(consolidatedReportId);
    }
}
