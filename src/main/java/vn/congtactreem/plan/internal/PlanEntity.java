package vn.congtactreem.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.congtactreem.plan.Assignment;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.PlanActivity;
import vn.congtactreem.plan.PlanDraft;
import vn.congtactreem.plan.PlanStatus;
import vn.congtactreem.plan.PlanSummary;
import vn.congtactreem.plan.ReportingPeriod;
import vn.congtactreem.plan.UpperPlanForm;

@Entity
@Table(name = "plan")
public class PlanEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** Optimistic locking (V13): an update from a stale state is refused. */
    @Version
    private long version;
    @Column(name = "org_unit_id")
    private Long orgUnitId;
    /** The unit's name when this was made, frozen when the unit is renamed afterwards (null: its name now). */
    @Column(name = "org_unit_name", insertable = false, updatable = false)
    private String orgUnitNameAsMade;
    private String title;
    @Column(name = "year_from")
    private int yearFrom;
    @Column(name = "year_to")
    private int yearTo;
    @Enumerated(EnumType.STRING)
    private PlanStatus status = PlanStatus.DRAFT;
    @Column(name = "upper_plan_id")
    private Long upperPlanId;
    @Column(name = "upper_ref_number")
    private String upperRefNumber;
    @Column(name = "upper_ref_date")
    private LocalDate upperRefDate;
    @Column(name = "upper_ref_issuer")
    private String upperRefIssuer;
    @Column(name = "upper_ref_title")
    private String upperRefTitle;
    @Column(name = "upper_ref_file_id")
    private Long upperRefFileId;
    /** the month and year of an upper plan whose day is blank in the original (upper_ref_date null). */
    @Column(name = "upper_ref_month")
    private Integer upperRefMonth;
    @Column(name = "upper_ref_year")
    private Integer upperRefYear;
    private String purpose;
    private String requirements;
    private String budget;
    private String implementation;
    @Column(name = "reporting_regime")
    private String reportingRegime;
    @Column(name = "doc_number")
    private Integer docNumber;
    @Column(name = "doc_symbol")
    private String docSymbol;
    @Column(name = "issued_on")
    private LocalDate issuedOn;
    @Column(name = "signer_name")
    private String signerName;
    @Column(name = "signer_title")
    private String signerTitle;
    /** "TM. ỦY BAN NHÂN DÂN" above the signer in the plan's document. */
    @Column(name = "signed_for_committee")
    private boolean signedForCommittee;
    private String recipients;
    @Column(name = "review_comment")
    private String reviewComment;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "created_at")
    private LocalDateTime createdAt = LocalDateTime.now();
    @Column(name = "updated_at")
    private LocalDateTime updatedAt = LocalDateTime.now();

    protected PlanEntity() {
    }

    public PlanEntity(long orgUnitId, String title, int yearFrom, int yearTo) {
        this.orgUnitId = orgUnitId;
        this.title = title;
        this.yearFrom = yearFrom;
        this.yearTo = yearTo;
    }

    public void registerUpper(UpperPlanForm upper) {
        upperRefNumber = upper.number() == null || upper.number().isBlank() ? null : upper.number().strip();
        upperRefDate = upper.issuedOn();
        upperRefMonth = upper.issuedOn() == null ? upper.issuedMonth() : null;
        upperRefYear = upper.issuedOn() == null ? upper.issuedYear() : null;
        upperRefIssuer = upper.issuer();
        upperRefTitle = upper.title();
        upperRefFileId = upper.fileId();
        touch();
    }

    /** A plan received from an upper level that issued its own plan in the system. */
    public void receiveFrom(PlanEntity upper, String upperIssuer) {
        upperPlanId = upper.id;
        upperRefNumber = upper.docNumber + "/" + upper.docSymbol;
        upperRefDate = upper.issuedOn;
        upperRefMonth = null;
        upperRefYear = null;
        upperRefIssuer = upperIssuer;
        upperRefTitle = upper.title;
        touch();
    }

    public void write(PlanDraft draft) {
        title = draft.title() == null || draft.title().isBlank() ? title : draft.title().strip();
        purpose = draft.purpose();
        requirements = draft.requirements();
        budget = draft.budget();
        implementation = draft.implementation();
        reportingRegime = draft.reportingRegime();
        recipients = draft.recipients();
        signerName = draft.signerName();
        signerTitle = draft.signerTitle();
        if (draft.signedForCommittee() != null) {
            signedForCommittee = draft.signedForCommittee();
        }
        touch();
    }

    public void submitForReview() {
        status = PlanStatus.IN_REVIEW;
        reviewComment = null;
        touch();
    }

    public void returnToDraft(String comment) {
        status = PlanStatus.DRAFT;
        reviewComment = comment;
        touch();
    }

    public void issue(int number, String symbol, LocalDate on) {
        status = PlanStatus.ISSUED;
        docNumber = number;
        docSymbol = symbol;
        issuedOn = on;
        touch();
    }

    public void close() {
        status = PlanStatus.CLOSED;
        touch();
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    private void touch() {
        updatedAt = LocalDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public int getYearFrom() {
        return yearFrom;
    }

    public int getYearTo() {
        return yearTo;
    }

    public Long getUpperPlanId() {
        return upperPlanId;
    }

    public String getTitle() {
        return title;
    }

    public String getSignerName() {
        return signerName;
    }

    public Plan.UpperPlanReference upperReference() {
        if (upperPlanId == null && upperRefNumber == null && upperRefTitle == null && upperRefIssuer == null) {
            return null;
        }
        return new Plan.UpperPlanReference(upperPlanId, upperRefNumber, upperRefDate, upperRefIssuer, upperRefTitle,
                upperRefFileId, upperRefMonth, upperRefYear);
    }

    public Plan toPlan(String orgUnitName, List<ReportingPeriod> periods, List<Assignment> assignments,
                       List<PlanActivity> activities, List<vn.congtactreem.indicator.Target> targets,
                       List<vn.congtactreem.indicator.Objective> objectives) {
        return new Plan(id, orgUnitId, orgUnitName, title, yearFrom, yearTo, status, upperReference(), purpose,
                requirements, budget, implementation, reportingRegime, recipients, signerName, signerTitle, docNumber,
                docSymbol, issuedOn, reviewComment, periods, assignments, activities, targets, objectives, version,
                signedForCommittee);
    }

    public PlanSummary toSummary(String orgUnitName) {
        return new PlanSummary(id, orgUnitId, orgUnitName, title, yearFrom, yearTo, status,
                docNumber == null ? null : docNumber + "/" + docSymbol, issuedOn, upperPlanId);
    }

    public long getVersion() {
        return version;
    }

    /** The unit's name as it was when this was made, or {@code current} when it was not renamed since. */
    public String nameAsMadeOr(String current) {
        return orgUnitNameAsMade == null ? current : orgUnitNameAsMade;
    }
}
