package vn.congtactreem.reporting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.congtactreem.reporting.HistoricalReport;

/** A consolidated report entered after its period was over (a programme registered mid-way). */
@Entity
@Table(name = "historical_report")
public class HistoricalReportEntity {

    @Id
    @Column(name = "consolidated_report_id")
    private Long consolidatedReportId;
    @Column(name = "dated_on")
    private LocalDate datedOn;
    @Column(name = "entered_at")
    private Instant enteredAt;
    @Column(name = "entered_by")
    private String enteredBy;

    public Long getConsolidatedReportId() {
        return consolidatedReportId;
    }

    protected HistoricalReportEntity() {
    }

    public HistoricalReportEntity(long consolidatedReportId) {
        this.consolidatedReportId = consolidatedReportId;
    }

    public void enter(LocalDate on, String by, Instant at) {
        datedOn = on;
        enteredBy = by;
        enteredAt = at;
    }

    public HistoricalReport toReport(long periodId, long orgUnitId, String summary) {
        return new HistoricalReport(consolidatedReportId, periodId, orgUnitId, datedOn, summary, enteredAt, enteredBy);
    }
}
