package vn.congtactreem.indicator.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.congtactreem.indicator.Reading;

@Entity
@Table(name = "indicator_value")
public class IndicatorValueEntity {

    /**
     * From a sequence, not an identity column: Hibernate must insert an identity row at once to learn its id, one
     * statement per figure; with ids taken ahead (50 a time, Hibernate's pooled optimizer: the sequence's value is
     * the top of the block, so it steps by the same 50, V36) a save's figures go to the database as one JDBC batch.
     * The column's default is the same sequence, so a row inserted by SQL never takes an id Hibernate hands out.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_value_seq")
    @SequenceGenerator(name = "indicator_value_seq", sequenceName = "indicator_value_seq", allocationSize = 50)
    private Long id;
    @Column(name = "unit_report_id")
    private Long unitReportId;
    @Column(name = "consolidated_report_id")
    private Long consolidatedReportId;
    @Column(name = "indicator_id")
    private Long indicatorId;
    private Long numerator;
    private Long denominator;
    private boolean confirmed;
    @Column(name = "not_applicable")
    private boolean notApplicable;
    private String note;
    @Column(name = "entered_by")
    private String enteredBy;
    @Column(name = "entered_at")
    private Instant enteredAt;

    protected IndicatorValueEntity() {
    }

    private IndicatorValueEntity(Long unitReportId, Long consolidatedReportId, long indicatorId) {
        this.unitReportId = unitReportId;
        this.consolidatedReportId = consolidatedReportId;
        this.indicatorId = indicatorId;
    }

    public static IndicatorValueEntity ofUnitReport(long reportId, long indicatorId) {
        return new IndicatorValueEntity(reportId, null, indicatorId);
    }

    public static IndicatorValueEntity ofConsolidatedReport(long reportId, long indicatorId) {
        return new IndicatorValueEntity(null, reportId, indicatorId);
    }

    /** Keeps the typed value; who and when change only when the value does. */
    public void record(Reading reading, String by, Instant at) {
        boolean changed = !java.util.Objects.equals(numerator, reading.numerator())
                || !java.util.Objects.equals(denominator, reading.denominator()) || confirmed != reading.confirmed()
                || notApplicable != reading.notApplicable() || !java.util.Objects.equals(note, reading.note())
                || enteredBy == null;
        numerator = reading.numerator();
        denominator = reading.denominator();
        confirmed = reading.confirmed();
        notApplicable = reading.notApplicable();
        note = reading.note();
        if (changed) {
            enteredBy = by;
            enteredAt = at;
        }
    }

    public Long getUnitReportId() {
        return unitReportId;
    }

    public Long getConsolidatedReportId() {
        return consolidatedReportId;
    }

    public Long getIndicatorId() {
        return indicatorId;
    }

    public Reading toReading() {
        return new Reading(indicatorId, numerator, denominator, confirmed, notApplicable, note);
    }
}
