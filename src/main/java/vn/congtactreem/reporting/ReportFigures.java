package vn.congtactreem.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.NotFoundException;
import vn.congtactreem.indicator.Contribution;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.indicator.Figure;
import vn.congtactreem.indicator.Indicator;
import vn.congtactreem.indicator.IndicatorValues;
import vn.congtactreem.indicator.PlanTargets;
import vn.congtactreem.indicator.Reading;
import vn.congtactreem.indicator.RollUp;
import vn.congtactreem.indicator.Target;
import vn.congtactreem.indicator.TargetEvaluation;
import vn.congtactreem.indicator.TargetStatus;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.plan.PeriodKind;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.ReportingPeriod;
import vn.congtactreem.reporting.internal.ConsolidatedReportEntity;
import vn.congtactreem.reporting.internal.ConsolidatedReportRepository;
import vn.congtactreem.reporting.internal.HistoricalReportRepository;
import vn.congtactreem.reporting.internal.UnitReportEntity;
import vn.congtactreem.reporting.internal.UnitReportRepository;

/**
 * The figures of the reports: what a unit report asks for (the targets its unit is responsible for),
 * what the organisation gives itself (targets no unit is responsible for), and every figure of a
 * consolidated report rolled up by {@link RollUp} from the accepted unit reports of its period, the
 * sub-areas' consolidated figures (their sums, recursively, level inside level) and its own values.
 */
@Service
@Transactional(readOnly = true)
public class ReportFigures {

    private final UnitReportRepository reports;
    private final ConsolidatedReportRepository consolidated;
    private final PlanService plans;
    private final PlanTargets targets;
    private final IndicatorValues values;
    private final OrgService orgs;
    private final HistoricalReportRepository historical;

    public ReportFigures(UnitReportRepository reports, ConsolidatedReportRepository consolidated, PlanService plans,
                         PlanTargets targets, IndicatorValues values, OrgService orgs,
                         HistoricalReportRepository historical) {
        this.historical = historical;
        this.reports = reports;
        this.consolidated = consolidated;
        this.plans = plans;
        this.targets = targets;
        this.values = values;
        this.orgs = orgs;
    }

    /** The indicators a unit report asks for, in the plan's order; none for a sub-area's report. */
    public List<Indicator> askedOf(long unitReportId) {
        UnitReportEntity report = requireUnitReport(unitReportId);
        if (report.isSubArea()) {
            return List.of();
        }
        return distinctIndicators(targetsOfUnit(report));
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
        Map<Long, Figure> figures = figuresOfUnitReport(report, indicators);
        Map<Long, Figure> lastYear = lastYearOfUnit(report, period, indicators);
        return evaluate(unitTargets, figures, lastYear, period, report.getOrgUnitId(), false);
    }

    /** Every target of the plan with the organisation's rolled-up figure for the period. */
    public List<TargetFigure> ofConsolidatedReport(long consolidatedReportId) {
        ConsolidatedReportEntity report = requireConsolidated(consolidatedReportId);
        ReportingPeriod period = plans.period(report.getPeriodId());
        List<Target> planTargets = targets.ofPlan(period.planId());
        List<Indicator> indicators = distinctIndicators(planTargets);
        Map<Long, Figure> figures = figuresOfConsolidated(report, indicators);
        Map<Long, Figure> lastYear = previousPeriod(period, period.year() - 1)
                .flatMap(p -> consolidated.findByPeriodIdAndOrgUnitId(p.id(), report.getOrgUnitId()))
                .map(c -> figuresOfConsolidated(c, indicators)).orElse(Map.of());
        return evaluate(planTargets, figures, lastYear, period, report.getOrgUnitId(), true);
    }

    // ---------------------------------------------------------------- roll-up

    private Map<Long, Figure> figuresOfConsolidated(ConsolidatedReportEntity report, Collection<Indicator> indicators) {
        if (historical.existsById(report.getId())) {
            return enteredLater(report, indicators);
        }
        Map<Long, Set<Long>> responsible = responsibleUnits(targets.ofPlan(plans.period(report.getPeriodId()).planId()));
        Map<Long, List<RollUp.Answer>> answers = new LinkedHashMap<>();
        indicators.forEach(i -> answers.put(i.id(), new ArrayList<>()));
        List<UnitReportEntity> accepted = basis(report);
        Map<Long, String> names = orgs.names(accepted.stream().map(UnitReportEntity::getOrgUnitId).toList());
        Map<Long, Map<Long, Reading>> typed = values.ofUnitReports(accepted.stream().filter(r -> !r.isSubArea())
                .map(UnitReportEntity::getId).toList());
        for (UnitReportEntity unit : accepted) {
            String name = names.getOrDefault(unit.getOrgUnitId(), "");
            if (unit.isSubArea()) {
                if (unit.getConsolidatedReportId() == null) {
                    continue;
                }
                Map<Long, Figure> sub = figuresOfConsolidated(requireConsolidated(unit.getConsolidatedReportId()),
                        indicators);
                for (Indicator indicator : indicators) {
                    RollUp.contribution(sub.get(indicator.id()), unit.getConsolidatedReportId(), name)
                            .map(c -> new RollUp.Answer(unit.getOrgUnitId(), c))
                            .ifPresent(answers.get(indicator.id())::add);
                }
                continue;
            }
            Map<Long, Reading> readings = typed.getOrDefault(unit.getId(), Map.of());
            for (Indicator indicator : indicators) {
                RollUp.contribution(indicator, readings.get(indicator.id()), unit.getId(), false, name)
                        .map(c -> new RollUp.Answer(unit.getOrgUnitId(), c))
                        .ifPresent(answers.get(indicator.id())::add);
            }
        }
        Map<Long, Reading> own = values.ofConsolidatedReport(report.getId());
        String orgName = orgs.find(report.getOrgUnitId()).map(o -> o.name()).orElse("");
        Map<Long, Figure> figures = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            figures.put(indicator.id(), RollUp.ofLevel(indicator, responsible.getOrDefault(indicator.id(), Set.of()),
                    answers.get(indicator.id()),
                    RollUp.contribution(indicator, own.get(indicator.id()), report.getId(), true, orgName)));
        }
        return figures;
    }

    /**
     * Figures entered after the period was over (a programme registered mid-way): the organisation's
     * values as it reported them then are the level's figures, whoever answered for them.
     */
    private Map<Long, Figure> enteredLater(ConsolidatedReportEntity report, Collection<Indicator> indicators) {
        Map<Long, Reading> own = values.ofConsolidatedReport(report.getId());
        String orgName = orgs.find(report.getOrgUnitId()).map(o -> o.name()).orElse("");
        Map<Long, Figure> figures = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            figures.put(indicator.id(), RollUp.of(indicator, RollUp.contribution(indicator, own.get(indicator.id()),
                    report.getId(), true, orgName).stream().toList()));
        }
        return figures;
    }

    /**
     * The accepted reports a consolidated report is built from: its snapshot (the same set as its
     * missing units and its narrative), or every accepted report for one aggregated before snapshots.
     */
    private List<UnitReportEntity> basis(ConsolidatedReportEntity report) {
        Optional<Set<Long>> snapshot = report.basis();
        return reports.findByPeriodIdOrderByIdAsc(report.getPeriodId()).stream()
                .filter(r -> r.getStatus() == UnitReportStatus.ACCEPTED)
                .filter(r -> snapshot.map(ids -> ids.contains(r.getId())).orElse(true)).toList();
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

    /** Indicator id → the units answering for it at this level (every target of the indicator together). */
    private static Map<Long, Set<Long>> responsibleUnits(List<Target> list) {
        Map<Long, Set<Long>> responsible = new LinkedHashMap<>();
        list.forEach(t -> responsible.computeIfAbsent(t.indicator().id(), k -> new HashSet<>())
                .addAll(t.responsibleUnitIds()));
        return responsible;
    }

    private Map<Long, Figure> figuresOfUnitReport(UnitReportEntity report, Collection<Indicator> indicators) {
        if (report.isSubArea()) {
            return report.getConsolidatedReportId() == null ? empty(indicators)
                    : figuresOfConsolidated(requireConsolidated(report.getConsolidatedReportId()), indicators);
        }
        Map<Long, Reading> readings = values.ofUnitReport(report.getId());
        String name = orgs.find(report.getOrgUnitId()).map(o -> o.name()).orElse("");
        Map<Long, Figure> figures = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            figures.put(indicator.id(), RollUp.of(indicator, RollUp.contribution(indicator,
                    readings.get(indicator.id()), report.getId(), false, name).stream().toList()));
        }
        return figures;
    }

    private Map<Long, Figure> lastYearOfUnit(UnitReportEntity report, ReportingPeriod period,
                                             Collection<Indicator> indicators) {
        return previousPeriod(period, period.year() - 1)
                .flatMap(p -> reports.findByPeriodIdAndOrgUnitId(p.id(), report.getOrgUnitId()))
                .map(r -> figuresOfUnitReport(r, indicators)).orElse(Map.of());
    }

    // ---------------------------------------------------------------- targets

    private List<TargetFigure> evaluate(List<Target> list, Map<Long, Figure> figures, Map<Long, Figure> lastYear,
                                        ReportingPeriod period, long orgUnitId, boolean organisation) {
        double asOf = asOf(period);
        List<TargetFigure> result = new ArrayList<>();
        for (Target target : ReviewMilestones.judged(list, period)) {
            Figure figure = figures.get(target.indicator().id());
            Figure previous = lastYear.get(target.indicator().id());
            BigDecimal baseline = baseline(target, period, orgUnitId, organisation, previous);
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
                                Figure lastYear) {
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
        Optional<ReportingPeriod> then = previousPeriod(period, year);
        if (then.isEmpty()) {
            return null;
        }
        List<Indicator> one = List.of(target.indicator());
        Optional<Figure> figure = organisation
                ? consolidated.findByPeriodIdAndOrgUnitId(then.get().id(), orgUnitId)
                        .map(c -> figuresOfConsolidated(c, one).get(target.indicator().id()))
                : reports.findByPeriodIdAndOrgUnitId(then.get().id(), orgUnitId)
                        .map(r -> figuresOfUnitReport(r, one).get(target.indicator().id()));
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
        return plans.periodOfYear(period.planId(), period.kind().review() ? PeriodKind.ANNUAL : period.kind(), year);
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

    private static Map<Long, Figure> empty(Collection<Indicator> indicators) {
        Map<Long, Figure> figures = new LinkedHashMap<>();
        indicators.forEach(i -> figures.put(i.id(), RollUp.of(i, List.of())));
        return figures;
    }

    private UnitReportEntity requireUnitReport(long id) {
        return reports.findById(id).orElseThrow(() -> new NotFoundException("report", "report.error.notFound", id));
    }

    private ConsolidatedReportEntity requireConsolidated(long id) {
        return consolidated.findById(id)
                .orElseThrow(() -> new NotFoundException("report", "report.error.notFound", id));
    }
}
