package vn.congtactreem.reporting;

import static vn.congtactreem.reporting.UnitReportReads.entry;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.CycleClock;
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
import vn.congtactreem.reporting.process.ConsolidationProcess;
import vn.congtactreem.reporting.process.UnitReportProcess;

/**
 * What the processes run for unit reports: a period opened (one report and one unit-report process per assigned
 * unit), reminders and the escalation of an overdue report, the officer's decision passed on, a sub-area's
 * consolidated report arriving as its unit report.
 */
@Component
@Transactional
class UnitReportSteps {

    private final UnitReportRepository reports;
    private final UnitReportReads reads;
    private final PlanService plans;
    private final RuntimeService runtime;
    private final CycleTimeline timeline;
    private final CycleClock clock;
    private final ApplicationEventPublisher events;

    UnitReportSteps(UnitReportRepository reports, UnitReportReads reads, PlanService plans, RuntimeService runtime,
                    CycleTimeline timeline, CycleClock clock, ApplicationEventPublisher events) {
        this.reports = reports;
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
            UnitReportProcess.OVERDUE_NOTIFIED.put(variables, false);
            runtime.startProcessInstanceByKey(UnitReportProcess.KEY, String.valueOf(report.getId()), variables);
        }
        timeline.record(null, new CycleTimeline.Entry(plan.id(), periodId, null, null, CycleAction.PERIOD_OPENED,
                null));
    }

    @Transactional(readOnly = true)
    Optional<Instant> nextReminder(long reportId) {
        ReportingPeriod period = plans.period(reads.require(reportId).getPeriodId());
        return Deadlines.nextReminder(period.unitDue(), period.reminderDays(), clock.now());
    }

    @Transactional(readOnly = true)
    Date dueAt(long reportId) {
        return Date.from(Deadlines.dueInstant(plans.period(reads.require(reportId).getPeriodId()).unitDue()));
    }

    void remind(long reportId) {
        UnitReportEntity report = reads.require(reportId);
        ReportingPeriod period = plans.period(report.getPeriodId());
        timeline.record(null, entry(report, period, CycleAction.REMINDER_SENT, Deadlines.format(period.unitDue())));
        events.publishEvent(new ReportEvents.ReminderDue(reportId, report.getOrgUnitId(), period.id()));
    }

    void escalate(long reportId) {
        UnitReportEntity report = reads.require(reportId);
        if (report.wasSubmittedOnTime()) {
            return;
        }
        ReportingPeriod period = plans.period(report.getPeriodId());
        PlanSummary plan = plans.summary(period.planId());
        timeline.record(null, entry(report, period, CycleAction.REPORT_OVERDUE, Deadlines.format(period.unitDue())));
        events.publishEvent(new ReportEvents.ReportOverdue(reportId, report.getOrgUnitId(), plan.orgUnitId(),
                period.id()));
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
        if (report.getStatus() == UnitReportStatus.ACCEPTED) {
            // one count, not every report of the period read after each acceptance
            if (!reports.existsByPeriodIdAndStatusNot(report.getPeriodId(), UnitReportStatus.ACCEPTED)) {
                runtime.createMessageCorrelation(PlanCycleProcess.allReportsAccepted(report.getPeriodId()))
                        .correlateAll();
            }
        }
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
