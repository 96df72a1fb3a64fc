package vn.congtactreem.reporting;

import static vn.congtactreem.reporting.ConsolidatedReports.entry;
import static vn.congtactreem.reporting.ConsolidatedReports.requireStatus;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.ConflictException;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.base.TextRules;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.inbox.WorkItems;
import vn.congtactreem.indicator.IndicatorValues;
import vn.congtactreem.indicator.Reading;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.plan.CycleAction;
import vn.congtactreem.plan.CycleTimeline;
import vn.congtactreem.plan.PeriodStatus;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.ReportingPeriod;
import vn.congtactreem.reporting.internal.ConsolidatedReportEntity;
import vn.congtactreem.reporting.internal.ConsolidatedReportRepository;
import vn.congtactreem.reporting.process.ConsolidationProcess;

/**
 * The writing of a consolidated report: the system aggregates the unit reports (missing ones listed, not waited
 * for), the officer refreshes, writes and submits it with the organisation's own values for approval.
 */
@Component
@Transactional
class ConsolidationWriting {

    private static final ConsolidatedReportStatus[] WRITABLE = {ConsolidatedReportStatus.DRAFT,
            ConsolidatedReportStatus.RETURNED, ConsolidatedReportStatus.RETURNED_BY_UPPER};

    private final ConsolidatedReportRepository consolidated;
    private final ConsolidatedReports reports;
    private final ReportingService reporting;
    private final PlanService plans;
    private final WorkItems work;
    private final CycleTimeline timeline;
    private final CycleClock clock;
    private final ReportFigures figures;
    private final IndicatorValues values;
    private final EntityManager entityManager;

    ConsolidationWriting(ConsolidatedReportRepository consolidated, ConsolidatedReports reports,
                         ReportingService reporting, PlanService plans, WorkItems work, CycleTimeline timeline,
                         CycleClock clock, ReportFigures figures, IndicatorValues values,
                         EntityManager entityManager) {
        this.consolidated = consolidated;
        this.reports = reports;
        this.reporting = reporting;
        this.plans = plans;
        this.work = work;
        this.timeline = timeline;
        this.clock = clock;
        this.figures = figures;
        this.values = values;
        this.entityManager = entityManager;
    }

    /** See {@link ConsolidationService#aggregate}. */
    long aggregate(long periodId, long orgUnitId) {
        ConsolidatedReportEntity report = consolidated.findByPeriodIdAndOrgUnitId(periodId, orgUnitId)
                .orElseGet(() -> consolidated.save(new ConsolidatedReportEntity(periodId, orgUnitId)));
        List<UnitReport> unitReports = reporting.ofPeriod(periodId);
        List<String> missing = unitReports.stream().filter(r -> r.status() != UnitReportStatus.ACCEPTED)
                .map(UnitReport::orgUnitName).toList();
        List<UnitReport> accepted = unitReports.stream().filter(r -> r.status() == UnitReportStatus.ACCEPTED)
                .toList();
        report.aggregate(missing, facts(accepted), accepted.stream().map(UnitReport::id).toList(), clock.now());
        plans.markPeriod(periodId, PeriodStatus.CONSOLIDATING);
        ReportingPeriod period = plans.period(periodId);
        timeline.record(null, entry(report, period, CycleAction.CONSOLIDATION_AGGREGATED,
                missing.isEmpty() ? null : String.join(", ", missing)));
        return report.getId();
    }

    /** See {@link ConsolidationService#refresh}. */
    ConsolidatedReport refresh(UserAccount officer, long id) {
        ConsolidatedReportEntity report = reports.requireOwn(officer, id, Role.OFFICER);
        requireStatus(report, WRITABLE);
        List<Long> newer = figures.acceptedSinceSnapshot(id);
        List<UnitReport> added = reporting.ofPeriod(report.getPeriodId()).stream()
                .filter(r -> newer.contains(r.id())).toList();
        aggregate(report.getPeriodId(), report.getOrgUnitId());
        report.appendFacts(facts(added));
        return reports.toReport(report);
    }

    /** See {@link ConsolidationService#saveDraft(UserAccount, long, String, List, Long)}. */
    ConsolidatedReport saveDraft(UserAccount officer, long id, String summary, List<Reading> own,
                                 Long expectedVersion) {
        ConsolidatedReportEntity report = reports.requireOwn(officer, id, Role.OFFICER);
        requireStatus(report, WRITABLE);
        ConflictException.requireVersion("report", expectedVersion, report.getVersion());
        TextRules.check("summary", summary, TextRules.LONG);
        report.write(summary);
        writeOwnValues(officer, id, own);
        // the own values live in their own table: the report's row moves on with any save, so the next stale one is seen
        entityManager.flush();
        entityManager.lock(report, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        return reports.toReport(report);
    }

    ConsolidatedReport submitForApproval(UserAccount officer, long id, String summary, List<Reading> own,
                                         Long expectedVersion) {
        ConsolidatedReportEntity report = reports.requireOwn(officer, id, Role.OFFICER);
        requireStatus(report, WRITABLE);
        ConflictException.requireVersion("report", expectedVersion, report.getVersion());
        if (summary != null) {
            TextRules.check("summary", summary, TextRules.LONG);
        }
        // the figures first: saving them flushes (IndicatorValues), the report's changes then go in one update
        writeOwnValues(officer, id, own);
        if (summary != null) {
            report.write(summary);
        }
        if (report.getSummary() == null || report.getSummary().isBlank()) {
            throw new ValidationException("summary", "consolidation.error.summaryRequired");
        }
        IndicatorValues.check(figures.ownOf(id), values.ofConsolidatedReport(id), true);
        var task = reports.task(id, ConsolidationProcess.Element.WRITE_CONSOLIDATED_REPORT);
        report.submitForApproval();
        timeline.record(officer.username(), entry(report, plans.period(report.getPeriodId()),
                CycleAction.CONSOLIDATION_SUBMITTED_FOR_APPROVAL, null));
        work.complete(officer, task, Map.of());
        entityManager.flush();
        return reports.toReport(report);
    }

    private static String facts(List<UnitReport> accepted) {
        return accepted.stream().map(r -> "- " + r.orgUnitName() + ": " + r.results())
                .collect(Collectors.joining("\n"));
    }

    private void writeOwnValues(UserAccount officer, long id, List<Reading> own) {
        if (own != null) {
            values.saveForConsolidatedReport(id, figures.ownOf(id), own, officer.username(), clock.now());
        }
    }
}
