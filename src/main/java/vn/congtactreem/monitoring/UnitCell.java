package vn.congtactreem.monitoring;

import java.time.LocalDate;

/**
 * One unit's report in one period: its status and the date that goes with it (the first
 * submission's day in Vietnam, or the last day while it is awaited); opens the report.
 */
public record UnitCell(long reportId, long periodId, ReportStanding.CellStatus status, LocalDate date) {
}
