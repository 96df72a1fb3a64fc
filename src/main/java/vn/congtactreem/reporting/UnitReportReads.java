package vn.congtactreem.reporting;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.EntitiesById;
import vn.congtactreem.base.NotFoundException;
import vn.congtactreem.base.NotVisibleException;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.plan.CycleAction;
import vn.congtactreem.plan.CycleTimeline;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.PlanSummary;
import vn.congtactreem.plan.ReportingPeriod;
import vn.congtactreem.reporting.internal.UnitReportEntity;
import vn.congtactreem.reporting.internal.UnitReportRepository;
import vn.congtactreem.security.AccessScope;

/**
 * Unit reports as people and the system read them, and the lookups the commands share (visibility, row lock). A
 * refusal marks no transaction for rollback: a caller that asks whether someone may read (the attachments asking
 * {@link ReportFiles#mayRead}) goes on and commits.
 */
@Component
@Transactional(readOnly = true, noRollbackFor = vn.congtactreem.base.NotAllowedException.class)
class UnitReportReads {

    static final String NOT_FOUND = "report.error.notFound";

    private final UnitReportRepository reports;
    private final EntitiesById rows;
    private final PlanService plans;
    private final OrgService orgs;
    private final AccessScope scope;

    UnitReportReads(UnitReportRepository reports, EntitiesById rows, PlanService plans, OrgService orgs,
                    AccessScope scope) {
        this.reports = reports;
        this.rows = rows;
        this.plans = plans;
        this.orgs = orgs;
        this.scope = scope;
    }

    UnitReport get(UserAccount user, long reportId) {
        UnitReportEntity report = require(reportId);
        ReportingPeriod period = plans.period(report.getPeriodId());
        if (!scope.canSee(user, report.getOrgUnitId())
                && !scope.canSee(user, plans.summary(period.planId()).orgUnitId())) {
            throw new NotVisibleException(NOT_FOUND, reportId);
        }
        return toReport(report, period.planId());
    }

    /** The reports of a period the user may see: all of them for the plan's organisation, else their own. */
    List<UnitReport> ofPeriod(UserAccount user, long periodId) {
        ReportingPeriod period = plans.period(periodId);
        PlanSummary plan = plans.summary(period.planId());
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

    List<UnitReport> ofPeriod(long periodId) {
        long planId = plans.period(periodId).planId();
        return reports.findByPeriodIdOrderByIdAsc(periodId).stream().map(r -> toReport(r, planId)).toList();
    }

    UnitReport load(long reportId) {
        UnitReportEntity report = require(reportId);
        return toReport(report, plans.period(report.getPeriodId()).planId());
    }

    Optional<UnitReport> reportOf(long periodId, long orgUnitId) {
        return reports.findByPeriodIdAndOrgUnitId(periodId, orgUnitId)
                .map(r -> toReport(r, plans.period(periodId).planId()));
    }

    /** Whether the user may know the report exists: their unit's, or of a plan of theirs (see {@link #get}). */
    boolean visible(UserAccount user, UnitReportEntity report) {
        return scope.canSee(user, report.getOrgUnitId())
                || scope.canSee(user, plans.summary(plans.period(report.getPeriodId()).planId()).orgUnitId());
    }

    /** The report for a command: its row stays locked until the caller's transaction ends (see the repository). */
    @Transactional(propagation = Propagation.MANDATORY)
    UnitReportEntity lock(long reportId) {
        return reports.lockById(reportId).orElseThrow(() -> new NotFoundException("report", NOT_FOUND, reportId));
    }

    /** The report by id: from the persistence context when the transaction has it (no repository proxies). */
    UnitReportEntity require(long reportId) {
        return rows.find(UnitReportEntity.class, reportId)
                .orElseThrow(() -> new NotFoundException("report", NOT_FOUND, reportId));
    }

    private UnitReport toReport(UnitReportEntity report, long planId) {
        return report.toReport(planId,
                report.nameAsMadeOr(orgs.shownName(report.getOrgUnitId())));
    }

    /** A timeline line about the report. */
    static CycleTimeline.Entry entry(UnitReportEntity report, ReportingPeriod period, CycleAction action,
                                     String comment) {
        return new CycleTimeline.Entry(period.planId(), period.id(), report.getId(), null, action, comment);
    }
}
