package vn.congtactreem.reporting;

import java.time.Instant;

/**
 * A unit's report for one period: the narrative (kết quả, khó khăn, đề xuất) and its review. {@code version}
 * is the row's version: a change sent with it is refused if the report changed since (optimistic locking).
 */
public record UnitReport(long id, long periodId, long planId, long orgUnitId, String orgUnitName,
                         UnitReportStatus status, String results, String difficulties, String proposals,
                         Instant submittedAt, String submittedBy, boolean late, Instant reviewedAt, String reviewedBy,
                         String reviewComment, boolean subArea, Long consolidatedReportId, long version) {
}
