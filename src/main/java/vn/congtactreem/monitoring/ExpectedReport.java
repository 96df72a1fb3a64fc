package vn.congtactreem.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import vn.congtactreem.reporting.UnitReportStatus;

/**
 * One unit's report for one period, as the definitions read it: when it was opened for the unit,
 * when the unit was deactivated (null: active), the unit's last day (inclusive, Vietnam time), the
 * first submission (null: never submitted) and where the report stands now. A sub-area that runs
 * its own cycle is one such report upstairs: its consolidated report fulfils it.
 */
public record ExpectedReport(long unitId, Instant openedAt, Instant deactivatedAt, LocalDate lastDay,
                             Instant firstSubmittedAt, UnitReportStatus status) {
}
