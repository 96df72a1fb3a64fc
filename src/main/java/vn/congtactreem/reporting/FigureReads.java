package vn.congtactreem.reporting;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.congtactreem.indicator.Reading;
import vn.congtactreem.indicator.Target;
import vn.congtactreem.plan.PeriodKind;
import vn.congtactreem.plan.ReportingPeriod;
import vn.congtactreem.reporting.internal.ConsolidatedReportEntity;
import vn.congtactreem.reporting.internal.UnitReportEntity;

/**
 * What a consolidated report's figures are computed from. {@link DirectFigureReads} reads each when asked
 * (one report); {@link FigureBatches} reads them for many reports together and answers from memory, so the
 * same computation gives the same figures either way.
 */
interface FigureReads {

    ConsolidatedReportEntity consolidated(long consolidatedReportId);

    Optional<ConsolidatedReportEntity> consolidatedOf(long periodId, long orgUnitId);

    /** Whether the report's figures were entered after the period ({@link HistoricalReport}). */
    boolean enteredLater(long consolidatedReportId);

    ReportingPeriod period(long periodId);

    Optional<ReportingPeriod> periodOfYear(long planId, PeriodKind kind, int year);

    List<Target> targetsOfPlan(long planId);

    /** The period's unit reports, by id. */
    List<UnitReportEntity> reportsOfPeriod(long periodId);

    Map<Long, Map<Long, Reading>> valuesOfUnitReports(List<Long> unitReportIds);

    Map<Long, Reading> valuesOfConsolidated(long consolidatedReportId);

    Map<Long, String> names(Collection<Long> orgUnitIds);

    /** The unit's name, empty when unknown. */
    String name(long orgUnitId);
}
