package vn.congtactreem.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An organisation's consolidated report for one period, with the units that had not reported; once
 * the leader approved it, a document with its number ({@code docNumber}/{@code docSymbol}, "5/BC-UBND")
 * and date ({@code issuedOn}). {@code version} is the row's version: a save from an older one is refused.
 */
public record ConsolidatedReport(long id, long periodId, long orgUnitId, String orgUnitName,
                                 ConsolidatedReportStatus status, String summary, List<String> missingUnits,
                                 String reviewComment, Instant submittedAt, String submittedBy, boolean late,
                                 Instant approvedAt, String approvedBy, Long upperReportId, Integer docNumber,
                                 String docSymbol, LocalDate issuedOn, long version) {

    /** A report not read from the database (tests, documents), at version 0. */
    public ConsolidatedReport(long id, long periodId, long orgUnitId, String orgUnitName,
                              ConsolidatedReportStatus status, String summary, List<String> missingUnits,
                              String reviewComment, Instant submittedAt, String submittedBy, boolean late,
                              Instant approvedAt, String approvedBy, Long upperReportId, Integer docNumber,
                              String docSymbol, LocalDate issuedOn) {
        this(id, periodId, orgUnitId, orgUnitName, status, summary, missingUnits, reviewComment, submittedAt,
                submittedBy, late, approvedAt, approvedBy, upperReportId, docNumber, docSymbol, issuedOn, 0);
    }

    /** "5/BC-UBND" once approved. */
    public String documentNumber() {
        return docNumber == null ? null : docNumber + "/" + docSymbol;
    }
}
