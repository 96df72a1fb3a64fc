package vn.congtactreem.reporting;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.NotFoundException;
import vn.congtactreem.base.NotVisibleException;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.inbox.OpenTask;
import vn.congtactreem.inbox.WorkItems;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.plan.CycleAction;
import vn.congtactreem.plan.CycleTimeline;
import vn.congtactreem.plan.ReportingPeriod;
import vn.congtactreem.reporting.internal.ConsolidatedReportEntity;
import vn.congtactreem.reporting.internal.ConsolidatedReportRepository;
import vn.congtactreem.reporting.process.ConsolidationProcess;
import vn.congtactreem.security.AccessScope;

/** Consolidated reports as people and the system read them, and the lookups the commands share. */
@Component
@Transactional(readOnly = true)
class ConsolidatedReports {

    private final ConsolidatedReportRepository consolidated;
    private final OrgService orgs;
    private final AccessScope scope;
    private final WorkItems work;

    ConsolidatedReports(ConsolidatedReportRepository consolidated, OrgService orgs, AccessScope scope,
                        WorkItems work) {
        this.consolidated = consolidated;
        this.orgs = orgs;
        this.scope = scope;
        this.work = work;
    }

    ConsolidatedReport get(UserAccount user, long id) {
        ConsolidatedReportEntity report = require(id);
        if (!scope.canSee(user, report.getOrgUnitId())) {
            throw new NotVisibleException("report.error.notFound", id);
        }
        return toReport(report);
    }

    ConsolidatedReport load(long id) {
        return toReport(require(id));
    }

    Optional<ConsolidatedReport> ofPeriod(long periodId, long orgUnitId) {
        return consolidated.findByPeriodIdAndOrgUnitId(periodId, orgUnitId).map(this::toReport);
    }

    /** The report for a person's command, its row locked until the caller's transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    ConsolidatedReportEntity requireOwn(UserAccount user, long id, Role role) {
        ConsolidatedReportEntity report = consolidated.lockById(id)
                .orElseThrow(() -> new NotFoundException("report", "report.error.notFound", id));
        scope.requireActsFor(user, report.getOrgUnitId(), role, "report.error.notFound", id);
        return report;
    }

    ConsolidatedReportEntity require(long id) {
        return consolidated.findById(id)
                .orElseThrow(() -> new NotFoundException("report", "report.error.notFound", id));
    }

    /** The report's open task of this kind in its consolidation process. */
    OpenTask task(long id, String taskKey) {
        return work.requireWithVariable(ConsolidationProcess.KEY, ConsolidationProcess.CONSOLIDATED_REPORT_ID,
                id, taskKey);
    }

    ConsolidatedReport toReport(ConsolidatedReportEntity report) {
        return report.toReport(report.nameAsMadeOr(orgs.find(report.getOrgUnitId()).map(o -> o.name()).orElse("")));
    }

    static void requireStatus(ConsolidatedReportEntity report, ConsolidatedReportStatus... allowed) {
        if (!List.of(allowed).contains(report.getStatus())) {
            throw new ValidationException("status", "consolidation.error.wrongStatus", report.getStatus().name());
        }
    }

    /** A timeline line about the report. */
    static CycleTimeline.Entry entry(ConsolidatedReportEntity report, ReportingPeriod period, CycleAction action,
                                     String comment) {
        return new CycleTimeline.Entry(period.planId(), period.id(), null, report.getId(), action, comment);
    }
}
