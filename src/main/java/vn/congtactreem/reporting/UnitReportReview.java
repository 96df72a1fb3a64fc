package vn.congtactreem.reporting;

import static vn.congtactreem.reporting.UnitReportReads.NOT_FOUND;
import static vn.congtactreem.reporting.UnitReportReads.entry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.ConflictException;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.base.TextRules;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.inbox.WorkItems;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.plan.CycleAction;
import vn.congtactreem.plan.CycleTimeline;
import vn.congtactreem.plan.PlanSummary;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.internal.UnitReportEntity;
import vn.congtactreem.reporting.internal.UnitReportRepository;
import vn.congtactreem.reporting.process.UnitReportProcess;
import vn.congtactreem.security.AccessScope;

/** The officer's review of a submitted unit report: accepted (then locked) or returned with a comment. */
@Component
@Transactional
class UnitReportReview {

    private final UnitReportRepository reports;
    private final UnitReportReads reads;
    private final PlanService plans;
    private final AccessScope scope;
    private final WorkItems work;
    private final CycleTimeline timeline;
    private final CycleClock clock;
    private final ApplicationEventPublisher events;

    UnitReportReview(UnitReportRepository reports, UnitReportReads reads, PlanService plans, AccessScope scope,
                     WorkItems work, CycleTimeline timeline, CycleClock clock, ApplicationEventPublisher events) {
        this.reports = reports;
        this.reads = reads;
        this.plans = plans;
        this.scope = scope;
        this.work = work;
        this.timeline = timeline;
        this.clock = clock;
        this.events = events;
    }

    void accept(UserAccount officer, long reportId) {
        UnitReportEntity report = requireReviewable(officer, reportId);
        var task = work.require(UnitReportProcess.KEY, reportId, UnitReportProcess.Element.REVIEW_REPORT);
        report.accept(officer.username(), clock.now());
        timeline.record(officer, plans.summary(plans.period(report.getPeriodId()).planId()).orgUnitId(), Role.OFFICER,
                entry(report, plans.period(report.getPeriodId()), CycleAction.REPORT_ACCEPTED, null));
        // the decision is for the gateway right after the review: a report never returned takes it transient (two
        // history rows less per report); a returned one stores its earlier "false" already, which is updated
        work.complete(officer, task, !report.wasReturned() ? UnitReportProcess.ACCEPTED.transientOf(true)
                : UnitReportProcess.ACCEPTED.of(true));
        reports.flush();
    }

    void returnForChanges(UserAccount officer, long reportId, String comment) {
        UnitReportEntity report = requireReviewable(officer, reportId);
        TextRules.check("comment", comment, TextRules.MEDIUM);
        if (comment == null || comment.isBlank()) {
            throw new ValidationException("comment", "report.error.commentRequired");
        }
        var task = work.require(UnitReportProcess.KEY, reportId, UnitReportProcess.Element.REVIEW_REPORT);
        report.returnWith(comment.strip(), officer.username(), clock.now());
        timeline.record(officer, plans.summary(plans.period(report.getPeriodId()).planId()).orgUnitId(), Role.OFFICER,
                entry(report, plans.period(report.getPeriodId()), CycleAction.REPORT_RETURNED, comment.strip()));
        events.publishEvent(new ReportEvents.ReportReturned(reportId, report.getOrgUnitId(), comment.strip()));
        work.complete(officer, task, UnitReportProcess.ACCEPTED.of(false));
        reports.flush();
    }

    private UnitReportEntity requireReviewable(UserAccount officer, long reportId) {
        UnitReportEntity report = reads.lock(reportId);
        PlanSummary plan = plans.summary(plans.period(report.getPeriodId()).planId());
        scope.requireActsFor(officer, plan.orgUnitId(), Role.OFFICER, () -> reads.visible(officer, report),
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
}
