package vn.congtactreem.reporting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.NotFoundException;
import vn.congtactreem.indicator.Figure;
import vn.congtactreem.indicator.Indicator;
import vn.congtactreem.indicator.IndicatorValues;
import vn.congtactreem.indicator.PlanTargets;
import vn.congtactreem.indicator.Reading;
import vn.congtactreem.indicator.RollUp;
import vn.congtactreem.indicator.Target;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.internal.ConsolidatedReportEntity;
import vn.congtactreem.reporting.internal.ConsolidatedReportRepository;
import vn.congtactreem.reporting.internal.HistoricalReportRepository;
import vn.congtactreem.reporting.internal.UnitReportEntity;
import vn.congtactreem.reporting.internal.UnitReportRepository;

/**
 * A report's figures by indicator: a unit report's own values; a consolidated report's rolled up by
 * {@link RollUp} from the accepted unit reports of its snapshot, the sub-areas' consolidated figures (their
 * sums, recursively, level inside level) and the organisation's own values; or, for figures entered after
 * the period, the organisation's values as given.
 */
@Component
@Transactional(readOnly = true)
class RolledUpFigures {

    private final UnitReportRepository reports;
    private final ConsolidatedReportRepository consolidated;
    private final PlanService plans;
    private final PlanTargets targets;
    private final IndicatorValues values;
    private final OrgService orgs;
    private final HistoricalReportRepository historical;
    private final DirectFigureReads direct;

    RolledUpFigures(UnitReportRepository reports, ConsolidatedReportRepository consolidated, PlanService plans,
                    PlanTargets targets, IndicatorValues values, OrgService orgs,
                    HistoricalReportRepository historical, DirectFigureReads direct) {
        this.direct = direct;
        this.reports = reports;
        this.consolidated = consolidated;
        this.plans = plans;
        this.targets = targets;
        this.values = values;
        this.orgs = orgs;
        this.historical = historical;
    }

    Map<Long, Figure> figuresOfConsolidated(ConsolidatedReportEntity report, Collection<Indicator> indicators) {
        return figuresOfConsolidated(report, indicators, direct);
    }

    /** The same, from what {@code reads} answers (read when asked, or read together for many reports). */
    Map<Long, Figure> figuresOfConsolidated(ConsolidatedReportEntity report, Collection<Indicator> indicators,
                                            FigureReads reads) {
        if (reads.enteredLater(report.getId())) {
            return enteredLater(report, indicators, reads);
        }
        Map<Long, Set<Long>> responsible =
                responsibleUnits(reads.targetsOfPlan(reads.period(report.getPeriodId()).planId()));
        Map<Long, List<RollUp.Answer>> answers = new LinkedHashMap<>();
        indicators.forEach(i -> answers.put(i.id(), new ArrayList<>()));
        List<UnitReportEntity> accepted = basis(report, reads);
        Map<Long, String> names = reads.names(accepted.stream().map(UnitReportEntity::getOrgUnitId).toList());
        Map<Long, Map<Long, Reading>> typed = reads.valuesOfUnitReports(accepted.stream()
                .filter(r -> !r.isSubArea()).map(UnitReportEntity::getId).toList());
        for (UnitReportEntity unit : accepted) {
            String name = unit.nameAsMadeOr(names.getOrDefault(unit.getOrgUnitId(), ""));
            if (unit.isSubArea()) {
                if (unit.getConsolidatedReportId() == null) {
                    continue;
                }
                Map<Long, Figure> sub = figuresOfConsolidated(reads.consolidated(unit.getConsolidatedReportId()),
                        indicators, reads);
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
        Map<Long, Reading> own = reads.valuesOfConsolidated(report.getId());
        String orgName = report.nameAsMadeOr(reads.name(report.getOrgUnitId()));
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
    private static Map<Long, Figure> enteredLater(ConsolidatedReportEntity report, Collection<Indicator> indicators,
                                                  FigureReads reads) {
        Map<Long, Reading> own = reads.valuesOfConsolidated(report.getId());
        String orgName = report.nameAsMadeOr(reads.name(report.getOrgUnitId()));
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
    private static List<UnitReportEntity> basis(ConsolidatedReportEntity report, FigureReads reads) {
        Optional<Set<Long>> snapshot = report.basis();
        return reads.reportsOfPeriod(report.getPeriodId()).stream()
                .filter(r -> r.getStatus() == UnitReportStatus.ACCEPTED)
                .filter(r -> snapshot.map(ids -> ids.contains(r.getId())).orElse(true)).toList();
    }

    /** Indicator id → the units answering for it at this level (every target of the indicator together). */
    private static Map<Long, Set<Long>> responsibleUnits(List<Target> list) {
        Map<Long, Set<Long>> responsible = new LinkedHashMap<>();
        list.forEach(t -> responsible.computeIfAbsent(t.indicator().id(), k -> new HashSet<>())
                .addAll(t.responsibleUnitIds()));
        return responsible;
    }

    Map<Long, Figure> figuresOfUnitReport(UnitReportEntity report, Collection<Indicator> indicators) {
        if (report.isSubArea()) {
            return report.getConsolidatedReportId() == null ? empty(indicators)
                    : figuresOfConsolidated(requireConsolidated(report.getConsolidatedReportId()), indicators);
        }
        Map<Long, Reading> readings = values.ofUnitReport(report.getId());
        String name = report.nameAsMadeOr(orgs.find(report.getOrgUnitId()).map(o -> o.name()).orElse(""));
        Map<Long, Figure> figures = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            figures.put(indicator.id(), RollUp.of(indicator, RollUp.contribution(indicator,
                    readings.get(indicator.id()), report.getId(), false, name).stream().toList()));
        }
        return figures;
    }

    private static Map<Long, Figure> empty(Collection<Indicator> indicators) {
        Map<Long, Figure> figures = new LinkedHashMap<>();
        indicators.forEach(i -> figures.put(i.id(), RollUp.of(i, List.of())));
        return figures;
    }

    ConsolidatedReportEntity requireConsolidated(long id) {
        return consolidated.findById(id)
                .orElseThrow(() -> new NotFoundException("report", "report.error.notFound", id));
    }
}
