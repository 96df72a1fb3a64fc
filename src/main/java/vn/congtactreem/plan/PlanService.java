package vn.congtactreem.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.NotVisibleException;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.base.NotFoundException;
import vn.congtactreem.base.TextRules;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.document.AttachmentService;
import vn.congtactreem.indicator.PlanTargets;
import vn.congtactreem.indicator.Target;
import vn.congtactreem.indicator.TargetForm;
import vn.congtactreem.inbox.WorkItems;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.internal.AssignmentEntity;
import vn.congtactreem.plan.internal.AssignmentRepository;
import vn.congtactreem.plan.internal.DocumentCounter;
import vn.congtactreem.plan.internal.PlanActivityEntity;
import vn.congtactreem.plan.internal.PlanActivityRepository;
import vn.congtactreem.plan.internal.PlanEntity;
import vn.congtactreem.plan.internal.PlanRepository;
import vn.congtactreem.plan.internal.ReportingPeriodEntity;
import vn.congtactreem.plan.internal.ReportingPeriodRepository;
import vn.congtactreem.plan.process.PlanCycleProcess;
import vn.congtactreem.security.AccessScope;

/**
 * The plan of an organisation through its cycle: started, upper plan registered (or received),
 * drafted, approved or returned, issued with its number, units assigned, closed. People's commands
 * complete the plan-cycle process's tasks; the process's delegates call the system steps.
 */
@Service
@Transactional
public class PlanService {

    public static final String PLAN_SYMBOL = "KH-UBND";
    public static final int MAX_YEARS = 10;

    private final PlanRepository plans;
    private final ReportingPeriodRepository periods;
    private final AssignmentRepository assignments;
    private final DocumentCounter counter;
    private final OrgService orgs;
    private final UserService users;
    private final AccessScope scope;
    private final WorkItems work;
    private final RuntimeService runtime;
    private final CycleTimeline timeline;
    private final CycleClock clock;
    private final ApplicationEventPublisher events;
    private final AttachmentService attachments;
    private final PlanActivityRepository activities;
    private final PlanTargets targets;
    private final PlanPeriods planPeriods;

    public PlanService(PlanRepository plans, ReportingPeriodRepository periods, AssignmentRepository assignments,
                       DocumentCounter counter, OrgService orgs, UserService users, AccessScope scope,
                       WorkItems work, RuntimeService runtime, CycleTimeline timeline, CycleClock clock,
                       ApplicationEventPublisher events, AttachmentService attachments,
                       PlanActivityRepository activities, PlanTargets targets, PlanPeriods planPeriods) {
        this.planPeriods = planPeriods;
        this.activities = activities;
        this.targets = targets;
        this.plans = plans;
        this.periods = periods;
        this.assignments = assignments;
        this.counter = counter;
        this.orgs = orgs;
        this.users = users;
        this.scope = scope;
        this.work = work;
        this.runtime = runtime;
        this.timeline = timeline;
        this.clock = clock;
        this.events = events;
        this.attachments = attachments;
    }

    // ---------------------------------------------------------------- reads

    /** Plans of the organisations the user sees, plus (for a unit) the plans that assign it work. */
    @Transactional(readOnly = true)
    public List<PlanSummary> visiblePlans(UserAccount user) {
        Set<Long> orgIds = scope.visibleOrgIds(user);
        Map<Long, PlanEntity> found = new LinkedHashMap<>();
        plans.findByOrgUnitIdInOrderByYearFromDescIdDesc(orgIds).forEach(p -> found.put(p.getId(), p));
        assignments.findByOrgUnitIdIn(orgIds).forEach(a -> plans.findById(a.getPlanId())
                .filter(p -> p.getStatus() == PlanStatus.ISSUED || p.getStatus() == PlanStatus.CLOSED)
                .ifPresent(p -> found.putIfAbsent(p.getId(), p)));
        Map<Long, String> names = orgs.names(found.values().stream().map(PlanEntity::getOrgUnitId).toList());
        return found.values().stream().map(p -> p.toSummary(names.get(p.getOrgUnitId()))).toList();
    }

    /** A plan the user may read: their organisation's (or below), or one that assigns their unit. */
    @Transactional(readOnly = true)
    public Plan get(UserAccount user, long planId) {
        Plan plan = load(planId);
        boolean assignedToUser = plan.assignments().stream().anyMatch(a -> scope.canSee(user, a.orgUnitId()));
        if (!scope.canSee(user, plan.orgUnitId()) && !(assignedToUser && plan.status() != PlanStatus.DRAFT
                && plan.status() != PlanStatus.IN_REVIEW)) {
            throw new NotVisibleException("plan.error.notFound", planId);
        }
        return plan;
    }

    /** For the system (processes, other features): no scope check. */
    @Transactional(readOnly = true)
    public Plan load(long planId) {
        PlanEntity plan = requirePlan(planId);
        List<ReportingPeriod> planPeriods = periods.findByPlanIdOrderByIdAsc(planId).stream()
                .map(ReportingPeriodEntity::toPeriod).toList();
        List<AssignmentEntity> assigned = assignments.findByPlanIdOrderByIdAsc(planId);
        List<Long> orgIds = new ArrayList<>(List.of(plan.getOrgUnitId()));
        assigned.forEach(a -> orgIds.add(a.getOrgUnitId()));
        Map<Long, String> names = new HashMap<>(orgs.names(orgIds));
        List<Assignment> planAssignments = assigned.stream().map(a -> toAssignment(a, names)).toList();
        List<PlanActivity> planActivities = activities.findByPlanIdOrderByPositionAsc(planId).stream()
                .map(a -> a.toActivity(id -> names.computeIfAbsent(id, this::orgName))).toList();
        return plan.toPlan(names.get(plan.getOrgUnitId()), planPeriods, planAssignments, planActivities,
                targets.ofPlan(planId));
    }

    /**
     * The organisation's most recent earlier plan (by its first year), the one "copy from last year"
     * starts from; empty if this is its first plan in the system.
     */
    @Transactional(readOnly = true)
    public Optional<PlanSummary> previousPlan(long planId) {
        PlanEntity plan = requirePlan(planId);
        return plans.findByOrgUnitIdInOrderByYearFromDescIdDesc(Set.of(plan.getOrgUnitId())).stream()
                .filter(p -> p.getYearFrom() < plan.getYearFrom())
                .findFirst().map(p -> p.toSummary(orgs.get(p.getOrgUnitId()).name()));
    }

    /** The plan's line (title, organisation, status) without its periods and units: for lists. */
    @Transactional(readOnly = true)
    public PlanSummary summary(long planId) {
        PlanEntity plan = requirePlan(planId);
        return plan.toSummary(orgs.find(plan.getOrgUnitId()).map(OrgUnit::name).orElse(""));
    }

    @Transactional(readOnly = true)
    public ReportingPeriod period(long periodId) {
        return requirePeriod(periodId).toPeriod();
    }

    /** The plans a user's tasks can concern: their organisation's, then the issued plans that assign it work. */
    @Transactional(readOnly = true)
    public List<PlanSummary> plansConcerning(UserAccount user) {
        Map<Long, PlanEntity> found = new LinkedHashMap<>();
        plans.findByOrgUnitIdInOrderByYearFromDescIdDesc(Set.of(user.orgUnitId())).forEach(p -> found.put(p.getId(), p));
        plans.findAllById(assignments.findByOrgUnitIdIn(Set.of(user.orgUnitId())).stream()
                        .map(AssignmentEntity::getPlanId).toList()).stream()
                .filter(p -> p.getStatus() == PlanStatus.ISSUED || p.getStatus() == PlanStatus.CLOSED)
                .sorted(java.util.Comparator.comparing(PlanEntity::getYearFrom).reversed()
                        .thenComparing(PlanEntity::getId, java.util.Comparator.reverseOrder()))
                .forEach(p -> found.putIfAbsent(p.getId(), p));
        return summariesOf(found.values()).values().stream().toList();
    }

    /** Plans' lines by id, read together (for lists of many rows); unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<Long, PlanSummary> summaries(java.util.Collection<Long> planIds) {
        return summariesOf(plans.findAllById(planIds));
    }

    /** Periods by id, read together; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<Long, ReportingPeriod> periods(java.util.Collection<Long> periodIds) {
        Map<Long, ReportingPeriod> found = new LinkedHashMap<>();
        periods.findAllById(periodIds).forEach(p -> found.put(p.getId(), p.toPeriod()));
        return found;
    }

    /** The periods of these plans, in each plan's order. */
    @Transactional(readOnly = true)
    public List<ReportingPeriod> periodsOf(java.util.Collection<Long> planIds) {
        return planIds.isEmpty() ? List.of() : periods.findByPlanIdInOrderByIdAsc(planIds).stream()
                .map(ReportingPeriodEntity::toPeriod).toList();
    }

    /**
     * The organisation's period of {@code kind} for {@code year}: in this plan (a programme has one per
     * year) or in its earlier plans; for "last year's value" and the baseline of a target.
     */
    @Transactional(readOnly = true)
    public Optional<ReportingPeriod> periodOfYear(long planId, PeriodKind kind, int year) {
        PlanEntity plan = requirePlan(planId);
        List<Long> planIds = plans.findByOrgUnitIdInOrderByYearFromDescIdDesc(Set.of(plan.getOrgUnitId())).stream()
                .filter(p -> p.getYearFrom() <= year && p.getYearTo() >= year && p.getYearFrom() <= plan.getYearFrom())
                .map(PlanEntity::getId).toList();
        List<ReportingPeriod> found = periodsOf(planIds);
        return planIds.stream().flatMap(id -> found.stream().filter(p -> p.planId() == id)
                .filter(p -> p.kind() == kind && p.year() == year)).findFirst();
    }

    /** The sub-area's own period that reports into the upper plan's period, if the sub-area runs a cycle. */
    @Transactional(readOnly = true)
    public Optional<ReportingPeriod> periodReportingInto(long upperPeriodId, long orgUnitId) {
        return periods.findByUpperPeriodId(upperPeriodId).stream()
                .filter(p -> requirePlan(p.getPlanId()).getOrgUnitId() == orgUnitId)
                .map(ReportingPeriodEntity::toPeriod).findFirst();
    }

    @Transactional(readOnly = true)
    public Assignment assignment(long assignmentId) {
        AssignmentEntity a = assignments.findById(assignmentId)
                .orElseThrow(() -> new NotFoundException("assignment", "plan.error.notFound", assignmentId));
        return toAssignment(a, orgs.names(List.of(a.getOrgUnitId())));
    }

    @Transactional(readOnly = true)
    public List<CycleEvent> timeline(UserAccount user, long planId) {
        get(user, planId);
        return timeline.of(planId);
    }

    // ---------------------------------------------------------------- an officer's commands

    /** Starts the yearly (or multi-year) cycle: the first task is registering the upper level's plan. */
    public Plan startCycle(UserAccount officer, long orgUnitId, String title, int yearFrom, int yearTo) {
        scope.requireActsFor(officer, orgUnitId, Role.OFFICER);
        requireYears(yearFrom, yearTo);
        String cleanTitle = requireText("title", TextRules.check("title", title, TextRules.SHORT),
                "plan.error.titleRequired");
        PlanEntity plan = plans.save(new PlanEntity(orgUnitId, cleanTitle, yearFrom, yearTo));
        replacePeriods(plan, PeriodDefaults.forYears(yearFrom, yearTo));
        timeline.record(officer.username(), CycleTimeline.Entry.plan(plan.getId(), "PLAN_STARTED", null));
        start(plan, false);
        return load(plan.getId());
    }

    public Plan registerUpperPlan(UserAccount officer, long planId, UpperPlanForm form) {
        PlanEntity plan = requireOwnPlan(officer, planId, Role.OFFICER);
        form.checkTexts();
        requireText("number", form.number(), "plan.error.upperNumberRequired");
        requireText("issuer", form.issuer(), "plan.error.upperIssuerRequired");
        if (form.issuedOn() == null) {
            throw new ValidationException("issuedOn", "plan.error.upperDateRequired");
        }
        if (form.fileId() != null && !attachments.mayRead(officer, form.fileId())) {
            throw new ValidationException("fileId", "attachment.error.notFound", form.fileId());
        }
        plan.registerUpper(form);
        if (form.periods() != null && !form.periods().isEmpty()) {
            replacePeriods(plan, form.periods());
        }
        timeline.record(officer.username(), CycleTimeline.Entry.plan(planId, "UPPER_PLAN_REGISTERED", form.number()));
        work.complete(officer, work.require(PlanCycleProcess.KEY, planId, PlanCycleProcess.Element.REGISTER_UPPER_PLAN),
                Map.of());
        return load(planId);
    }

    /** Saves what the officer wrote, as it is; periods and units are checked, texts may be unfinished. */
    public Plan saveDraft(UserAccount officer, long planId, PlanDraft draft) {
        PlanEntity plan = requireOwnPlan(officer, planId, Role.OFFICER);
        if (plan.getStatus() != PlanStatus.DRAFT) {
            throw new ValidationException("status", "plan.error.notDraft");
        }
        draft.checkTexts();
        plan.write(draft);
        if (draft.periods() != null) {
            replacePeriods(plan, draft.periods());
        }
        if (draft.assignments() != null) {
            replaceAssignments(plan, draft.assignments());
        }
        if (draft.activities() != null) {
            replaceActivities(plan, draft.activities());
        }
        if (draft.targets() != null) {
            replaceTargets(plan, draft.targets());
        }
        return load(planId);
    }

    /**
     * Adds the upper plan's targets that this plan does not set yet (same indicator and milestone
     * year), with the upper plan's values and wording and without responsible units (the upper level's
     * units are not this organisation's); a milestone outside this plan's years moves to its nearest
     * year. Only the targets the upper plan leaves to this area: one the upper level gives to its own
     * offices or keeps as its own figure stays there (docs/decisions/0001). Only for an upper plan
     * issued in the system.
     */
    public Plan takeTargetsFromUpperPlan(UserAccount officer, long planId) {
        PlanEntity plan = requireOwnPlan(officer, planId, Role.OFFICER);
        if (plan.getStatus() != PlanStatus.DRAFT) {
            throw new ValidationException("status", "plan.error.notDraft");
        }
        Plan current = load(planId);
        Long upperId = current.upper() == null ? null : current.upper().planId();
        if (upperId == null) {
            throw new ValidationException("targets", "plan.error.noUpperPlanInSystem");
        }
        List<TargetForm> forms = new ArrayList<>(current.toDraft().targets());
        Set<String> present = new HashSet<>();
        current.targets().forEach(t -> present.add(t.indicator().id() + "@" + t.milestoneYear()));
        int added = 0;
        for (Target upper : targets.ofPlan(upperId)) {
            int year = Math.max(plan.getYearFrom(), Math.min(plan.getYearTo(), upper.milestoneYear()));
            if (!upper.isResponsible(plan.getOrgUnitId()) || !upper.indicator().active()
                    || !present.add(upper.indicator().id() + "@" + year)) {
                continue;
            }
            Integer baselineYear = upper.baselineYear() == null || upper.baselineYear() < year ? upper.baselineYear()
                    : Integer.valueOf(year - 1);
            forms.add(new TargetForm(upper.indicator().id(), year, upper.comparator(), upper.targetValue(),
                    baselineYear, upper.baselineValue(), upper.wording(), List.of()));
            added++;
        }
        if (added == 0) {
            throw new ValidationException("targets", "plan.error.noNewUpperTargets");
        }
        replaceTargets(plan, forms);
        timeline.record(officer.username(), CycleTimeline.Entry.plan(planId, "PLAN_TARGETS_FROM_UPPER",
                String.valueOf(added)));
        return load(planId);
    }

    /**
     * Starts the draft from the organisation's previous plan: its texts, content items and the units
     * still active, moved to this plan's years ("năm 2023" becomes "năm 2024"). The reporting
     * periods stay as they are (they follow the upper level's plan of this year).
     */
    public Plan copyFromPreviousPlan(UserAccount officer, long planId) {
        PlanEntity plan = requireOwnPlan(officer, planId, Role.OFFICER);
        if (plan.getStatus() != PlanStatus.DRAFT) {
            throw new ValidationException("status", "plan.error.notDraft");
        }
        PlanSummary previous = previousPlan(planId)
                .orElseThrow(() -> new ValidationException("copy", "plan.error.noPreviousPlan"));
        Plan source = load(previous.id());
        YearShift shift = new YearShift(source.yearFrom(), source.yearTo(), plan.getYearFrom(), plan.getYearTo());
        Plan current = load(planId);
        plan.write(new PlanDraft(current.title(), shift.apply(source.purpose()), shift.apply(source.requirements()),
                shift.apply(source.budget()), shift.apply(source.implementation()),
                shift.apply(source.reportingRegime()), source.recipients(), source.signerName(),
                source.signerTitle(), null, null, null));
        replaceAssignments(plan, source.assignments().stream().filter(a -> orgs.get(a.orgUnitId()).active())
                .map(a -> new AssignmentForm(a.orgUnitId(), shift.apply(a.duties()))).toList());
        replaceActivities(plan, source.activities().stream().map(a -> new ActivityForm(shift.apply(a.title()),
                shift.apply(a.content()), a.timeframe().quarters(), a.timeframe().monthFrom(),
                a.timeframe().monthTo(), activeOrNull(a.leadUnitId()),
                a.cooperatingUnitIds().stream().filter(id -> orgs.get(id).active()).toList())).toList());
        replaceTargets(plan, source.targets().stream().filter(t -> t.indicator().active())
                .map(t -> shiftedTarget(t, shift, plan)).toList());
        timeline.record(officer.username(), CycleTimeline.Entry.plan(planId, "PLAN_COPIED",
                previous.documentNumber() == null ? previous.title() : previous.documentNumber()));
        return load(planId);
    }

    /** The draft goes to the leader once it is complete. */
    public Plan submitForApproval(UserAccount officer, long planId) {
        PlanEntity plan = requireOwnPlan(officer, planId, Role.OFFICER);
        Plan current = load(planId);
        requireText("purpose", current.purpose(), "plan.error.purposeRequired");
        requireText("signerName", current.signerName(), "plan.error.signerRequired");
        if (current.periods().isEmpty()) {
            throw new ValidationException("periods", "plan.error.periodsRequired");
        }
        if (current.assignments().isEmpty()) {
            throw new ValidationException("assignments", "plan.error.assignmentsRequired");
        }
        var task = work.require(PlanCycleProcess.KEY, planId, PlanCycleProcess.Element.DRAFT_PLAN);
        plan.submitForReview();
        timeline.record(officer.username(), CycleTimeline.Entry.plan(planId, "PLAN_SUBMITTED", null));
        work.complete(officer, task, Map.of());
        return load(planId);
    }

    // ---------------------------------------------------------------- the leader's decision

    public Plan approve(UserAccount leader, long planId) {
        PlanEntity plan = requireOwnPlan(leader, planId, Role.LEADER);
        var task = work.require(PlanCycleProcess.KEY, planId, PlanCycleProcess.Element.REVIEW_PLAN);
        timeline.record(leader.username(), CycleTimeline.Entry.plan(plan.getId(), "PLAN_APPROVED", null));
        work.complete(leader, task, Map.of(PlanCycleProcess.Var.APPROVED, true));
        return load(planId);
    }

    public Plan returnForChanges(UserAccount leader, long planId, String comment) {
        PlanEntity plan = requireOwnPlan(leader, planId, Role.LEADER);
        String reason = requireText("comment", TextRules.check("comment", comment, TextRules.MEDIUM),
                "plan.error.commentRequired");
        var task = work.require(PlanCycleProcess.KEY, planId, PlanCycleProcess.Element.REVIEW_PLAN);
        plan.returnToDraft(reason);
        timeline.record(leader.username(), CycleTimeline.Entry.plan(planId, "PLAN_RETURNED", reason));
        events.publishEvent(new PlanReturned(planId, plan.getOrgUnitId(), reason));
        work.complete(leader, task, Map.of(PlanCycleProcess.Var.APPROVED, false));
        return load(planId);
    }

    // ---------------------------------------------------------------- system steps (process delegates)

    /** Number "N/KH-UBND" from the organisation's yearly counter, dated today. */
    public Plan issue(long planId) {
        PlanEntity plan = requirePlan(planId);
        if (plan.getStatus() == PlanStatus.ISSUED) {
            return load(planId);
        }
        LocalDate today = clock.today();
        plan.issue(counter.next(plan.getOrgUnitId(), today.getYear(), PLAN_SYMBOL), PLAN_SYMBOL, today);
        periods.findByPlanIdOrderByIdAsc(planId).forEach(p -> p.moveTo(PeriodStatus.PLANNED));
        timeline.record(null, CycleTimeline.Entry.plan(planId, "PLAN_ISSUED", plan.toSummary(null).documentNumber()));
        events.publishEvent(new PlanIssued(planId, plan.getOrgUnitId()));
        return load(planId);
    }

    /**
     * Gives each unit its part. A sub-area that runs its own cycle in the system (an area with an
     * active officer) starts its plan cycle with this plan registered as its upper plan.
     * Returns the ids of the periods to run.
     */
    public List<Long> assignUnits(long planId) {
        PlanEntity plan = requirePlan(planId);
        for (AssignmentEntity assignment : assignments.findByPlanIdOrderByIdAsc(planId)) {
            if (runsOwnCycle(assignment.getOrgUnitId())
                    && !plans.existsByUpperPlanIdAndOrgUnitId(planId, assignment.getOrgUnitId())) {
                startNestedCycle(plan, assignment.getOrgUnitId());
            }
        }
        timeline.record(null, CycleTimeline.Entry.plan(planId, "UNITS_ASSIGNED", null));
        return periods.findByPlanIdOrderByIdAsc(planId).stream().map(ReportingPeriodEntity::getId).toList();
    }

    public void markPeriod(long periodId, PeriodStatus status) {
        requirePeriod(periodId).moveTo(status);
    }

    public void acknowledgeAssignment(long assignmentId, String by) {
        AssignmentEntity assignment = assignments.findById(assignmentId).orElseThrow();
        // once on the timeline, however many times (or at once) the unit acknowledges
        if (assignments.acknowledgeOnce(assignmentId, by, clock.now()) == 1) {
            timeline.record(by, new CycleTimeline.Entry(assignment.getPlanId(), null, null, null,
                    "ASSIGNMENT_ACKNOWLEDGED", null));
        }
    }

    public void closeCycle(long planId) {
        requirePlan(planId).close();
        timeline.record(null, CycleTimeline.Entry.plan(planId, "CYCLE_CLOSED", null));
    }

    /** Whether the unit is an area that runs its own cycle (it has an active officer). */
    @Transactional(readOnly = true)
    public boolean runsOwnCycle(long orgUnitId) {
        return orgs.find(orgUnitId).map(OrgUnit::isArea).orElse(false)
                && users.anyActiveWithRoleIn(orgUnitId, Role.OFFICER);
    }

    /** When a period opens for units (start of its opening day, Vietnam time). */
    @Transactional(readOnly = true)
    public Date opensAt(long periodId) {
        return Date.from(Deadlines.startOf(period(periodId).opensOn()));
    }

    /** When units' reports stop being awaited: the end of their last day. */
    @Transactional(readOnly = true)
    public Date cutOffAt(long periodId) {
        return Date.from(Deadlines.dueInstant(period(periodId).unitDue()));
    }

    // ---------------------------------------------------------------- internals

    private void startNestedCycle(PlanEntity upper, long subAreaId) {
        PlanEntity nested = plans.save(new PlanEntity(subAreaId, upper.getTitle(), upper.getYearFrom(),
                upper.getYearTo()));
        nested.receiveFrom(upper, orgs.get(upper.getOrgUnitId()).name());
        for (ReportingPeriodEntity upperPeriod : periods.findByPlanIdOrderByIdAsc(upper.getId())) {
            ReportingPeriodEntity own = periods.save(PlanPeriods.toEntity(nested.getId(),
                    PeriodDefaults.reportingInto(upperPeriod.toPeriod())));
            own.reportsInto(upperPeriod.getId());
        }
        timeline.record(null, CycleTimeline.Entry.plan(nested.getId(), "UPPER_PLAN_RECEIVED",
                nested.upperReference().number()));
        start(nested, true);
    }

    private void start(PlanEntity plan, boolean upperPlanRegistered) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(PlanCycleProcess.Var.PLAN_ID, plan.getId());
        variables.put(PlanCycleProcess.Var.ORG_UNIT_ID, plan.getOrgUnitId());
        variables.put(PlanCycleProcess.Var.UPPER_PLAN_REGISTERED, upperPlanRegistered);
        ProcessInstance instance = runtime.startProcessInstanceByKey(PlanCycleProcess.KEY,
                String.valueOf(plan.getId()), variables);
        plan.startedAs(instance.getId());
    }

    private void replacePeriods(PlanEntity plan, List<PeriodForm> forms) {
        planPeriods.edit(plan, forms);
    }

    private void replaceAssignments(PlanEntity plan, List<AssignmentForm> forms) {
        Set<Long> below = orgs.selfAndDescendants(plan.getOrgUnitId());
        Set<Long> seen = new HashSet<>();
        List<AssignmentEntity> entities = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            AssignmentForm form = forms.get(i);
            String field = "assignments[" + i + "].orgUnitId";
            if (form.orgUnitId() == null) {
                throw new ValidationException(field, "plan.error.unitRequired");
            }
            if (form.orgUnitId() == plan.getOrgUnitId() || !below.contains(form.orgUnitId())) {
                throw new ValidationException(field, "plan.error.unitNotBelow", orgs.path(plan.getOrgUnitId()));
            }
            if (!orgs.get(form.orgUnitId()).active()) {
                throw new ValidationException(field, "plan.error.unitInactive", orgs.get(form.orgUnitId()).name());
            }
            if (!seen.add(form.orgUnitId())) {
                throw new ValidationException(field, "plan.error.unitTwice", orgs.get(form.orgUnitId()).name());
            }
            entities.add(new AssignmentEntity(plan.getId(), form.orgUnitId(), form.duties()));
        }
        assignments.deleteByPlanId(plan.getId());
        assignments.flush();
        assignments.saveAll(entities);
    }

    private void replaceActivities(PlanEntity plan, List<ActivityForm> forms) {
        Set<Long> allowed = orgs.selfAndDescendants(plan.getOrgUnitId());
        List<PlanActivityEntity> entities = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            ActivityForm form = forms.get(i);
            String field = "activities[" + i + "]";
            requireText(field + ".title", form.title(), "plan.error.activityTitleRequired");
            List<Integer> quarters = form.quarters() == null ? List.of() : form.quarters();
            if (quarters.stream().anyMatch(q -> q == null || q < 1 || q > 4)) {
                throw new ValidationException(field + ".quarters", "plan.error.quarter");
            }
            boolean months = form.monthFrom() != null || form.monthTo() != null;
            if (!quarters.isEmpty() && months) {
                throw new ValidationException(field + ".quarters", "plan.error.quartersOrMonths");
            }
            if (months && (form.monthFrom() == null || form.monthTo() == null || form.monthFrom() < 1
                    || form.monthTo() > 12 || form.monthTo() < form.monthFrom())) {
                throw new ValidationException(field + ".monthTo", "plan.error.months");
            }
            if (form.leadUnitId() != null && !allowed.contains(form.leadUnitId())) {
                throw new ValidationException(field + ".leadUnitId", "plan.error.activityUnitNotBelow",
                        orgs.path(plan.getOrgUnitId()));
            }
            List<Long> cooperating = form.cooperatingUnitIds() == null ? List.of() : form.cooperatingUnitIds();
            if (cooperating.stream().anyMatch(id -> !allowed.contains(id))) {
                throw new ValidationException(field + ".cooperatingUnitIds", "plan.error.activityUnitNotBelow",
                        orgs.path(plan.getOrgUnitId()));
            }
            entities.add(new PlanActivityEntity(plan.getId(), i + 1, form));
        }
        activities.deleteByPlanId(plan.getId());
        activities.flush();
        activities.saveAll(entities);
    }

    private void replaceTargets(PlanEntity plan, List<TargetForm> forms) {
        targets.replace(plan.getId(), plan.getYearFrom(), plan.getYearTo(), orgs.selfAndDescendants(plan.getOrgUnitId()),
                forms);
    }

    /** Last year's target in this year's plan: milestone and baseline years moved, active units kept. */
    private TargetForm shiftedTarget(Target target, YearShift shift, PlanEntity plan) {
        int offset = plan.getYearFrom() - shift.fromStart();
        int year = Math.max(plan.getYearFrom(), Math.min(plan.getYearTo(), target.milestoneYear() + offset));
        Integer baselineYear = target.baselineYear() == null ? null : target.baselineYear() + offset;
        String wording = shift.apply(target.wording());
        if (wording != null && baselineYear != null && offset != 0) {
            wording = wording.replace(String.valueOf(target.baselineYear()), String.valueOf(baselineYear));
        }
        // a typed baseline value belonged to the old baseline year: the new one is taken from the reports
        return new TargetForm(target.indicator().id(), year, target.comparator(), target.targetValue(),
                baselineYear, baselineYear == null ? target.baselineValue() : null, wording,
                target.responsibleUnitIds().stream().filter(id -> orgs.get(id).active()).toList());
    }

    private Long activeOrNull(Long orgUnitId) {
        return orgUnitId != null && orgs.get(orgUnitId).active() ? orgUnitId : null;
    }

    private PlanEntity requireOwnPlan(UserAccount user, long planId, Role role) {
        PlanEntity plan = requirePlan(planId);
        scope.requireActsFor(user, plan.getOrgUnitId(), role);
        return plan;
    }

    private PlanEntity requirePlan(long planId) {
        return plans.findById(planId).orElseThrow(() -> new NotFoundException("plan", "plan.error.notFound", planId));
    }

    private ReportingPeriodEntity requirePeriod(long periodId) {
        return periods.findById(periodId)
                .orElseThrow(() -> new NotFoundException("period", "period.error.notFound", periodId));
    }

    private Assignment toAssignment(AssignmentEntity a, Map<Long, String> names) {
        return new Assignment(a.getId(), a.getPlanId(), a.getOrgUnitId(), names.get(a.getOrgUnitId()), a.getDuties(),
                runsOwnCycle(a.getOrgUnitId()), a.getAcknowledgedAt(), a.getAcknowledgedBy());
    }

    private Map<Long, PlanSummary> summariesOf(java.util.Collection<PlanEntity> entities) {
        Map<Long, String> names = orgs.names(entities.stream().map(PlanEntity::getOrgUnitId).toList());
        Map<Long, PlanSummary> summaries = new LinkedHashMap<>();
        entities.forEach(p -> summaries.put(p.getId(), p.toSummary(names.getOrDefault(p.getOrgUnitId(), ""))));
        return summaries;
    }

    private String orgName(long orgUnitId) {
        return orgs.names(List.of(orgUnitId)).get(orgUnitId);
    }

    private static void requireYears(int yearFrom, int yearTo) {
        TextRules.checkYear("yearFrom", yearFrom);
        TextRules.checkYear("yearTo", yearTo);
        if (yearTo < yearFrom || yearTo - yearFrom >= MAX_YEARS) {
            throw new ValidationException("yearTo", "plan.error.years", MAX_YEARS);
        }
    }

    private static String requireText(String field, String text, String messageKey) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(field, messageKey);
        }
        return text.strip();
    }
}
