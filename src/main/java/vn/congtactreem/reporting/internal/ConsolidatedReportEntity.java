package vn.congtactreem.reporting.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.congtactreem.reporting.ConsolidatedReport;
import vn.congtactreem.reporting.ConsolidatedReportStatus;

@Entity
@Table(name = "consolidated_report")
public class ConsolidatedReportEntity {

    private static final String MISSING_SEPARATOR = "\n";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** Optimistic locking (V13): an update from a stale state is refused. */
    @Version
    private long version;
    @Column(name = "period_id")
    private Long periodId;
    @Column(name = "org_unit_id")
    private Long orgUnitId;
    /** The unit's name when this was made, frozen when the unit is renamed afterwards (null: its name now). */
    @Column(name = "org_unit_name", insertable = false, updatable = false)
    private String orgUnitNameAsMade;
    @Enumerated(EnumType.STRING)
    private ConsolidatedReportStatus status = ConsolidatedReportStatus.DRAFT;
    private String summary;
    @Column(name = "missing_units")
    private String missingUnits;
    @Column(name = "review_comment")
    private String reviewComment;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "approved_by")
    private String approvedBy;
    private boolean late;
    @Column(name = "upper_report_id")
    private Long upperReportId;
    @Column(name = "doc_number")
    private Integer docNumber;
    @Column(name = "doc_symbol")
    private String docSymbol;
    @Column(name = "issued_on")
    private LocalDate issuedOn;
    /** The accepted unit reports the figures, the missing units and the narrative were built from. */
    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 1000)
    @CollectionTable(name = "consolidated_report_basis", joinColumns = @JoinColumn(name = "consolidated_report_id"))
    @Column(name = "unit_report_id")
    private Set<Long> basis = new HashSet<>();
    @Column(name = "basis_taken_at")
    private Instant basisTakenAt;

    protected ConsolidatedReportEntity() {
    }

    public ConsolidatedReportEntity(long periodId, long orgUnitId) {
        this.periodId = periodId;
        this.orgUnitId = orgUnitId;
    }

    /**
     * The system's aggregation: which units are missing, and a first draft if nothing is written yet,
     * both from the accepted reports {@code acceptedReportIds}, kept as the report's one snapshot.
     */
    public void aggregate(List<String> missing, String draftSummary, Collection<Long> acceptedReportIds, Instant at) {
        basis.clear();
        basis.addAll(acceptedReportIds);
        basisTakenAt = at;
        missingUnits = String.join(MISSING_SEPARATOR, missing);
        if (summary == null || summary.isBlank()) {
            summary = draftSummary;
        }
        if (status != ConsolidatedReportStatus.RETURNED && status != ConsolidatedReportStatus.RETURNED_BY_UPPER) {
            status = ConsolidatedReportStatus.DRAFT;
        }
    }

    /** The snapshot's report ids; empty for a report aggregated before snapshots were kept. */
    public Optional<Set<Long>> basis() {
        return basisTakenAt == null ? Optional.empty() : Optional.of(Set.copyOf(basis));
    }

    /** Adds the facts of reports taken in by a refresh below what the officer wrote. */
    public void appendFacts(String facts) {
        if (facts.isBlank()) {
            return;
        }
        summary = summary == null || summary.isBlank() ? facts : summary.stripTrailing() + "\n" + facts;
    }

    public void write(String newSummary) {
        summary = newSummary;
    }

    public void submitForApproval() {
        status = ConsolidatedReportStatus.IN_REVIEW;
    }

    public void approve(String by, Instant at) {
        status = ConsolidatedReportStatus.APPROVED;
        approvedBy = by;
        approvedAt = at;
        reviewComment = null;
    }

    /** Its number as a document ("5/BC-UBND"), given once: approved again after a return, it keeps it. */
    public void number(int number, String symbol, LocalDate on) {
        docNumber = number;
        docSymbol = symbol;
        issuedOn = on;
    }

    public boolean isNumbered() {
        return docNumber != null;
    }

    public void returnWith(String comment, ConsolidatedReportStatus returned) {
        status = returned;
        reviewComment = comment;
    }

    public void submitUpward(String by, Instant at, boolean lateNow, Long upperReport) {
        status = ConsolidatedReportStatus.SUBMITTED;
        submittedBy = by;
        submittedAt = at;
        late = late || lateNow;
        upperReportId = upperReport;
    }

    public void acceptedByUpper() {
        status = ConsolidatedReportStatus.ACCEPTED_BY_UPPER;
    }

    public Long getId() {
        return id;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public ConsolidatedReportStatus getStatus() {
        return status;
    }

    public String getSummary() {
        return summary;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public ConsolidatedReport toReport(String orgUnitName) {
        List<String> missing = missingUnits == null || missingUnits.isBlank() ? List.of()
                : Arrays.asList(missingUnits.split(MISSING_SEPARATOR));
        return new ConsolidatedReport(id, periodId, orgUnitId, orgUnitName, status, summary, missing, reviewComment,
                submittedAt, submittedBy, late, approvedAt, approvedBy, upperReportId, docNumber, docSymbol, issuedOn,
                version);
    }

    public long getVersion() {
        return version;
    }

    /** The unit's name as it was when this was made, or {@code current} when it was not renamed since. */
    public String nameAsMadeOr(String current) {
        return orgUnitNameAsMade == null ? current : orgUnitNameAsMade;
    }
}
