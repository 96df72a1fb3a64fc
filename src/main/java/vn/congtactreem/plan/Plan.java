package vn.congtactreem.plan;

import java.time.LocalDate;
import java.util.List;
import vn.congtactreem.indicator.Objective;
import vn.congtactreem.indicator.Target;

/**
 * A plan with everything it says, as its readers and the documents need it; its targets in plan order, each
 * naming the number of its objective (none for a plan written without objectives).
 */
public record Plan(long id, long orgUnitId, String orgUnitName, String title, int yearFrom, int yearTo,
                   PlanStatus status, UpperPlanReference upper, String purpose, String requirements, String budget,
                   String implementation, String reportingRegime, String recipients, String signerName,
                   String signerTitle, Integer docNumber, String docSymbol, LocalDate issuedOn, String reviewComment,
                   List<ReportingPeriod> periods, List<Assignment> assignments, List<PlanActivity> activities,
                   List<Target> targets, List<Objective> objectives, long version, boolean signedForCommittee) {

    public Plan {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
    }

    /** A plan signed as the originals sign: "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", no "TM. ỦY BAN NHÂN DÂN". */
    public Plan(long id, long orgUnitId, String orgUnitName, String title, int yearFrom, int yearTo,
                PlanStatus status, UpperPlanReference upper, String purpose, String requirements, String budget,
                String implementation, String reportingRegime, String recipients, String signerName,
                String signerTitle, Integer docNumber, String docSymbol, LocalDate issuedOn, String reviewComment,
                List<ReportingPeriod> periods, List<Assignment> assignments, List<PlanActivity> activities,
                List<Target> targets, List<Objective> objectives, long version) {
        this(id, orgUnitId, orgUnitName, title, yearFrom, yearTo, status, upper, purpose, requirements, budget,
                implementation, reportingRegime, recipients, signerName, signerTitle, docNumber, docSymbol, issuedOn,
                reviewComment, periods, assignments, activities, targets, objectives, version, false);
    }

    /** A plan as the documents see it: the row's version (sent back with a change) does not matter there. */
    public Plan(long id, long orgUnitId, String orgUnitName, String title, int yearFrom, int yearTo,
                PlanStatus status, UpperPlanReference upper, String purpose, String requirements, String budget,
                String implementation, String reportingRegime, String recipients, String signerName,
                String signerTitle, Integer docNumber, String docSymbol, LocalDate issuedOn, String reviewComment,
                List<ReportingPeriod> periods, List<Assignment> assignments, List<PlanActivity> activities,
                List<Target> targets, List<Objective> objectives) {
        this(id, orgUnitId, orgUnitName, title, yearFrom, yearTo, status, upper, purpose, requirements, budget,
                implementation, reportingRegime, recipients, signerName, signerTitle, docNumber, docSymbol, issuedOn,
                reviewComment, periods, assignments, activities, targets, objectives, 0);
    }

    /** A plan whose targets have no objectives. */
    public Plan(long id, long orgUnitId, String orgUnitName, String title, int yearFrom, int yearTo,
                PlanStatus status, UpperPlanReference upper, String purpose, String requirements, String budget,
                String implementation, String reportingRegime, String recipients, String signerName,
                String signerTitle, Integer docNumber, String docSymbol, LocalDate issuedOn, String reviewComment,
                List<ReportingPeriod> periods, List<Assignment> assignments, List<PlanActivity> activities,
                List<Target> targets) {
        this(id, orgUnitId, orgUnitName, title, yearFrom, yearTo, status, upper, purpose, requirements, budget,
                implementation, reportingRegime, recipients, signerName, signerTitle, docNumber, docSymbol, issuedOn,
                reviewComment, periods, assignments, activities, targets, List.of());
    }

    /** The targets of objective {@code number} (null: those outside any objective), in plan order. */
    public List<Target> targetsOf(Integer number) {
        return targets.stream().filter(t -> java.util.Objects.equals(t.objective(), number)).toList();
    }

    /** "12/KH-UBND" once issued. */
    public String documentNumber() {
        return docNumber == null ? null : docNumber + "/" + docSymbol;
    }

    /** What the officer wrote, as a draft to edit again (e.g. after the leader returned it). */
    public PlanDraft toDraft() {
        return new PlanDraft(title, purpose, requirements, budget, implementation, reportingRegime, recipients,
                signerName, signerTitle,
                periods.stream().map(PeriodForm::of).toList(),
                assignments.stream().map(a -> new AssignmentForm(a.orgUnitId(), a.duties())).toList(),
                activities.stream().map(PlanActivity::toForm).toList(),
                targets.stream().map(Target::toForm).toList(),
                objectives.stream().map(Objective::title).toList(), signedForCommittee);
    }

    public boolean editable() {
        return status == PlanStatus.DRAFT;
    }

    public boolean multiYear() {
        return yearTo > yearFrom;
    }

    /** Where the plan comes from: a plan issued in the system ({@code planId}) or one registered by hand. */
    /**
     * The upper plan as registered; {@code issuedMonth}/{@code issuedYear} when the original leaves the
     * day blank ({@code issuedOn} then null), a number "/KH-UBND" or null when it leaves the number blank.
     */
    public record UpperPlanReference(Long planId, String number, LocalDate issuedOn, String issuer, String title,
                                     Long fileId, Integer issuedMonth, Integer issuedYear) {

        public UpperPlanReference(Long planId, String number, LocalDate issuedOn, String issuer, String title,
                                  Long fileId) {
            this(planId, number, issuedOn, issuer, title, fileId, null, null);
        }

        /** "số 50/KH-UBND ngày 29/02/2024", or with the original's blanks "số      /KH-UBND ngày      /3/2022". */
        public String citation() {
            return UpperPlanCitation.of(this);
        }
    }
}
