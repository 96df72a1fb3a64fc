package vn.congtactreem.reporting;

import java.time.Instant;
import java.util.List;

/** An organisation's consolidated report for one period, with the units that had not reported. */
public record ConsolidatedReport(long id, long periodId, long orgUnitId, String orgUnitName,
                                 ConsolidatedReportStatus status, String summary, List<String> missingUnits,
                                 String reviewComment, Instant submittedAt, String submittedBy, boolean late,
                                 Instant approvedAt, String approvedBy, Long upperReportId) {
}
