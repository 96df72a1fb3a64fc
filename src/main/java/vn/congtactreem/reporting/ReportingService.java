package vn.congtactreem.reporting;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.plan.CycleAction;
import vn.congtactreem.base.ConflictException;
import vn.congtactreem.base.NotVisibleException;
import vn.congtactreem.base.NotFoundException;
import vn.congtactreem.base.TextRules;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.indicator.IndicatorValues;
import vn.congtactreem.inbox.WorkItems;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.plan.Assignment;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.plan.CycleTimeline;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PeriodStatus;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.ReportingPeriod;
import vn.congtactreem.plan.process.PlanCycleProcess;
import vn.congtactreem.reporting.internal.UnitReportEntity;
import vn.congtactreem.reporting.internal.UnitReportRepository;
import vn.congtactreem.reporting.process.ConsolidationProcess;
import vn.congtactreem.reporting.process.UnitReportProcess;
import vn.congtactreem.security.AccessScope;

/**
 * Unit reports: opened for every assigned unit when a period opens, written and submitted by the
 * unit (late ones accepted and marked late), accepted or returned by the officer. An accepted
 * report is locked.
 */
@Service
@Transactional
public class ReportingService {

    private static final String NOT_FOUND = "report.error.notFound";

    private final UnitReportRepository reports;
    private final PlanService plans;
    private final OrgService orgs;
    private final AccessScope scope;
    private final WorkItems work;
    private final RuntimeService runtime;
    private final CycleTimeline timeline;
    private final CycleClock clock;
    private final ApplicationEventPublisher events;
    private final ReportFigures figures;
    private final IndicatorValues values;

    public ReportingService(UnitReportRepository reports, PlanService plans, OrgService orgs, AccessScope scope,
                            WorkItems work, RuntimeService runtime, CycleTimeline timeline, CycleClock clock,
                            ApplicationEventPublisher events, ReportFigures figures, IndicatorValues values) {
        this.figures = figures;
        this.values = values;
        this.reports = reports;
        this.plans = plans;
        this.orgs = orgs;
        this.scope = scope;
        this.work = work;
        this.runtime = runtime;
        this.timeline = timeline;
        this.clock = clock;
        this.events = events;
    }

    // ---------------------------------------------------------------- reads

    @Transactional(readOnly = true)
    public UnitReport get(UserAccount user, long reportId) {
        UnitReportEntity report = require(reportId);
        ReportingPeriod period = plans.period(report.getPeriodId());
        Plan plan = plans.load(period.planId());
        if (!scope.canSee(user, report.getOrgUnitId()) && !scope.canSee(user, plan.orgUnitId())) {
            throw new NotVisibleException("report.error.notFound", reportId);
        }
        return toReport(report, period.planId());
    }

    /** The reports of a period the user may see: all of them for the plan's organisation, else their own. */
    @Transactional(readOnly = true)
    public List<UnitReport> ofPeriod(UserAccount user, long periodId) {
        ReportingPeriod period = plans.period(periodId);
        Plan plan = plans.load(period.planId());
        boolean wholePeriod = scope.canSee(user, plan.orgUnitId());
        List<UnitReport> visible = reports.findByPeriodIdOrderByIdAsc(periodId).stream()
                .filter(r -> wholePeriod || scope.canSee(user, r.getOrgUnitId()))
                .map(r -> toReport(r, plan.id())).toList();
        if (!wholePeriod && visible.isEmpty()) {
            // a period of a plan that concerns the user in no way: as if it did not exist
            throw new NotVisibleException("period.error.notFound", periodId);
        }
        return visible;
    }

    @Transactional(readOnly = true)
    public List<UnitReport> ofPeriod(long periodId) {
        long planId = plans.period(periodId).planId();
        return reports.findByPeriodIdOrderByIdAsc(periodId).stream().map(r -> toReport(r, planId)).toList();
    }

    @Transactional(readOnly = true)
    public UnitReport load(long reportId) {
        UnitReportEntity report = require(reportId);
        return toReport(report, plans.period(report.getPeriodId()).planId());
    }

    // ---------------------------------------------------------------- the unit's commands

    /** The unit confirms it has read its part of the plan (once for all periods). */
    public void acknowledge(UserAccount reporter, long reportId) {
        UnitReportEntity report = require(reportId);
        scope.requireActsFor(reporter, report.getOrgUnitId(), Role.REPORTER, () -> visible(reporter, report),
                NOT_FOUND, reportId);
        plans.acknowledgeAssignment(report.getAssignmentId(), reporter.username());
        for (UnitReportEntity sibling : reports.findByAssignmentId(report.getAssignmentId())) {
            if (work.isWaiting(UnitReportProcess.KEY, sibling.getId(),
                    UnitReportProcess.Element.ACKNOWLEDGE_ASSIGNMENT)) {
                work.complete(reporter, work.require(UnitReportProcess.KEY, sibling.getId(),
                        UnitReportProcess.Element.ACKNOWLEDGE_ASSIGNMENT), Map.of());
            }
        }
    }

    /** Saves what the unit wrote; any time before the report is accepted. */
    public UnitReport saveDraft(UserAccount reporter, long reportId, UnitReportForm form) {
        return saveDraft(reporter, reportId, form, null);
    }

    /**
     * The same, refused ({@link ConflictException}) if the report changed since the person read it at
     * {@code expectedVersion} (null: no check): a save from a stale page never overwrites a newer one.
     */
    public UnitReport saveDraft(UserAccount reporter, long reportId, UnitReportForm form, Long expectedVersion) {
        lock(reportId);
        UnitReportEntity report = requireEditable(reporter, reportId);
        ConflictException.requireVersion("report", expectedVersion, report.getVersion());
        form.checkTexts();
        report.write(form);
        writeValues(reporter, reportId, form);
        reports.flush();
        return load(reportId);
    }

    /** Submits the report; after the last day it is accepted and marked late. */
    public UnitReport submit(UserAccount reporter, long reportId, UnitReportForm form) {
        return submit(reporter, reportId, form, null);
    }

    /** The same, refused if the report changed since {@code expectedVersion} (null: no check). */
    public UnitReport submit(UserAccount reporter, long reportId, UnitReportForm form, Long expectedVersion) {
        UnitReportEntity locked = lock(reportId);
        scope.requireActsFor(reporter, locked.getOrgUnitId(), Role.REPORTER, () -> visible(reporter, locked),
                NOT_FOUND, reportId);
        if (locked.getStatus() == UnitReportStatus.SUBMITTED || locked.getStatus() == UnitReportStatus.ACCEPTED) {
            throw new ConflictException("report", "concurrency.error.alreadySubmitted");
        }
        UnitReportEntity report = requireEditable(reporter, reportId);
        ConflictException.requireVersion("report", expectedVersion, report.getVersion());
        if (form != null) {
            form.checkTexts();
            report.write(form);
            writeValues(reporter, reportId, form);
        }
        if (report.getResults() == null || report.getResults().isBlank()) {
            throw new ValidationException("results", "report.error.resultsRequired");
        }
        IndicatorValues.check(figures.askedOf(reportId), values.ofUnitReport(reportId), true);
        var task = work.require(UnitReportProcess.KEY, reportId, UnitReportProcess.Element.SUBMIT_REPORT);
        ReportingPeriod period = plans.period(report.getPeriodId());
        Instant now = clock.now();
        boolean late = Deadlines.isLate(now, period.unitDue());
        report.submit(reporter.username(), now, late);
        timeline.record(reporter.username(), entry(report, period, CycleAction.reportSubmitted(late),
                null));
        work.complete(reporter, task, Map.of());
        reports.flush();
        return load(reportId);
    }

    // ---------------------------------------------------------------- the officer's review

    public UnitReport accept(UserAccount officer, long reportId) {
        UnitReportEntity report = requireReviewable(officer, reportId);
        var task = work.require(UnitReportProcess.KEY, reportId, UnitReportProcess.Element.REVIEW_REPORT);
        report.accept(officer.username(), clock.now());
        timeline.record(officer.username(), entry(report, plans.period(report.getPeriodId()), CycleAction.REPORT_ACCEPTED, null));
        work.complete(officer, task, UnitReportProcess.ACCEPTED.of(true));
        reports.flush();
        return load(reportId);
    }

    public UnitReport returnForChanges(UserAccount officer, long reportId, String comment) {
        UnitReportEntity report = requireReviewable(officer, reportId);
        TextRules.check("comment", comment, TextRules.MEDIUM);
        if (comment == null || comment.isBlank()) {
            throw new ValidationException("comment", "report.error.commentRequired");
        }
        var task = work.require(UnitReportProcess.KEY, reportId, UnitReportProcess.Element.REVIEW_REPORT);
        report.returnWith(comment.strip(), officer.username(), clock.now());
        timeline.record(officer.username(), entry(report, plans.period(report.getPeriodId()), CycleAction.REPORT_RETURNED,
                comment.strip()));
        events.publishEvent(new ReportEvents.ReportReturned(reportId, report.getOrgUnitId(), comment.strip()));
        work.complete(officer, task, UnitReportProcess.ACCEPTED.of(false));
        reports.flush();
        return load(reportId);
    }

    // ---------------------------------------------------------------- system steps

    /** Opens a period: one report and one unit-report process per assigned unit. */
    public void openPeriod(long periodId) {
        ReportingPeriod period = plans.period(periodId);
        Plan plan = plans.load(period.planId());
        plans.markPeriod(periodId, PeriodStatus.OPEN);
        for (Assignment assignment : plan.assignments()) {
            if (reports.findByPeriodIdAndOrgUnitId(periodId, assignment.orgUnitId()).isPresent()) {
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
        timeline.record(null, new CycleTimeline.Entry(plan.id(), periodId, null, null, CycleAction.PERIOD_OPENED, null));
    }

    /** The next reminder for a report still awaited, if one is left before its last day. */
    @Transactional(readOnly = true)
    public Optional<Instant> nextReminder(long reportId) {
        ReportingPeriod period = plans.period(require(reportId).getPeriodId());
        return Deadlines.nextReminder(period.unitDue(), period.reminderDays(), clock.now());
    }

    @Transactional(readOnly = true)
    public Date dueAt(long reportId) {
        return Date.from(Deadlines.dueInstant(plans.period(require(reportId).getPeriodId()).unitDue()));
    }

    public void remind(long reportId) {
        UnitReportEntity report = require(reportId);
        ReportingPeriod period = plans.period(report.getPeriodId());
        timeline.record(null, entry(report, period, CycleAction.REMINDER_SENT, Deadlines.format(period.unitDue())));
        events.publishEvent(new ReportEvents.ReminderDue(reportId, report.getOrgUnitId(), period.id()));
    }

    /**
     * The last day passed without a report. A report first submitted on time and returned after the
     * last day is not overdue: nothing is escalated for it.
     */
    public void escalate(long reportId) {
        UnitReportEntity report = require(reportId);
        if (report.wasSubmittedOnTime()) {
            return;
        }
        ReportingPeriod period = plans.period(report.getPeriodId());
        Plan plan = plans.load(period.planId());
        timeline.record(null, entry(report, period, CycleAction.REPORT_OVERDUE, Deadlines.format(period.unitDue())));
        events.publishEvent(new ReportEvents.ReportOverdue(reportId, report.getOrgUnitId(), plan.orgUnitId(),
                period.id()));
    }

    /**
     * After the officer's decision: a sub-area hears whether the upper level accepted or returned its
     * consolidated report; once every report of the period is accepted, the period stops waiting.
     */
    public void afterReview(long reportId) {
        UnitReportEntity report = require(reportId);
        if (report.isSubArea() && report.getConsolidatedReportId() != null) {
            boolean accepted = report.getStatus() == UnitReportStatus.ACCEPTED;
            events.publishEvent(new ReportEvents.SubAreaReportReviewed(report.getConsolidatedReportId(), accepted,
                    load(reportId).reviewComment()));
            String message = accepted
                    ? ConsolidationProcess.UPPER_ACCEPTED_MESSAGE : ConsolidationProcess.UPPER_RETURNED_MESSAGE;
            runtime.createMessageCorrelation(message)
                    .processInstanceVariableEquals(ConsolidationProcess.CONSOLIDATED_REPORT_ID.name(),
                            report.getConsolidatedReportId())
                    .correlateAll();
        }
        if (report.getStatus() == UnitReportStatus.ACCEPTED) {
            boolean allAccepted = reports.findByPeriodIdOrderByIdAsc(report.getPeriodId()).stream()
                    .allMatch(r -> r.getStatus() == UnitReportStatus.ACCEPTED);
            if (allAccepted) {
                runtime.createMessageCorrelation(PlanCycleProcess.allReportsAccepted(report.getPeriodId()))
                        .correlateAll();
            }
        }
    }

    /** A sub-area's approved consolidated report arrives as its unit report in the upper level. */
    public void receiveFromSubArea(long upperReportId, long consolidatedReportId, String by) {
        UnitReportEntity report = require(upperReportId);
        ReportingPeriod period = plans.period(report.getPeriodId());
        Instant now = clock.now();
        boolean late = Deadlines.isLate(now, period.unitDue());
        report.fulfilBy(consolidatedReportId, by, now, late);
        timeline.record(by, entry(report, period, CycleAction.reportSubmitted(late), null));
        runtime.createMessageCorrelation(UnitReportProcess.SUB_AREA_REPORT_SUBMITTED)
                .processInstanceBusinessKey(String.valueOf(upperReportId)).correlate();
    }

    /** The unit report of {@code orgUnitId} in the period, if that unit was assigned. */
    @Transactional(readOnly = true)
    public Optional<UnitReport> reportOf(long periodId, long orgUnitId) {
        return reports.findByPeriodIdAndOrgUnitId(periodId, orgUnitId)
                .map(r -> toReport(r, plans.period(periodId).planId()));
    }

    // ---------------------------------------------------------------- internals

    private void writeValues(UserAccount reporter, long reportId, UnitReportForm form) {
        if (form.values() != null) {
            values.saveForUnitReport(reportId, figures.askedOf(reportId), form.values(), reporter.username(),
                    clock.now());
        }
    }

    /** The report, if the reporter's unit may still change it (its texts and its files). */
    UnitReportEntity requireEditable(UserAccount reporter, long reportId) {
        UnitReportEntity report = require(reportId);
        scope.requireActsFor(reporter, report.getOrgUnitId(), Role.REPORTER, () -> visible(reporter, report),
                NOT_FOUND, reportId);
        if (report.isSubArea()) {
            throw new ValidationException("report", "report.error.subAreaReport");
        }
        if (report.getStatus() == UnitReportStatus.ACCEPTED || report.getStatus() == UnitReportStatus.SUBMITTED) {
            throw new ConflictException("report", "report.error.locked");
        }
        return report;
    }

    private UnitReportEntity requireReviewable(UserAccount officer, long reportId) {
        UnitReportEntity report = lock(reportId);
        Plan plan = plans.load(plans.period(report.getPeriodId()).planId());
        scope.requireActsFor(officer, plan.orgUnitId(), Role.OFFICER, () -> visible(officer, report),
                NOT_FOUND, reportId);
        if (report.getStatus() == UnitReportStatus.ACCEPTED || report.getStatus() == UnitReportStatus.RETURNED) {
            // the other officer (or the other click) decided first: this one comes too late
            throw new ConflictException("report", "concurrency.error.alreadyReviewed");
        }
        if (report.getStatus() != UnitReportStatus.SUBMITTED) {
            throw new ValidationException("report", "report.error.notSubmitted");
        }
        return report;
    }

    /** Whether the user may know the report exists: their unit's, or of a plan of theirs (see {@link #get}). */
    private boolean visible(UserAccount user, UnitReportEntity report) {
        return scope.canSee(user, report.getOrgUnitId())
                || scope.canSee(user, plans.summary(plans.period(report.getPeriodId()).planId()).orgUnitId());
    }

    /** The report for a command: its row stays locked until this transaction ends (see the repository). */
    private UnitReportEntity lock(long reportId) {
        return reports.lockById(reportId)
                .orElseThrow(() -> new NotFoundException("report", "report.error.notFound", reportId));
    }

    private UnitReportEntity require(long reportId) {
        return reports.findById(reportId)
                .orElseThrow(() -> new NotFoundException("report", "report.error.notFound", reportId));
    }

    private UnitReport toReport(UnitReportEntity report, long planId) {
        return report.toReport(planId, orgs.find(report.getOrgUnitId()).map(o -> o.name()).orElse(""));
    }

    private static CycleTimeline.Entry entry(UnitReportEntity report, ReportingPeriod period, CycleAction action,
                                             String comment) {
        return new CycleTimeline.Entry(period.planId(), period.id(), report.getId(), null, action, comment);
    }
}
