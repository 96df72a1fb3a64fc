package vn.congtactreem.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.NotFoundException;
import vn.congtactreem.indicator.Figure;
import vn.congtactreem.indicator.Indicator;
import vn.congtactreem.indicator.PlanTargets;
import vn.congtactreem.indicator.Target;
import vn.congtactreem.indicator.TargetEvaluation;
import vn.congtactreem.indicator.TargetStatus;
import vn.congtactreem.plan.PeriodKind;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.ReportingPeriod;
import vn.congtactreem.reporting.internal.ConsolidatedReportEntity;
import vn.congtactreem.reporting.internal.ConsolidatedReportRepository;
import vn.congtactreem.reporting.internal.UnitReportEntity;
import vn.congtactreem.reporting.internal.UnitReportRepository;

/**
 * The figures of the reports against their targets: what a unit report asks for (the targets its unit is
 * responsible for), what the organisation gives itself (targets no unit is responsible for), and each target
 * with its figure ({@link RolledUpFigures}), where it stands, its baseline and last year's figure.
 */
@Service
@Transactional(readOnly = true)
public class ReportFigures {

    private final UnitReportRepository reports;
    private final ConsolidatedReportRepository consolidated;
    private final PlanService plans;
    private final PlanTargets targets;
    private final RolledUpFigures rolledUp;
    private final DirectFigureReads direct;
    private final FigureBatches batches;

    ReportFigures(UnitReportRepository reports, ConsolidatedReportRepository consolidated, PlanService plans,
                  PlanTargets targets, RolledUpFigures rolledUp, DirectFigureReads direct, FigureBatches batches) {
        this.direct = direct;
        this.batches = batches;
        this.reports = reports;
        this.consolidated = consolidated;
        this.plans = plans;
        this.targets = targets;
        this.rolledUp = rolledUp;
    }

    /** The indicators a unit report asks for, in the plan's order; none for a sub-area's report. */
    public List<Indicator> askedOf(long unitReportId) {
        UnitReportEntity report = requireUnitReport(unitReportId);
        if (report.isSubArea()) {
            return List.of();
        }
        return targets.askedOf(plans.period(report.getPeriodId()).planId(), report.getOrgUnitId());
    }

    /** The indicators the organisation's officer gives in the consolidated report: no unit answers for them. */
    public List<Indicator> ownOf(long consolidatedReportId) {
        ConsolidatedReportEntity report = requireConsolidated(consolidatedReportId);
        long planId = plans.period(report.getPeriodId()).planId();
        return distinctIndicators(targets.ofPlan(planId).stream().filter(t -> t.responsibleUnitIds().isEmpty())
                .toList());
    }

    /** The unit's targets with its own figure, where it stands, and last year's figure. */
    public List<TargetFigure> ofUnitReport(long unitReportId) {
        UnitReportEntity report = requireUnitReport(unitReportId);
        ReportingPeriod period = plans.period(report.getPeriodId());
        List<Target> unitTargets = targetsOfUnit(report);
        List<Indicator> indicators = distinctIndicators(unitTargets);
        Map<Long, Figure> figures = rolledUp.figuresOfUnitReport(report, indicators);
        Map<Long, Figure> lastYear = lastYearOfUnit(report, period, indicators);
        return evaluate(unitTargets, figures, lastYear, period, report.getOrgUnitId(), false);
    }

    /** Every target of the plan with the organisation's rolled-up figure for the period. */
    public List<TargetFigure> ofConsolidatedReport(long consolidatedReportId) {
        return ofConsolidated(requireConsolidated(consolidatedReportId), direct);
    }

    /**
     * {@link #ofConsolidatedReport} for many reports, read together ({@link FigureBatches}: a fixed number of
     * queries whatever their number): report id → its targets with figures; unknown ids are left out.
     */
    public Map<Long, List<TargetFigure>> ofConsolidatedReports(Collection<Long> consolidatedReportIds) {
        if (consolidatedReportIds.isEmpty()) {
            return Map.of();
        }
        FigureReads reads = batches.of(consolidatedReportIds);
        Map<Long, List<TargetFigure>> result = new LinkedHashMap<>();
        for (Long id : consolidatedReportIds) {
            ConsolidatedReportEntity report;
            try {
                report = reads.consolidated(id);
            } catch (NotFoundException unknown) {
                continue;
            }
            result.put(id, ofConsolidated(report, reads));
        }
        return result;
    }

    private List<TargetFigure> ofConsolidated(ConsolidatedReportEntity report, FigureReads reads) {
        ReportingPeriod period = reads.period(report.getPeriodId());
        List<Target> planTargets = reads.targetsOfPlan(period.planId());
        List<Indicator> indicators = distinctIndicators(planTargets);
        Map<Long, Figure> figures = rolledUp.figuresOfConsolidated(report, indicators, reads);
        Map<Long, Figure> lastYear = previousPeriod(period, period.year() - 1, reads)
                .flatMap(p -> reads.consolidatedOf(p.id(), report.getOrgUnitId()))
                .map(c -> rolledUp.figuresOfConsolidated(c, indicators, reads)).orElse(Map.of());
        return evaluate(planTargets, figures, lastYear, period, report.getOrgUnitId(), true, reads);
    }

    /** The reports accepted since the consolidated report's snapshot was taken (not in its figures yet). */
    public List<Long> acceptedSinceSnapshot(long consolidatedReportId) {
        ConsolidatedReportEntity report = requireConsolidated(consolidatedReportId);
        Optional<Set<Long>> snapshot = report.basis();
        if (snapshot.isEmpty()) {
            return List.of();
        }
        return reports.findByPeriodIdOrderByIdAsc(report.getPeriodId()).stream()
                .filter(r -> r.getStatus() == UnitReportStatus.ACCEPTED && !snapshot.get().contains(r.getId()))
                .map(UnitReportEntity::getId).toList();
    }

    private Map<Long, Figure> lastYearOfUnit(UnitReportEntity report, ReportingPeriod period,
                                             Collection<Indicator> indicators) {
        return previousPeriod(period, period.year() - 1)
                .flatMap(p -> reports.findByPeriodIdAndOrgUnitId(p.id(), report.getOrgUnitId()))
                .map(r -> rolledUp.figuresOfUnitReport(r, indicators)).orElse(Map.of());
    }

    // ---------------------------------------------------------------- targets

    private List<TargetFigure> evaluate(List<Target> list, Map<Long, Figure> figures, Map<Long, Figure> lastYear,
                                        ReportingPeriod period, long orgUnitId, boolean organisation) {
        return evaluate(list, figures, lastYear, period, orgUnitId, organisation, direct);
    }

    private List<TargetFigure> evaluate(List<Target> list, Map<Long, Figure> figures, Map<Long, Figure> lastYear,
                                        ReportingPeriod period, long orgUnitId, boolean organisation,
                                        FigureReads reads) {
        double asOf = asOf(period);
        List<TargetFigure> result = new ArrayList<>();
        for (Target target : ReviewMilestones.judged(list, period)) {
            Figure figure = figures.get(target.indicator().id());
            Figure previous = lastYear.get(target.indicator().id());
            BigDecimal baseline = baseline(target, period, orgUnitId, organisation, previous, reads);
            TargetStatus status = TargetEvaluation.status(target, figure, baseline, asOf);
            result.add(new TargetFigure(target, figure, status,
                    previous == null || !previous.hasData() ? null : previous));
        }
        return result;
    }

    /**
     * The target's own baseline value, else the same period's figure in its baseline year (or last year).
     * A yearly change or trend is held against last year's figure; the value typed stands in for it
     * when none was reported (the year before the plan).
     */
    private BigDecimal baseline(Target target, ReportingPeriod period, long orgUnitId, boolean organisation,
                                Figure lastYear, FigureReads reads) {
        if (target.shape().yearOnYear()) {
            return lastYear != null && lastYear.hasData() ? lastYear.value() : target.baselineValue();
        }
        if (target.baselineValue() != null) {
            return target.baselineValue();
        }
        int year = target.baselineYear() == null ? period.year() - 1 : target.baselineYear();
        if (year == period.year() - 1) {
            return lastYear == null ? null : lastYear.value();
        }
        Optional<ReportingPeriod> then = previousPeriod(period, year, reads);
        if (then.isEmpty()) {
            return null;
        }
        List<Indicator> one = List.of(target.indicator());
        Optional<Figure> figure = organisation
                ? reads.consolidatedOf(then.get().id(), orgUnitId)
                        .map(c -> rolledUp.figuresOfConsolidated(c, one, reads).get(target.indicator().id()))
                : reports.findByPeriodIdAndOrgUnitId(then.get().id(), orgUnitId)
                        .map(r -> rolledUp.figuresOfUnitReport(r, one).get(target.indicator().id()));
        return figure.map(Figure::value).orElse(null);
    }

    /** The moment a period's figures describe, in years: the first half of 2024 is 2024.5. */
    static double asOf(ReportingPeriod period) {
        return switch (period.kind()) {
            case SIX_MONTHS -> period.year() + 0.5;
            case NINE_MONTHS -> period.year() + 0.75;
            case ANNUAL, MID_TERM_REVIEW, FINAL_REVIEW -> period.year() + 1.0;
            case AD_HOC -> {
                LocalDate end = period.dataTo().plusDays(1);
                yield end.getYear() + (end.getDayOfYear() - 1) / (double) end.lengthOfYear();
            }
        };
    }

    /** The same kind's period of another year; for a review, the year's annual period (a review is once). */
    private Optional<ReportingPeriod> previousPeriod(ReportingPeriod period, int year) {
        return previousPeriod(period, year, direct);
    }

    private static Optional<ReportingPeriod> previousPeriod(ReportingPeriod period, int year, FigureReads reads) {
        return reads.periodOfYear(period.planId(), period.kind().review() ? PeriodKind.ANNUAL : period.kind(), year);
    }

    private List<Target> targetsOfUnit(UnitReportEntity report) {
        long planId = plans.period(report.getPeriodId()).planId();
        return targets.ofPlan(planId).stream().filter(t -> t.isResponsible(report.getOrgUnitId())).toList();
    }

    private static List<Indicator> distinctIndicators(List<Target> list) {
        Map<Long, Indicator> distinct = new LinkedHashMap<>();
        list.forEach(t -> distinct.putIfAbsent(t.indicator().id(), t.indicator()));
        return List.copyOf(distinct.values());
    }

    private UnitReportEntity requireUnitReport(long id) {
        return reports.findById(id).orElseThrow(() -> new NotFoundException("report", "report.error.notFound", id));
    }

    private ConsolidatedReportEntity requireConsolidated(long id) {
        return consolidated.findById(id)
                .orElseThrow(() -> new NotFoundException("report", "report.error.notFound", id));
    }
}
