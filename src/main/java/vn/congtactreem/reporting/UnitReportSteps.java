package vn.congtactreem.reporting;

import static vn.congtactreem.reporting.UnitReportReads.entry;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.plan.Assignment;
import vn.congtactreem.plan.CycleAction;
import vn.congtactreem.plan.CycleTimeline;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PeriodStatus;
import vn.congtactreem.plan.PlanSummary;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.ReportingPeriod;
import vn.congtactreem.plan.process.PlanCycleProcess;
import vn.congtactreem.reporting.internal.UnitReportEntity;
import vn.congtactreem.reporting.internal.UnitReportRepository;
import vn.congtactreem.reporting.internal.UnitReportRows;
import vn.congtactreem.reporting.process.ConsolidationProcess;
import vn.congtactreem.reporting.process.UnitReportProcess;

/**
 * What the processes run for unit reports: a period opened (one report and one unit-report process per assigned
 * unit), the period's reminders and the escalation of its overdue reports, the officer's decision passed on, a sub-area's
 * consolidated report arriving as its unit report.
 */
@Component
@Transactional
class UnitReportSteps {

    /** A unit still owes these: nothing written, a draft, or returned for changes. */
    private static final List<UnitReportStatus> AWAITED =
            List.of(UnitReportStatus.OPEN, UnitReportStatus.DRAFT, UnitReportStatus.RETURNED);

    private final UnitReportRepository reports;
    private final UnitReportRows rows;
    private final UnitReportReads reads;
    private final PlanService plans;
    private final RuntimeService runtime;
    private final CycleTimeline timeline;
    private final CycleClock clock;
    private final ApplicationEventPublisher events;
    private final OrgService orgs;

    UnitReportSteps(UnitReportRepository reports, UnitReportRows rows, UnitReportReads reads, PlanService plans,
                    RuntimeService runtime, CycleTimeline timeline, CycleClock clock, ApplicationEventPublisher events,
                    OrgService orgs) {
        this.orgs = orgs;
        this.reports = reports;
        this.rows = rows;
        this.reads = reads;
        this.plans = plans;
        this.runtime = runtime;
        this.timeline = timeline;
        this.clock = clock;
        this.events = events;
    }

    void openPeriod(long periodId) {
        ReportingPeriod period = plans.period(periodId);
        PlanSummary plan = plans.summary(period.planId());
        plans.markPeriod(periodId, PeriodStatus.OPEN);
        // the plan's units (not the whole plan) and the reports already there, each read once for the period
        java.util.Set<Long> reported = new java.util.HashSet<>(reports.orgUnitIdsOfPeriod(periodId));
        for (Assignment assignment : plans.assignments(plan.id())) {
            if (!reported.add(assignment.orgUnitId())) {
                continue;
            }
            UnitReportEntity report = reports.save(new UnitReportEntity(periodId, assignment.id(),
                    assignment.orgUnitId(), assignment.subArea()));
            Map<String, Object> variables = new LinkedHashMap<>();
            UnitReportProcess.REPORT_ID.put(variables, report.getId());
            UnitReportProcess.PLAN_ID.put(variables, plan.id());
            UnitReportProcess.PERIOD_ID.put(variables, periodId);
            UnitReportProcess.UNIT_ORG_ID.put(variables, assignment.orgUnitId());
            UnitReportProcess.PLAN_ORG_ID.put(variables, plan.orgUnitId());
            UnitReportProcess.SUB_AREA.put(variables, assignment.subArea());
            UnitReportProcess.ACKNOWLEDGED.put(variables, assignment.acknowledged() || assignment.subArea());
            runtime.startProcessInstanceByKey(UnitReportProcess.KEY, String.valueOf(report.getId()), variables);
        }
        timeline.record(null, new CycleTimeline.Entry(plan.id(), periodId, null, null, CycleAction.PERIOD_OPENED,
                null));
    }

    @Transactional(readOnly = true)
    Date dueAt(long reportId) {
        return Date.from(Deadlines.dueInstant(plans.period(reads.require(reportId).getPeriodId()).unitDue()));
    }

    @Transactional(readOnly = true)
    Date reviewDueAt(long reportId, int reviewDays) {
        UnitReportEntity report = reads.require(reportId);
        Instant arrived = report.getSubmittedAt() == null ? clock.now() : report.getSubmittedAt();
        return Date.from(Deadlines.reviewDue(arrived, reviewDays, plans.period(report.getPeriodId()).upperDue()));
    }

    /**
     * Every report of the period still awaited (not written, draft, or returned): one reminder each, written
     * together (the timeline in one batch, the notifications from one event).
     */
    void remindAwaitedUnits(long periodId) {
        ReportingPeriod period = plans.period(periodId);
        String lastDay = Deadlines.format(period.unitDue());
        List<UnitReportEntity> awaited = reports.findByPeriodIdAndStatusInOrderByIdAsc(periodId, AWAITED);
        if (awaited.isEmpty()) {
            return;
        }
        timeline.recordAll(null, awaited.stream()
                .map(report -> entry(report, period, CycleAction.REMINDER_SENT, lastDay)).toList());
        Map<Long, String> names = orgs.names(awaited.stream().map(UnitReportEntity::getOrgUnitId).toList());
        events.publishEvent(new ReportEvents.RemindersDue(periodId, awaited.stream()
                .map(report -> new ReportEvents.RemindersDue.Awaited(report.getId(), report.getOrgUnitId(),
                        report.nameAsMadeOr(names.getOrDefault(report.getOrgUnitId(), "")))).toList()));
    }

    /**
     * The units' last day has passed: every report still awaited is overdue, except one first submitted on time
     * and returned since (it was not late).
     */
    void escalateOverdueReports(long periodId) {
        ReportingPeriod period = plans.period(periodId);
        PlanSummary plan = plans.summary(period.planId());
        String lastDay = Deadlines.format(period.unitDue());
        for (UnitReportEntity report : reports.findByPeriodIdAndStatusInOrderByIdAsc(periodId, AWAITED)) {
            if (report.wasSubmittedOnTime()) {
                continue;
            }
            timeline.record(null, entry(report, period, CycleAction.REPORT_OVERDUE, lastDay));
            events.publishEvent(new ReportEvents.ReportOverdue(report.getId(), report.getOrgUnitId(),
                    plan.orgUnitId(), periodId));
        }
    }

    void afterReview(long reportId) {
        UnitReportEntity report = reads.require(reportId);
        if (report.isSubArea() && report.getConsolidatedReportId() != null) {
            boolean accepted = report.getStatus() == UnitReportStatus.ACCEPTED;
            events.publishEvent(new ReportEvents.SubAreaReportReviewed(report.getConsolidatedReportId(), accepted,
                    reads.load(reportId).reviewComment()));
            String message = accepted
                    ? ConsolidationProcess.UPPER_ACCEPTED_MESSAGE : ConsolidationProcess.UPPER_RETURNED_MESSAGE;
            runtime.createMessageCorrelation(message)
                    .processInstanceVariableEquals(ConsolidationProcess.CONSOLIDATED_REPORT_ID.name(),
                            report.getConsolidatedReportId())
                    .correlateAll();
        }
        if (periodComplete(report)) {
            runtime.createMessageCorrelation(PlanCycleProcess.allReportsAccepted(report.getPeriodId()))
                    .correlateAll();
        }
    }

    boolean periodCompleteAfter(long reportId) {
        return periodComplete(reads.require(reportId));
    }

    /**
     * The report accepted and none of its period left unaccepted. The period's row is held first, so two acceptances
     * of its last reports ask one after the other, the second seeing the first's decision; one count, not every report.
     * The count is plain JDBC after the lock's flush (which keeps the per-period lock order), on the same connection.
     */
    private boolean periodComplete(UnitReportEntity report) {
        if (report.getStatus() != UnitReportStatus.ACCEPTED) {
            return false;
        }
        plans.lockPeriod(report.getPeriodId());
        return !rows.anyOfPeriodNot(report.getPeriodId(), UnitReportStatus.ACCEPTED);
    }

    void receiveFromSubArea(long upperReportId, long consolidatedReportId, String by) {
        UnitReportEntity report = reads.require(upperReportId);
        ReportingPeriod period = plans.period(report.getPeriodId());
        Instant now = clock.now();
        boolean late = Deadlines.isLate(now, period.unitDue());
        report.fulfilBy(consolidatedReportId, by, now, late);
        timeline.record(by, entry(report, period, CycleAction.reportSubmitted(late), null));
        runtime.createMessageCorrelation(UnitReportProcess.SUB_AREA_REPORT_SUBMITTED)
                .processInstanceBusinessKey(String.valueOf(upperReportId)).correlate();
    }
}
