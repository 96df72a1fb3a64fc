package vn.congtactreem.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An organisation's consolidated report for one period, with the units that had not reported; once
 * the leader approved it, a document with its number ({@code docNumber}/{@code docSymbol}, "5/BC-UBND")
 * and date ({@code issuedOn}).
 */
public record ConsolidatedReport(long id, long periodId, long orgUnitId, String orgUnitName,
                                 ConsolidatedReportStatus status, String summary, List<String> missingUnits,
                                 String reviewComment, Instant submittedAt, String submittedBy, boolean late,
                                 Instant approvedAt, String approvedBy, Long upperReportId, Integer docNumber,
                                 String docSymbol, LocalDate issuedOn) {

    /** "5/BC-UBND" once approved. */
    public String documentNumber() {
        return docNumber == null ? null : docNumber + "/" + docSymbol;
    }
}
