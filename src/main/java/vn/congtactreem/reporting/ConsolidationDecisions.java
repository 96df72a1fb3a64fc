package vn.congtactreem.reporting;

import static vn.congtactreem.reporting.ConsolidatedReports.entry;
import static vn.congtactreem.reporting.ConsolidatedReports.requireStatus;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.base.TextRules;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.inbox.WorkItems;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.plan.CycleAction;
import vn.congtactreem.plan.CycleTimeline;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.DocumentNumbers;
import vn.congtactreem.plan.PeriodStatus;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.ReportingPeriod;
import vn.congtactreem.reporting.internal.ConsolidatedReportEntity;
import vn.congtactreem.reporting.process.ConsolidationProcess;

/**
 * What happens to a consolidated report once written: the leader approves it (numbered and dated) or returns it,
 * the system submits it upward, and the upper level's decision comes back.
 */
@Component
@Transactional
class ConsolidationDecisions {

    private final ConsolidatedReports reports;
    private final ReportingService reporting;
    private final PlanService plans;
    private final WorkItems work;
    private final CycleTimeline timeline;
    private final CycleClock clock;
    private final ApplicationEventPublisher events;
    private final ReportFigures figures;
    private final DocumentNumbers numbers;

    ConsolidationDecisions(ConsolidatedReports reports, ReportingService reporting, PlanService plans,
                           WorkItems work, CycleTimeline timeline, CycleClock clock,
                           ApplicationEventPublisher events, ReportFigures figures, DocumentNumbers numbers) {
        this.reports = reports;
        this.reporting = reporting;
        this.plans = plans;
        this.work = work;
        this.timeline = timeline;
        this.clock = clock;
        this.events = events;
        this.figures = figures;
        this.numbers = numbers;
    }

    /** See {@link ConsolidationService#approve(UserAccount, long, boolean)}. */
    ConsolidatedReport approve(UserAccount leader, long id, boolean staleSeen) {
        ConsolidatedReportEntity report = reports.requireOwn(leader, id, Role.LEADER);
        requireStatus(report, ConsolidatedReportStatus.IN_REVIEW);
        int newer = figures.acceptedSinceSnapshot(id).size();
        if (newer > 0 && !staleSeen) {
            throw new ValidationException("staleSeen", "consolidation.error.stale", newer);
        }
        var task = reports.task(id, ConsolidationProcess.Element.APPROVE_CONSOLIDATED_REPORT);
        report.approve(leader.username(), clock.now());
        if (!report.isNumbered()) {
            LocalDate today = clock.today();
            report.number(numbers.next(report.getOrgUnitId(), today.getYear(),
                    ConsolidatedReportDocumentBuilder.REPORT_SYMBOL), ConsolidatedReportDocumentBuilder.REPORT_SYMBOL,
                    today);
        }
        timeline.record(leader, report.getOrgUnitId(), Role.LEADER, entry(report, plans.period(report.getPeriodId()),
                CycleAction.CONSOLIDATION_APPROVED, null));
        work.complete(leader, task, ConsolidationProcess.APPROVED.of(true));
        return reports.toReport(report);
    }

    ConsolidatedReport returnForChanges(UserAccount leader, long id, String comment) {
        ConsolidatedReportEntity report = reports.requireOwn(leader, id, Role.LEADER);
        requireStatus(report, ConsolidatedReportStatus.IN_REVIEW);
        TextRules.check("comment", comment, TextRules.MEDIUM);
        if (comment == null || comment.isBlank()) {
            throw new ValidationException("comment", "report.error.commentRequired");
        }
        var task = reports.task(id, ConsolidationProcess.Element.APPROVE_CONSOLIDATED_REPORT);
        report.returnWith(comment.strip(), ConsolidatedReportStatus.RETURNED);
        timeline.record(leader, report.getOrgUnitId(), Role.LEADER, entry(report, plans.period(report.getPeriodId()),
                CycleAction.CONSOLIDATION_RETURNED, comment.strip()));
        work.complete(leader, task, ConsolidationProcess.APPROVED.of(false));
        return reports.toReport(report);
    }

    /** See {@link ConsolidationService#submitUpward}. */
    boolean submitUpward(long id) {
        ConsolidatedReportEntity report = reports.require(id);
        ReportingPeriod period = plans.period(report.getPeriodId());
        Instant now = clock.now();
        boolean late = period.upperDue() != null && Deadlines.isLate(now, period.upperDue());
        Long upperReportId = period.upperPeriodId() == null ? null
                : reporting.reportOf(period.upperPeriodId(), report.getOrgUnitId()).map(UnitReport::id).orElse(null);
        report.submitUpward(report.getApprovedBy(), now, late, upperReportId);
        plans.markPeriod(period.id(), PeriodStatus.SUBMITTED);
        timeline.record(report.getApprovedBy(), entry(report, period, CycleAction.consolidationSubmitted(late), null));
        if (upperReportId != null) {
            reporting.receiveFromSubArea(upperReportId, id, report.getApprovedBy());
        }
        events.publishEvent(new ReportEvents.ConsolidatedReportSubmitted(id, report.getOrgUnitId(), upperReportId));
        return upperReportId != null;
    }

    void recordUpperDecision(ReportEvents.SubAreaReportReviewed decision) {
        ConsolidatedReportEntity report = reports.require(decision.consolidatedReportId());
        if (decision.accepted()) {
            report.acceptedByUpper();
        } else {
            report.returnWith(decision.comment(), ConsolidatedReportStatus.RETURNED_BY_UPPER);
        }
        timeline.record(null, entry(report, plans.period(report.getPeriodId()),
                decision.accepted() ? CycleAction.CONSOLIDATION_ACCEPTED_BY_UPPER
                        : CycleAction.CONSOLIDATION_RETURNED_BY_UPPER, decision.comment()));
    }
}
