package vn.congtactreem.reporting;

import static vn.congtactreem.reporting.UnitReportReads.NOT_FOUND;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.ConflictException;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.inbox.WorkItems;
import vn.congtactreem.appendix.AppendixForm;
import vn.congtactreem.appendix.AppendixForms;
import vn.congtactreem.appendix.FormCompleteness;
import vn.congtactreem.indicator.Indicator;
import vn.congtactreem.indicator.IndicatorValues;
import vn.congtactreem.indicator.Reading;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.plan.CycleAction;
import vn.congtactreem.plan.CycleTimeline;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.ReportingPeriod;
import vn.congtactreem.reporting.internal.UnitReportEntity;
import vn.congtactreem.reporting.internal.UnitReportRepository;
import vn.congtactreem.reporting.process.UnitReportProcess;
import vn.congtactreem.security.AccessScope;

/** The unit's part: acknowledging its assignment, writing its report and its figures, submitting it. */
@Component
@Transactional
class UnitReportWriting {

    private final UnitReportRepository reports;
    private final UnitReportReads reads;
    private final PlanService plans;
    private final AccessScope scope;
    private final WorkItems work;
    private final CycleTimeline timeline;
    private final CycleClock clock;
    private final ReportFigures figures;
    private final IndicatorValues values;
    private final AppendixForms appendixForms;

    UnitReportWriting(UnitReportRepository reports, UnitReportReads reads, PlanService plans, AccessScope scope,
                      WorkItems work, CycleTimeline timeline, CycleClock clock, ReportFigures figures,
                      IndicatorValues values, AppendixForms appendixForms) {
        this.appendixForms = appendixForms;
        this.reports = reports;
        this.reads = reads;
        this.plans = plans;
        this.scope = scope;
        this.work = work;
        this.timeline = timeline;
        this.clock = clock;
        this.figures = figures;
        this.values = values;
    }

    void acknowledge(UserAccount reporter, long reportId) {
        // the report with its assignment's other reports, read together (a report without one: read alone)
        List<UnitReportEntity> withSiblings = reports.withSiblingsOf(reportId);
        UnitReportEntity report = withSiblings.stream().filter(r -> r.getId() == reportId).findFirst()
                .orElseGet(() -> reads.require(reportId));
        scope.requireActsFor(reporter, report.getOrgUnitId(), Role.REPORTER, () -> reads.visible(reporter, report),
                NOT_FOUND, reportId);
        plans.acknowledgeAssignment(report.getAssignmentId(), reporter.username());
        for (UnitReportEntity sibling : withSiblings) {
            work.find(UnitReportProcess.KEY, sibling.getId(), UnitReportProcess.Element.ACKNOWLEDGE_ASSIGNMENT)
                    .ifPresent(task -> work.complete(reporter, task, Map.of()));
        }
    }

    void saveDraft(UserAccount reporter, long reportId, UnitReportForm form, Long expectedVersion) {
        reads.lock(reportId);
        UnitReportEntity report = requireEditable(reporter, reportId);
        ConflictException.requireVersion("report", expectedVersion, report.getVersion());
        form.checkTexts();
        report.write(form);
        writeValues(reporter, reportId, form);
        reports.flush();
    }

    void submit(UserAccount reporter, long reportId, UnitReportForm form, Long expectedVersion) {
        UnitReportEntity locked = reads.lock(reportId);
        scope.requireActsFor(reporter, locked.getOrgUnitId(), Role.REPORTER, () -> reads.visible(reporter, locked),
                NOT_FOUND, reportId);
        if (locked.getStatus() == UnitReportStatus.SUBMITTED || locked.getStatus() == UnitReportStatus.ACCEPTED) {
            throw new ConflictException("report", "concurrency.error.alreadySubmitted");
        }
        UnitReportEntity report = requireEditable(reporter, reportId);
        ConflictException.requireVersion("report", expectedVersion, report.getVersion());
        // the plan's figures asked of the unit, read once for writing and checking them
        List<Indicator> asked = figures.askedOf(reportId);
        // the report's values as saved, when this submission carries them (then not read back)
        Map<Long, Reading> saved = null;
        if (form != null) {
            form.checkTexts();
            report.write(form);
            saved = writeValues(reporter, reportId, form, asked);
        }
        if (report.getResults() == null || report.getResults().isBlank()) {
            throw new ValidationException("results", "report.error.resultsRequired");
        }
        // the values and cells are read only when the plan asks for figures or forms (nothing to check otherwise)
        if (!asked.isEmpty()) {
            IndicatorValues.check(asked, saved != null ? saved : values.ofUnitReport(reportId), true);
        }
        ReportingPeriod period = plans.period(report.getPeriodId());
        // the plan's forms are checked as its indicator values are: every required cell filled
        if (!report.isSubArea()) {
            List<AppendixForm> forms = appendixForms.ofPlan(period.planId());
            if (!forms.isEmpty()) {
                FormCompleteness.require(forms, report.getOrgUnitId(), reads.get(reporter, reportId).orgUnitName(),
                        appendixForms.cellsOfUnitReport(reportId));
            }
        }
        var task = work.require(UnitReportProcess.KEY, reportId, UnitReportProcess.Element.SUBMIT_REPORT);
        Instant now = clock.now();
        boolean late = Deadlines.isLate(now, period.unitDue());
        report.submit(reporter.username(), now, late);
        timeline.record(reporter.username(), UnitReportReads.entry(report, period, CycleAction.reportSubmitted(late),
                null));
        work.complete(reporter, task, Map.of());
        reports.flush();
    }

    /** The report, if the reporter's unit may still change it (its texts and its files). */
    UnitReportEntity requireEditable(UserAccount reporter, long reportId) {
        UnitReportEntity report = reads.require(reportId);
        scope.requireActsFor(reporter, report.getOrgUnitId(), Role.REPORTER, () -> reads.visible(reporter, report),
                NOT_FOUND, reportId);
        if (report.isSubArea()) {
            throw new ValidationException("report", "report.error.subAreaReport");
        }
        if (report.getStatus() == UnitReportStatus.ACCEPTED || report.getStatus() == UnitReportStatus.SUBMITTED) {
            throw new ConflictException("report", "report.error.locked");
        }
        return report;
    }

    private void writeValues(UserAccount reporter, long reportId, UnitReportForm form) {
        if (form.values() != null) {
            writeValues(reporter, reportId, form, figures.askedOf(reportId));
        }
    }

    /** @return the report's values once saved; null when the form carries none (nothing saved, nothing read) */
    private Map<Long, Reading> writeValues(UserAccount reporter, long reportId, UnitReportForm form,
                                           List<Indicator> asked) {
        if (form.values() != null) {
            return values.saveForUnitReport(reportId, asked, form.values(), reporter.username(), clock.now());
        }
        return null;
    }
}
