package vn.congtactreem.monitoring;

import vn.congtactreem.reporting.ConsolidatedReportStatus;

/**
 * A sub-area of a period: its one report upstairs (its consolidated report) and, when it runs its
 * own cycle in the system, its own period one level down with that period's rates and its own
 * consolidation's status. {@code ownPeriodId} null: it reports upstairs without a cycle of its own.
 */
public record SubAreaRow(long unitId, String name, long upperReportId, ReportStanding.CellStatus upstairs,
                         Long ownPeriodId, Tally own, ConsolidatedReportStatus consolidation,
                         Long consolidatedReportId) {

    /** The sub-area's rate one level down, or -1 when it has none (sorts last). */
    public double rateForSorting() {
        return own == null || own.reportingRate() == null ? -1 : own.reportingRate().doubleValue();
    }

    /** Late or missing upstairs or among its own units: what "chỉ đơn vị muộn/thiếu" keeps. */
    public boolean lateOrMissing() {
        return upstairs == ReportStanding.CellStatus.LATE || upstairs == ReportStanding.CellStatus.MISSING
                || own != null && own.hasLateOrMissing();
    }
}
