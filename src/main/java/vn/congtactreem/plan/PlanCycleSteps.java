package vn.congtactreem.plan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.base.NotFoundException;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.plan.internal.AssignmentEntity;
import vn.congtactreem.plan.internal.AssignmentRepository;
import vn.congtactreem.plan.internal.DocumentCounter;
import vn.congtactreem.plan.internal.PlanEntity;
import vn.congtactreem.plan.internal.PeriodRowLock;
import vn.congtactreem.plan.internal.PlanRepository;
import vn.congtactreem.plan.internal.ReportingPeriodEntity;
import vn.congtactreem.plan.internal.ReportingPeriodRepository;
import vn.congtactreem.plan.process.PlanCycleProcess;

/**
 * The steps the plan-cycle process runs on its own (its delegates call them through {@link PlanService}): issue
 * with a number, assign the units and start the sub-areas' own cycles, move periods, close the cycle.
 */
@Component
@Transactional
class PlanCycleSteps {

    private final PlanReads reads;
    private final PlanRepository plans;
    private final ReportingPeriodRepository periods;
    private final PeriodRowLock periodRows;
    private final AssignmentRepository assignments;
    private final DocumentCounter counter;
    private final OrgService orgs;
    private final RuntimeService runtime;
    private final CycleTimeline timeline;
    private final CycleClock clock;
    private final ApplicationEventPublisher events;

    PlanCycleSteps(PlanReads reads, PlanRepository plans, ReportingPeriodRepository periods,
                   AssignmentRepository assignments, DocumentCounter counter, OrgService orgs, RuntimeService runtime,
                   CycleTimeline timeline, CycleClock clock, ApplicationEventPublisher events,
                   PeriodRowLock periodRows) {
        this.periodRows = periodRows;
        this.reads = reads;
        this.plans = plans;
        this.periods = periods;
        this.assignments = assignments;
        this.counter = counter;
        this.orgs = orgs;
        this.runtime = runtime;
        this.timeline = timeline;
        this.clock = clock;
        this.events = events;
    }

    Plan issue(long planId) {
        PlanEntity plan = reads.entity(planId);
        if (plan.getStatus() == PlanStatus.ISSUED) {
            return reads.load(planId);
        }
        LocalDate today = clock.today();
        plan.issue(counter.next(plan.getOrgUnitId(), today.getYear(), PlanService.PLAN_SYMBOL), PlanService.PLAN_SYMBOL,
                today);
        periods.findByPlanIdOrderByIdAsc(planId).forEach(p -> p.moveTo(PeriodStatus.PLANNED));
        timeline.record(null, CycleTimeline.Entry.plan(planId, CycleAction.PLAN_ISSUED,
                plan.toSummary(null).documentNumber()));
        events.publishEvent(new PlanIssued(planId, plan.getOrgUnitId()));
        return reads.load(planId);
    }

    List<Long> assignUnits(long planId) {
        PlanEntity plan = reads.entity(planId);
        for (AssignmentEntity assignment : assignments.findByPlanIdOrderByIdAsc(planId)) {
            if (reads.runsOwnCycle(assignment.getOrgUnitId())
                    && !plans.existsByUpperPlanIdAndOrgUnitId(planId, assignment.getOrgUnitId())) {
                startNestedCycle(plan, assignment.getOrgUnitId());
            }
        }
        timeline.record(null, CycleTimeline.Entry.plan(planId, CycleAction.UNITS_ASSIGNED, null));
        // a plan registered as issued mid-way runs only the periods not past
        return periods.findByPlanIdOrderByIdAsc(planId).stream().filter(p -> p.status() != PeriodStatus.PAST)
                .map(ReportingPeriodEntity::getId).toList();
    }

    void markPeriod(long periodId, PeriodStatus status) {
        reads.periodEntity(periodId).moveTo(status);
    }

    void lockPeriod(long periodId) {
        if (!periodRows.lock(periodId)) {
            throw new NotFoundException("period", "period.error.notFound", periodId);
        }
    }

    void acknowledgeAssignment(long assignmentId, String by) {
        AssignmentEntity assignment = assignments.lockById(assignmentId).orElseThrow();
        // once on the timeline, however many times (or at once) the unit acknowledges
        if (assignment.acknowledge(by, clock.now())) {
            timeline.record(by, new CycleTimeline.Entry(assignment.getPlanId(), null, null, null,
                    CycleAction.ASSIGNMENT_ACKNOWLEDGED, null));
        }
    }

    void closeCycle(long planId) {
        reads.entity(planId).close();
        timeline.record(null, CycleTimeline.Entry.plan(planId, CycleAction.CYCLE_CLOSED, null));
    }

    /** Starts the plan-cycle process for the plan; its first task depends on whether the upper plan is known. */
    void startProcess(PlanEntity plan, boolean upperPlanRegistered) {
        Map<String, Object> variables = new LinkedHashMap<>();
        PlanCycleProcess.PLAN_ID.put(variables, plan.getId());
        PlanCycleProcess.ORG_UNIT_ID.put(variables, plan.getOrgUnitId());
        PlanCycleProcess.UPPER_PLAN_REGISTERED.put(variables, upperPlanRegistered);
        ProcessInstance instance = runtime.startProcessInstanceByKey(PlanCycleProcess.KEY,
                String.valueOf(plan.getId()), variables);
        plan.startedAs(instance.getId());
    }

    private void startNestedCycle(PlanEntity upper, long subAreaId) {
        PlanEntity nested = plans.save(new PlanEntity(subAreaId, upper.getTitle(), upper.getYearFrom(),
                upper.getYearTo()));
        nested.receiveFrom(upper, orgs.get(upper.getOrgUnitId()).name());
        for (ReportingPeriodEntity upperPeriod : periods.findByPlanIdOrderByIdAsc(upper.getId())) {
            if (upperPeriod.status() == PeriodStatus.PAST) {
                continue;
            }
            ReportingPeriodEntity own = periods.save(PlanPeriods.toEntity(nested.getId(),
                    PeriodDefaults.reportingInto(upperPeriod.toPeriod())));
            own.reportsInto(upperPeriod.getId());
        }
        timeline.record(null, CycleTimeline.Entry.plan(nested.getId(), CycleAction.UPPER_PLAN_RECEIVED,
                nested.upperReference().number()));
        startProcess(nested, true);
    }
}
