package vn.congtactreem.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.EntitiesById;
import vn.congtactreem.base.NotFoundException;
import vn.congtactreem.base.NotVisibleException;
import vn.congtactreem.indicator.PlanTargets;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.internal.AssignmentEntity;
import vn.congtactreem.plan.internal.AssignmentRepository;
import vn.congtactreem.plan.internal.PlanActivityRepository;
import vn.congtactreem.plan.internal.PlanEntity;
import vn.congtactreem.plan.internal.PlanRepository;
import vn.congtactreem.plan.internal.ReportingPeriodEntity;
import vn.congtactreem.plan.internal.ReportingPeriodRepository;
import vn.congtactreem.security.AccessScope;

/**
 * The plan feature's reads: whole plans, their lines for lists, periods and assignments, each read in a bounded
 * number of queries (rows fetched together by id, organisation names in one query), and the rows the commands
 * start from, with the scope checked.
 */
@Component
@Transactional(readOnly = true, noRollbackFor = vn.congtactreem.base.NotAllowedException.class)
class PlanReads {

    private final PlanRepository plans;
    private final ReportingPeriodRepository periods;
    private final AssignmentRepository assignments;
    private final PlanActivityRepository activities;
    private final PlanTargets targets;
    private final OrgService orgs;
    private final UserService users;
    private final AccessScope scope;
    private final CycleTimeline timeline;
    private final EntitiesById byId;

    PlanReads(PlanRepository plans, ReportingPeriodRepository periods, AssignmentRepository assignments,
              PlanActivityRepository activities, PlanTargets targets, OrgService orgs, UserService users,
              AccessScope scope, CycleTimeline timeline, EntitiesById byId) {
        this.plans = plans;
        this.periods = periods;
        this.assignments = assignments;
        this.activities = activities;
        this.targets = targets;
        this.orgs = orgs;
        this.users = users;
        this.scope = scope;
        this.timeline = timeline;
        this.byId = byId;
    }

    List<PlanSummary> visiblePlans(UserAccount user) {
        if (user.hasRole(Role.ADMIN)) { // every plan: no IN list of every organisation's id (43,000 in the country)
            return List.copyOf(summariesOf(plans.findAllByOrderByYearFromDescIdDesc()).values());
        }
        Set<Long> orgIds = scope.visibleOrgIds(user);
        Map<Long, PlanEntity> found = new LinkedHashMap<>();
        plans.findByOrgUnitIdInOrderByYearFromDescIdDesc(orgIds).forEach(p -> found.put(p.getId(), p));
        List<Long> assigning = assignments.findByOrgUnitIdIn(orgIds).stream().map(AssignmentEntity::getPlanId)
                .filter(id -> !found.containsKey(id)).distinct().toList();
        plans.findAllById(assigning).stream().filter(PlanReads::issuedOrClosed)
                .forEach(p -> found.putIfAbsent(p.getId(), p));
        return List.copyOf(summariesOf(found.values()).values());
    }

    List<Integer> annualPlanYears(long orgUnitId) {
        return plans.annualPlanYears(orgUnitId);
    }

    Plan get(UserAccount user, long planId) {
        Plan plan = load(planId);
        requireVisible(user, planId, plan.orgUnitId(), plan.status(),
                plan.assignments().stream().map(Assignment::orgUnitId).toList());
        return plan;
    }

    /**
     * The plan is the user's area's, or assigned to it once issued; else it does not exist for them. The user's
     * scope is read once (not once per assignment).
     */
    private void requireVisible(UserAccount user, long planId, long orgUnitId, PlanStatus status,
                                Collection<Long> assignedOrgIds) {
        Set<Long> visible = scope.visibleOrgIds(user);
        boolean assignedToUser = assignedOrgIds.stream().anyMatch(visible::contains);
        if (!visible.contains(orgUnitId)
                && !(assignedToUser && status != PlanStatus.DRAFT && status != PlanStatus.IN_REVIEW)) {
            throw new NotVisibleException("plan.error.notFound", planId);
        }
    }

    Plan load(long planId) {
        PlanEntity plan = entity(planId);
        List<ReportingPeriod> planPeriods = periods.findByPlanIdOrderByIdAsc(planId).stream()
                .map(ReportingPeriodEntity::toPeriod).toList();
        List<AssignmentEntity> assigned = assignments.findByPlanIdOrderByIdAsc(planId);
        var planActivities = activities.findByPlanIdOrderByPositionAsc(planId);
        List<Long> orgIds = new ArrayList<>(List.of(plan.getOrgUnitId()));
        // an assignment carries its unit's name as assigned: only the rows written without it read the name now
        assigned.stream().filter(a -> a.getOrgUnitName() == null).forEach(a -> orgIds.add(a.getOrgUnitId()));
        planActivities.forEach(a -> orgIds.addAll(a.orgUnitIds()));
        Map<Long, String> names = new HashMap<>(orgs.names(orgIds));
        Set<Long> ownCycles = runOwnCycle(assigned.stream().map(AssignmentEntity::getOrgUnitId).toList());
        List<Assignment> planAssignments = assigned.stream()
                .map(a -> toAssignment(a, names, ownCycles.contains(a.getOrgUnitId()))).toList();
        return plan.toPlan(plan.nameAsMadeOr(names.get(plan.getOrgUnitId())), planPeriods, planAssignments,
                planActivities.stream().map(a -> a.toActivity(names::get)).toList(), targets.ofPlan(planId),
                targets.objectivesOf(planId));
    }

    List<Assignment> assignments(long planId) {
        List<AssignmentEntity> assigned = assignments.findByPlanIdOrderByIdAsc(planId);
        Map<Long, String> names = orgs.names(assigned.stream().filter(a -> a.getOrgUnitName() == null)
                .map(AssignmentEntity::getOrgUnitId).toList());
        Set<Long> ownCycles = runOwnCycle(assigned.stream().map(AssignmentEntity::getOrgUnitId).toList());
        return assigned.stream().map(a -> toAssignment(a, names, ownCycles.contains(a.getOrgUnitId()))).toList();
    }

    Optional<PlanSummary> previousPlan(long planId) {
        PlanEntity plan = entity(planId);
        return plans.findByOrgUnitIdInOrderByYearFromDescIdDesc(Set.of(plan.getOrgUnitId())).stream()
                .filter(p -> p.getYearFrom() < plan.getYearFrom())
                .findFirst().map(p -> p.toSummary(orgs.get(p.getOrgUnitId()).name()));
    }

    PlanSummary summary(long planId) {
        PlanEntity plan = entity(planId);
        return plan.toSummary(orgs.shownName(plan.getOrgUnitId()));
    }

    ReportingPeriod period(long periodId) {
        return periodEntity(periodId).toPeriod();
    }

    List<PlanSummary> plansConcerning(UserAccount user) {
        Map<Long, PlanEntity> found = new LinkedHashMap<>();
        plans.findByOrgUnitIdInOrderByYearFromDescIdDesc(Set.of(user.orgUnitId())).forEach(p -> found.put(p.getId(), p));
        plans.findAllById(assignments.findByOrgUnitIdIn(Set.of(user.orgUnitId())).stream()
                        .map(AssignmentEntity::getPlanId).toList()).stream()
                .filter(PlanReads::issuedOrClosed)
                .sorted(Comparator.comparing(PlanEntity::getYearFrom).reversed()
                        .thenComparing(PlanEntity::getId, Comparator.reverseOrder()))
                .forEach(p -> found.putIfAbsent(p.getId(), p));
        return List.copyOf(summariesOf(found.values()).values());
    }

    Map<Long, PlanSummary> summaries(Collection<Long> planIds) {
        // the transaction's copies if it has read them already, the others in one query
        return summariesOf(planIds.size() == 1 ? byId.find(PlanEntity.class, planIds.iterator().next()).stream()
                .toList() : byId.load(PlanEntity.class, planIds));
    }

    Map<Long, ReportingPeriod> periods(Collection<Long> periodIds) {
        Map<Long, ReportingPeriod> found = new LinkedHashMap<>();
        (periodIds.size() == 1 ? byId.find(ReportingPeriodEntity.class, periodIds.iterator().next()).stream().toList()
                : byId.load(ReportingPeriodEntity.class, periodIds)).forEach(p -> found.put(p.getId(), p.toPeriod()));
        return found;
    }

    List<ReportingPeriod> periodsOf(Collection<Long> planIds) {
        return planIds.isEmpty() ? List.of() : periods.findByPlanIdInOrderByIdAsc(planIds).stream()
                .map(ReportingPeriodEntity::toPeriod).toList();
    }

    Optional<ReportingPeriod> periodOfYear(long planId, PeriodKind kind, int year) {
        PlanEntity plan = entity(planId);
        List<Long> planIds = plans.findByOrgUnitIdInOrderByYearFromDescIdDesc(Set.of(plan.getOrgUnitId())).stream()
                .filter(p -> p.getYearFrom() <= year && p.getYearTo() >= year && p.getYearFrom() <= plan.getYearFrom())
                .map(PlanEntity::getId).toList();
        List<ReportingPeriod> found = periodsOf(planIds);
        return planIds.stream().flatMap(id -> found.stream().filter(p -> p.planId() == id)
                .filter(p -> p.kind() == kind && p.year() == year)).findFirst();
    }

    /** {@link #periodOfYear} for many plans together (three queries): plan id → the period, when there is one. */
    Map<Long, ReportingPeriod> periodsOfYear(Collection<Long> planIds, PeriodKind kind, int year) {
        if (planIds.isEmpty()) {
            return Map.of();
        }
        List<PlanEntity> asked = plans.findAllById(planIds);
        List<PlanEntity> ofTheirUnits = plans.findByOrgUnitIdInOrderByYearFromDescIdDesc(
                asked.stream().map(PlanEntity::getOrgUnitId).collect(java.util.stream.Collectors.toSet()));
        List<ReportingPeriod> found = periodsOf(ofTheirUnits.stream()
                .filter(p -> p.getYearFrom() <= year && p.getYearTo() >= year).map(PlanEntity::getId).toList());
        Map<Long, ReportingPeriod> result = new LinkedHashMap<>();
        for (PlanEntity plan : asked) {
            ofTheirUnits.stream()
                    .filter(p -> p.getOrgUnitId().equals(plan.getOrgUnitId()))
                    .filter(p -> p.getYearFrom() <= year && p.getYearTo() >= year
                            && p.getYearFrom() <= plan.getYearFrom())
                    .flatMap(p -> found.stream().filter(f -> f.planId() == p.getId())
                            .filter(f -> f.kind() == kind && f.year() == year))
                    .findFirst().ifPresent(p -> result.put(plan.getId(), p));
        }
        return result;
    }

    Optional<ReportingPeriod> periodReportingInto(long upperPeriodId, long orgUnitId) {
        List<ReportingPeriodEntity> linked = periods.findByUpperPeriodId(upperPeriodId);
        Set<Long> plansOfTheArea = new java.util.HashSet<>();
        plans.findAllById(linked.stream().map(ReportingPeriodEntity::getPlanId).distinct().toList()).stream()
                .filter(p -> p.getOrgUnitId() == orgUnitId).forEach(p -> plansOfTheArea.add(p.getId()));
        return linked.stream().filter(p -> plansOfTheArea.contains(p.getPlanId()))
                .map(ReportingPeriodEntity::toPeriod).findFirst();
    }

    Assignment assignment(long assignmentId) {
        AssignmentEntity a = assignments.findById(assignmentId)
                .orElseThrow(() -> new NotFoundException("assignment", "plan.error.notFound", assignmentId));
        return toAssignment(a, a.getOrgUnitName() != null ? Map.of() : orgs.names(List.of(a.getOrgUnitId())),
                runsOwnCycle(a.getOrgUnitId()));
    }

    List<CycleEvent> timeline(UserAccount user, long planId) {
        // the plan's header and its assignees' ids are enough to decide: no periods, targets or names read
        PlanEntity plan = entity(planId);
        requireVisible(user, planId, plan.getOrgUnitId(), plan.getStatus(), assignments.findByPlanIdOrderByIdAsc(planId)
                .stream().map(AssignmentEntity::getOrgUnitId).toList());
        return timeline.of(planId);
    }

    boolean runsOwnCycle(long orgUnitId) {
        return orgs.find(orgUnitId).map(OrgUnit::isArea).orElse(false)
                && users.anyActiveWithRoleIn(orgUnitId, Role.OFFICER);
    }

    Date opensAt(long periodId) {
        return Date.from(Deadlines.startOf(period(periodId).opensOn()));
    }

    Date cutOffAt(long periodId) {
        return Date.from(Deadlines.dueInstant(period(periodId).unitDue()));
    }

    // ---------------------------------------------------------------- rows for the commands

    PlanEntity entity(long planId) {
        return byId.find(PlanEntity.class, planId)
                .orElseThrow(() -> new NotFoundException("plan", "plan.error.notFound", planId));
    }

    /**
     * The plan's row for a person's command, locked until the transaction ends (two commands on one plan run
     * one after the other, see {@link PlanRepository#lockById}), once the user is known to act for its
     * organisation in that role; one who may not see the plan is told it does not exist (404).
     */
    PlanEntity ownEntity(UserAccount user, long planId, Role role) {
        PlanEntity plan = plans.lockById(planId)
                .orElseThrow(() -> new NotFoundException("plan", "plan.error.notFound", planId));
        scope.requireActsFor(user, plan.getOrgUnitId(), role, "plan.error.notFound", planId);
        return plan;
    }

    ReportingPeriodEntity periodEntity(long periodId) {
        return byId.find(ReportingPeriodEntity.class, periodId)
                .orElseThrow(() -> new NotFoundException("period", "period.error.notFound", periodId));
    }

    /** {@link #runsOwnCycle} for many units: two queries whatever their number. */
    Set<Long> runOwnCycle(Collection<Long> orgUnitIds) {
        if (orgUnitIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> areas = new java.util.HashSet<>();
        orgs.byIds(orgUnitIds).values().stream().filter(OrgUnit::isArea).forEach(o -> areas.add(o.id()));
        return users.withAnyActiveInRole(areas, Role.OFFICER);
    }

    private Assignment toAssignment(AssignmentEntity a, Map<Long, String> names, boolean ownCycle) {
        String name = a.getOrgUnitName() != null ? a.getOrgUnitName() : names.get(a.getOrgUnitId());
        return new Assignment(a.getId(), a.getPlanId(), a.getOrgUnitId(), name, a.getDuties(),
                ownCycle, a.getAcknowledgedAt(), a.getAcknowledgedBy());
    }

    private Map<Long, PlanSummary> summariesOf(Collection<PlanEntity> entities) {
        Map<Long, String> names = orgs.names(entities.stream().map(PlanEntity::getOrgUnitId).toList());
        Map<Long, PlanSummary> summaries = new LinkedHashMap<>();
        entities.forEach(p -> summaries.put(p.getId(), p.toSummary(names.getOrDefault(p.getOrgUnitId(), ""))));
        return summaries;
    }

    private static boolean issuedOrClosed(PlanEntity plan) {
        return plan.getStatus() == PlanStatus.ISSUED || plan.getStatus() == PlanStatus.CLOSED;
    }
}
