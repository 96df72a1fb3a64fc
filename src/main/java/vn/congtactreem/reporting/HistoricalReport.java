package vn.congtactreem.reporting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The figures of a period that was over when its plan was registered ("số liệu nhập sau"): the
 * organisation's consolidated report {@code consolidatedReportId}, dated as the officer says
 * ({@code datedOn}, the date of the report issued then) and marked as entered later by whom and when.
 */
public record HistoricalReport(long consolidatedReportId, long periodId, long orgUnitId, LocalDate datedOn,
                               String summary, Instant enteredAt, String enteredBy) {
}
