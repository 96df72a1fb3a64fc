package vn.congtactreem.plan;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.org.UserAccount;

/**
 * The plan feature's API: the plan of an organisation through its cycle — started, upper plan registered (or
 * received), drafted, approved or returned, issued with its number, units assigned, closed. People's commands
 * complete the plan-cycle process's tasks; the process's delegates call the system steps. The work is done by
 * the feature's parts along these seams: {@link PlanReads} (queries and scope), {@link PlanDrafting} and
 * {@link PlanCopies} (the officer's draft with {@link DraftContent}'s rules), {@link LeaderDecisions} and
 * {@link PlanCycleSteps} (what the process runs).
 */
@Service
@Transactional
public class PlanService {

    public static final String PLAN_SYMBOL = "KH-UBND";
    public static final int MAX_YEARS = PlanRules.MAX_YEARS;

    private final PlanReads reads;
    private final PlanDrafting drafting;
    private final PlanCopies copies;
    private final LeaderDecisions decisions;
    private final PlanCycleSteps steps;
    private final SignedDocuments signed;
    private final PlanAppendices appendices;

    PlanService(PlanReads reads, PlanDrafting drafting, PlanCopies copies, LeaderDecisions decisions,
                PlanCycleSteps steps, SignedDocuments signed, PlanAppendices appendices) {
        this.appendices = appendices;
        this.signed = signed;
        this.reads = reads;
        this.drafting = drafting;
        this.copies = copies;
        this.decisions = decisions;
        this.steps = steps;
    }

    // ---------------------------------------------------------------- reads

    /** Plans of the organisations the user sees, plus (for a unit) the issued plans that assign it work. */
    @Transactional(readOnly = true)
    public List<PlanSummary> visiblePlans(UserAccount user) {
        return reads.visiblePlans(user);
    }

    /** The years of the annual plans of the user's own organisation ({@link NewPlanYear}'s {@code startYears}). */
    @Transactional(readOnly = true)
    public List<Integer> ownAnnualPlanYears(UserAccount user) {
        return reads.annualPlanYears(user.orgUnitId());
    }

    /**
     * Whether the user may read the plan ({@link #get}'s rule), answered without an exception: a caller inside
     * a transaction (a file's owner asked by the attachments) is not left with a transaction marked for rollback.
     */
    @Transactional(readOnly = true)
    public boolean mayRead(UserAccount user, long planId) {
        try {
            reads.get(user, planId);
            return true;
        } catch (vn.congtactreem.base.NotVisibleException e) {
            return false;
        }
    }

    /** A plan the user may read: their organisation's (or below), or one that assigns their unit. */
    @Transactional(readOnly = true)
    public Plan get(UserAccount user, long planId) {
        return reads.get(user, planId);
    }

    /** For the system (processes, other features): no scope check. */
    @Transactional(readOnly = true)
    public Plan load(long planId) {
        return reads.load(planId);
    }

    /** The organisation's most recent earlier plan (by its first year), the one "copy from last year" starts from. */
    @Transactional(readOnly = true)
    public Optional<PlanSummary> previousPlan(long planId) {
        return reads.previousPlan(planId);
    }

    /** The plan's units with their parts, without the rest of the plan (periods, activities, targets). */
    @Transactional(readOnly = true)
    public List<Assignment> assignments(long planId) {
        return reads.assignments(planId);
    }

    /** The plan's line (title, organisation, status) without its periods and units: for lists and scope checks. */
    @Transactional(readOnly = true)
    public PlanSummary summary(long planId) {
        return reads.summary(planId);
    }

    @Transactional(readOnly = true)
    public ReportingPeriod period(long periodId) {
        return reads.period(periodId);
    }

    /** The plans a user's tasks can concern: their organisation's, then the issued plans that assign it work. */
    @Transactional(readOnly = true)
    public List<PlanSummary> plansConcerning(UserAccount user) {
        return reads.plansConcerning(user);
    }

    /** Plans' lines by id, read together (for lists of many rows); unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<Long, PlanSummary> summaries(Collection<Long> planIds) {
        return reads.summaries(planIds);
    }

    /** Periods by id, read together; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<Long, ReportingPeriod> periods(Collection<Long> periodIds) {
        return reads.periods(periodIds);
    }

    /** The periods of these plans, in each plan's order. */
    @Transactional(readOnly = true)
    public List<ReportingPeriod> periodsOf(Collection<Long> planIds) {
        return reads.periodsOf(planIds);
    }

    /**
     * The organisation's period of {@code kind} for {@code year}: in this plan (a programme has one per year) or in
     * its earlier plans; for "last year's value" and the baseline of a target.
     */
    @Transactional(readOnly = true)
    public Optional<ReportingPeriod> periodOfYear(long planId, PeriodKind kind, int year) {
        return reads.periodOfYear(planId, kind, year);
    }

    /** {@link #periodOfYear} for many plans, read together: plan id → its period, when there is one. */
    @Transactional(readOnly = true)
    public Map<Long, ReportingPeriod> periodsOfYear(Collection<Long> planIds, PeriodKind kind, int year) {
        return reads.periodsOfYear(planIds, kind, year);
    }

    /** The sub-area's own period that reports into the upper plan's period, if the sub-area runs a cycle. */
    @Transactional(readOnly = true)
    public Optional<ReportingPeriod> periodReportingInto(long upperPeriodId, long orgUnitId) {
        return reads.periodReportingInto(upperPeriodId, orgUnitId);
    }

    @Transactional(readOnly = true)
    public Assignment assignment(long assignmentId) {
        return reads.assignment(assignmentId);
    }

    @Transactional(readOnly = true)
    public List<CycleEvent> timeline(UserAccount user, long planId) {
        return reads.timeline(user, planId);
    }

    /** The plan as the document its leader signed: by a substitute for the leader, "KT."/"TUQ." and their name. */
    @Transactional(readOnly = true)
    public vn.congtactreem.document.OfficialDocument document(Plan plan) {
        return signed.plan(plan).withAppendices(appendices.sections(plan));
    }

    /** The plan's DOCX, signed as {@link #document} says. */
    @Transactional(readOnly = true)
    public vn.congtactreem.document.DocxFile docx(Plan plan) {
        return PlanDocx.of(plan, document(plan));
    }

    /** A consolidated report of the plan's cycle as signed by whoever approved it last (a substitute: "KT."). */
    @Transactional(readOnly = true)
    public vn.congtactreem.document.OfficialDocument signedConsolidatedReport(
            vn.congtactreem.document.OfficialDocument document, Plan plan, long consolidatedReportId) {
        return signed.signed(document, plan, CycleAction.CONSOLIDATION_APPROVED, consolidatedReportId);
    }

    /** Whether the unit is an area that runs its own cycle (it has an active officer). */
    @Transactional(readOnly = true)
    public boolean runsOwnCycle(long orgUnitId) {
        return reads.runsOwnCycle(orgUnitId);
    }

    /** When a period opens for units (start of its opening day, Vietnam time). */
    @Transactional(readOnly = true)
    public Date opensAt(long periodId) {
        return reads.opensAt(periodId);
    }

    /** When units' reports stop being awaited: the end of their last day. */
    @Transactional(readOnly = true)
    public Date cutOffAt(long periodId) {
        return reads.cutOffAt(periodId);
    }

    // ---------------------------------------------------------------- an officer's commands

    /** Starts the yearly (or multi-year) cycle: the first task is registering the upper level's plan. */
    public Plan startCycle(UserAccount officer, long orgUnitId, String title, int yearFrom, int yearTo) {
        return drafting.startCycle(officer, orgUnitId, title, yearFrom, yearTo);
    }

    public Plan registerUpperPlan(UserAccount officer, long planId, UpperPlanForm form) {
        return drafting.registerUpperPlan(officer, planId, form);
    }

    /** Saves what the officer wrote, as it is; periods and units are checked, texts may be unfinished. */
    public Plan saveDraft(UserAccount officer, long planId, PlanDraft draft) {
        return drafting.saveDraft(officer, planId, draft, null);
    }

    /**
     * The same, refused ({@link vn.congtactreem.base.ConflictException}) if the plan changed since the officer read
     * it at {@code expectedVersion} (null: no check): a save from a stale page never overwrites a newer draft.
     * Every save moves the version on; the answer carries the new one.
     */
    public Plan saveDraft(UserAccount officer, long planId, PlanDraft draft, Long expectedVersion) {
        return drafting.saveDraft(officer, planId, draft, expectedVersion);
    }

    /** Adds the upper plan's targets left to this area that this plan does not set yet (docs/decisions/0001). */
    /** The plan's appendix forms: every one, numbered in the order given (the officer's draft only). */
    public List<vn.congtactreem.appendix.AppendixForm> saveAppendixForms(UserAccount officer, long planId,
            List<vn.congtactreem.appendix.FormDraft> forms) {
        return appendices.save(officer, planId, forms);
    }

    /** Adds the upper plan's appendix forms the draft has not got yet, after its own. */
    public List<vn.congtactreem.appendix.AppendixForm> takeFormsFromUpperPlan(UserAccount officer, long planId) {
        return appendices.takeFromUpper(officer, planId);
    }

    public Plan takeTargetsFromUpperPlan(UserAccount officer, long planId) {
        return copies.takeTargetsFromUpperPlan(officer, planId);
    }

    /** Starts the draft from the organisation's previous plan, moved to this plan's years. */
    public Plan copyFromPreviousPlan(UserAccount officer, long planId) {
        return copies.copyFromPreviousPlan(officer, planId);
    }

    /** The draft goes to the leader once it is complete. */
    public Plan submitForApproval(UserAccount officer, long planId) {
        return drafting.submitForApproval(officer, planId);
    }

    // ---------------------------------------------------------------- the leader's decision

    public Plan approve(UserAccount leader, long planId) {
        return decisions.approve(leader, planId);
    }

    public Plan returnForChanges(UserAccount leader, long planId, String comment) {
        return decisions.returnForChanges(leader, planId, comment);
    }

    // ---------------------------------------------------------------- system steps (process delegates)

    /** Number "N/KH-UBND" from the organisation's yearly counter, dated today. */
    public Plan issue(long planId) {
        return steps.issue(planId);
    }

    /**
     * Gives each unit its part. A sub-area that runs its own cycle in the system (an area with an active officer)
     * starts its plan cycle with this plan registered as its upper plan. Returns the ids of the periods to run.
     */
    public List<Long> assignUnits(long planId) {
        return steps.assignUnits(planId);
    }

    public void markPeriod(long periodId, PeriodStatus status) {
        steps.markPeriod(periodId, status);
    }

    /**
     * Holds the period's row until the transaction ends, so that commands about its reports that must see each
     * other (the acceptances asking "is every report accepted now?") run one after the other.
     */
    public void lockPeriod(long periodId) {
        steps.lockPeriod(periodId);
    }

    public void acknowledgeAssignment(long assignmentId, String by) {
        steps.acknowledgeAssignment(assignmentId, by);
    }

    public void closeCycle(long planId) {
        steps.closeCycle(planId);
    }
}
