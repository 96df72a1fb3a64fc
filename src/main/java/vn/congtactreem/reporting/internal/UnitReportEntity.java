package vn.congtactreem.reporting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.congtactreem.reporting.UnitReport;
import vn.congtactreem.reporting.UnitReportForm;
import vn.congtactreem.reporting.UnitReportStatus;

@Entity
@Table(name = "unit_report")
public class UnitReportEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** Optimistic locking (V13): an update from a stale state is refused. */
    @Version
    private long version;
    @Column(name = "period_id")
    private Long periodId;
    @Column(name = "assignment_id")
    private Long assignmentId;
    @Column(name = "org_unit_id")
    private Long orgUnitId;
    /** The unit's name when this was made, frozen when the unit is renamed afterwards (null: its name now). */
    @Column(name = "org_unit_name", insertable = false, updatable = false)
    private String orgUnitNameAsMade;
    @Enumerated(EnumType.STRING)
    private UnitReportStatus status = UnitReportStatus.OPEN;
    private String results;
    private String difficulties;
    private String proposals;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "first_submitted_at")
    private Instant firstSubmittedAt;
    private boolean late;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Column(name = "reviewed_by")
    private String reviewedBy;
    @Column(name = "review_comment")
    private String reviewComment;
    @Column(name = "sub_area")
    private boolean subArea;
    @Column(name = "consolidated_report_id")
    private Long consolidatedReportId;

    protected UnitReportEntity() {
    }

    public UnitReportEntity(long periodId, long assignmentId, long orgUnitId, boolean subArea) {
        this.periodId = periodId;
        this.assignmentId = assignmentId;
        this.orgUnitId = orgUnitId;
        this.subArea = subArea;
    }

    public void write(UnitReportForm form) {
        results = form.results();
        difficulties = form.difficulties();
        proposals = form.proposals();
        if (status == UnitReportStatus.OPEN) {
            status = UnitReportStatus.DRAFT;
        }
    }

    /** Late is decided once, at the first submission, and stays; so does the first submission's time. */
    public void submit(String by, Instant at, boolean lateNow) {
        status = UnitReportStatus.SUBMITTED;
        late = late || lateNow;
        submittedAt = at;
        submittedBy = by;
        if (firstSubmittedAt == null) {
            firstSubmittedAt = at;
        }
    }

    /** A sub-area's approved consolidated report stands for this unit report. */
    public void fulfilBy(long consolidatedReportId, String by, Instant at, boolean lateNow) {
        this.consolidatedReportId = consolidatedReportId;
        submit(by, at, lateNow);
    }

    public void accept(String by, Instant at) {
        status = UnitReportStatus.ACCEPTED;
        reviewedBy = by;
        reviewedAt = at;
    }

    /** Returned at least once (a return always gives its comment, which stays through the resubmissions). */
    public boolean wasReturned() {
        return reviewComment != null;
    }

    public void returnWith(String comment, String by, Instant at) {
        status = UnitReportStatus.RETURNED;
        reviewComment = comment;
        reviewedBy = by;
        reviewedAt = at;
    }

    public Instant getFirstSubmittedAt() {
        return firstSubmittedAt;
    }

    public boolean wasSubmittedOnTime() {
        return submittedAt != null && !late;
    }

    public Long getId() {
        return id;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public Long getAssignmentId() {
        return assignmentId;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public UnitReportStatus getStatus() {
        return status;
    }

    public boolean isSubArea() {
        return subArea;
    }

    public Long getConsolidatedReportId() {
        return consolidatedReportId;
    }

    public String getResults() {
        return results;
    }

    public UnitReport toReport(long planId, String orgUnitName) {
        return new UnitReport(id, periodId, planId, orgUnitId, orgUnitName, status, results, difficulties, proposals,
                submittedAt, submittedBy, late, reviewedAt, reviewedBy, reviewComment, subArea, consolidatedReportId,
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
