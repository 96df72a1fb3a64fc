package vn.congtactreem.reporting;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.congtactreem.base.NotFoundException;
import vn.congtactreem.indicator.IndicatorValues;
import vn.congtactreem.indicator.PlanTargets;
import vn.congtactreem.indicator.Reading;
import vn.congtactreem.indicator.Target;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.plan.PeriodKind;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.ReportingPeriod;
import vn.congtactreem.reporting.internal.ConsolidatedReportEntity;
import vn.congtactreem.reporting.internal.ConsolidatedReportRepository;
import vn.congtactreem.reporting.internal.HistoricalReportRepository;
import vn.congtactreem.reporting.internal.UnitReportEntity;
import vn.congtactreem.reporting.internal.UnitReportRepository;

/** {@link FigureReads} one at a time, each read when asked (the figures of one report). */
@Component
class DirectFigureReads implements FigureReads {

    private final UnitReportRepository reports;
    private final ConsolidatedReportRepository consolidated;
    private final HistoricalReportRepository historical;
    private final PlanService plans;
    private final PlanTargets targets;
    private final IndicatorValues values;
    private final OrgService orgs;

    DirectFigureReads(UnitReportRepository reports, ConsolidatedReportRepository consolidated,
                      HistoricalReportRepository historical, PlanService plans, PlanTargets targets,
                      IndicatorValues values, OrgService orgs) {
        this.reports = reports;
        this.consolidated = consolidated;
        this.historical = historical;
        this.plans = plans;
        this.targets = targets;
        this.values = values;
        this.orgs = orgs;
    }

    @Override
    public ConsolidatedReportEntity consolidated(long consolidatedReportId) {
        return consolidated.findById(consolidatedReportId).orElseThrow(
                () -> new NotFoundException("report", "report.error.notFound", consolidatedReportId));
    }

    @Override
    public Optional<ConsolidatedReportEntity> consolidatedOf(long periodId, long orgUnitId) {
        return consolidated.findByPeriodIdAndOrgUnitId(periodId, orgUnitId);
    }

    @Override
    public boolean enteredLater(long consolidatedReportId) {
        return historical.existsById(consolidatedReportId);
    }

    @Override
    public ReportingPeriod period(long periodId) {
        return plans.period(periodId);
    }

    @Override
    public Optional<ReportingPeriod> periodOfYear(long planId, PeriodKind kind, int year) {
        return plans.periodOfYear(planId, kind, year);
    }

    @Override
    public List<Target> targetsOfPlan(long planId) {
        return targets.ofPlan(planId);
    }

    @Override
    public List<UnitReportEntity> reportsOfPeriod(long periodId) {
        return reports.findByPeriodIdOrderByIdAsc(periodId);
    }

    @Override
    public Map<Long, Map<Long, Reading>> valuesOfUnitReports(List<Long> unitReportIds) {
        return values.ofUnitReports(unitReportIds);
    }

    @Override
    public Map<Long, Reading> valuesOfConsolidated(long consolidatedReportId) {
        return values.ofConsolidatedReport(consolidatedReportId);
    }

    @Override
    public Map<Long, String> names(Collection<Long> orgUnitIds) {
        return orgs.names(orgUnitIds);
    }

    @Override
    public String name(long orgUnitId) {
        return orgs.find(orgUnitId).map(OrgUnit::name).orElse("");
    }
}
