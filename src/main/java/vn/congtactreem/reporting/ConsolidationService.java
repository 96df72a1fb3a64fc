package vn.congtactreem.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.plan.CycleAction;
import vn.congtactreem.document.OfficialDocument;
import vn.congtactreem.base.NotVisibleException;
import vn.congtactreem.base.NotFoundException;
import vn.congtactreem.base.TextRules;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.indicator.IndicatorValues;
import vn.congtactreem.indicator.Reading;
import vn.congtactreem.inbox.WorkItems;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.document.DocxFile;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.plan.CycleTimeline;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.DocumentNumbers;
import vn.congtactreem.plan.PeriodStatus;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.ReportingPeriod;
import vn.congtactreem.reporting.internal.ConsolidatedReportEntity;
import vn.congtactreem.reporting.internal.ConsolidatedReportRepository;
import vn.congtactreem.reporting.process.ConsolidationProcess;
import vn.congtactreem.security.AccessScope;

/**
 * An organisation's consolidated report for a period: aggregated by the system from the unit
 * reports (missing ones listed, not waited for), written by the officer, approved by the leader and
 * submitted upward. For an upper level in the system it arrives as this organisation's unit report.
 */
@Service
@Transactional
public class ConsolidationService {

    private final ConsolidatedReportRepository consolidated;
    private final ReportingService reporting;
    private final PlanService plans;
    private final OrgService orgs;
    private final AccessScope scope;
    private final WorkItems work;
    private final CycleTimeline timeline;
    private final CycleClock clock;
    private final ApplicationEventPublisher events;
    private final ReportFigures figures;
    private final IndicatorValues values;
    private final DocumentNumbers numbers;

    public ConsolidationService(ConsolidatedReportRepository consolidated, ReportingService reporting,
                                PlanService plans, OrgService orgs, AccessScope scope, WorkItems work,
                                CycleTimeline timeline, CycleClock clock, ApplicationEventPublisher events,
                                ReportFigures figures, IndicatorValues values, DocumentNumbers numbers) {
        this.figures = figures;
        this.values = values;
        this.numbers = numbers;
        this.consolidated = consolidated;
        this.reporting = reporting;
        this.plans = plans;
        this.orgs = orgs;
        this.scope = scope;
        this.work = work;
        this.timeline = timeline;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public ConsolidatedReport get(UserAccount user, long id) {
        ConsolidatedReportEntity report = require(id);
        if (!scope.canSee(user, report.getOrgUnitId())) {
            throw new NotVisibleException("report.error.notFound", id);
        }
        return toReport(report);
    }

    @Transactional(readOnly = true)
    public ConsolidatedReport load(long id) {
        return toReport(require(id));
    }

    /**
     * The report as the document its leader signs, for a user who may read it: numbered and dated once
     * approved, blanks before. The targets' figures (section II) come with the indicators.
     */
    @Transactional(readOnly = true)
    public OfficialDocument document(UserAccount user, long id) {
        ConsolidatedReport report = get(user, id);
        ReportingPeriod period = plans.period(report.periodId());
        Plan plan = plans.load(period.planId());
        String parent = orgs.find(report.orgUnitId()).map(OrgUnit::parentId).flatMap(orgs::find)
                .map(OrgUnit::name).orElse(null);
        return ConsolidatedReportDocumentBuilder.of(report, period, plan, parent,
                FiguresTable.of(figures.ofConsolidatedReport(id)));
    }

    /** {@link #document} as a DOCX file, "BC-5-2024-An-Dương.docx". */
    @Transactional(readOnly = true)
    public DocxFile documentFile(UserAccount user, long id) {
        ConsolidatedReport report = get(user, id);
        int year = report.issuedOn() == null ? plans.period(report.periodId()).year() : report.issuedOn().getYear();
        return DocxFile.of(document(user, id), ConsolidatedReportDocumentBuilder.REPORT_SYMBOL, report.docNumber(),
                year, report.orgUnitName());
    }

    @Transactional(readOnly = true)
    public Optional<ConsolidatedReport> ofPeriod(long periodId, long orgUnitId) {
        return consolidated.findByPeriodIdAndOrgUnitId(periodId, orgUnitId).map(this::toReport);
    }

    /**
     * The system's part: lists the units whose report is not accepted and, the first time, drafts
     * the summary from the accepted reports; figures, list and draft come from that one set of
     * reports, kept as the report's snapshot. Runs again after every return, so late reports count.
     */
    public long aggregate(long periodId, long orgUnitId) {
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

    /**
     * "N báo cáo mới được chấp nhận — cập nhật số liệu?": takes the reports accepted since the
     * snapshot into the figures and off the missing list, their facts added below the officer's text.
     */
    public ConsolidatedReport refresh(UserAccount officer, long id) {
        ConsolidatedReportEntity report = requireOwn(officer, id, Role.OFFICER);
        requireStatus(report, ConsolidatedReportStatus.DRAFT, ConsolidatedReportStatus.RETURNED,
                ConsolidatedReportStatus.RETURNED_BY_UPPER);
        List<Long> newer = figures.acceptedSinceSnapshot(id);
        List<UnitReport> added = reporting.ofPeriod(report.getPeriodId()).stream()
                .filter(r -> newer.contains(r.id())).toList();
        aggregate(report.getPeriodId(), report.getOrgUnitId());
        report.appendFacts(facts(added));
        return toReport(report);
    }

    private static String facts(List<UnitReport> accepted) {
        return accepted.stream().map(r -> "- " + r.orgUnitName() + ": " + r.results())
                .collect(Collectors.joining("\n"));
    }

    public ConsolidatedReport saveDraft(UserAccount officer, long id, String summary) {
        return saveDraft(officer, id, summary, null);
    }

    /**
     * Saves the officer's text and the organisation's own values (for targets no unit answers for;
     * null keeps them as saved), as typed.
     */
    public ConsolidatedReport saveDraft(UserAccount officer, long id, String summary, List<Reading> own) {
        ConsolidatedReportEntity report = requireOwn(officer, id, Role.OFFICER);
        requireStatus(report, ConsolidatedReportStatus.DRAFT, ConsolidatedReportStatus.RETURNED,
                ConsolidatedReportStatus.RETURNED_BY_UPPER);
        TextRules.check("summary", summary, TextRules.LONG);
        report.write(summary);
        writeOwnValues(officer, id, own);
        return toReport(report);
    }

    public ConsolidatedReport submitForApproval(UserAccount officer, long id, String summary) {
        return submitForApproval(officer, id, summary, null);
    }

    public ConsolidatedReport submitForApproval(UserAccount officer, long id, String summary, List<Reading> own) {
        ConsolidatedReportEntity report = requireOwn(officer, id, Role.OFFICER);
        requireStatus(report, ConsolidatedReportStatus.DRAFT, ConsolidatedReportStatus.RETURNED,
                ConsolidatedReportStatus.RETURNED_BY_UPPER);
        if (summary != null) {
            TextRules.check("summary", summary, TextRules.LONG);
            report.write(summary);
        }
        writeOwnValues(officer, id, own);
        if (report.getSummary() == null || report.getSummary().isBlank()) {
            throw new ValidationException("summary", "consolidation.error.summaryRequired");
        }
        IndicatorValues.check(figures.ownOf(id), values.ofConsolidatedReport(id), true);
        var task = task(id, ConsolidationProcess.Element.WRITE_CONSOLIDATED_REPORT);
        report.submitForApproval();
        timeline.record(officer.username(), entry(report, plans.period(report.getPeriodId()),
                CycleAction.CONSOLIDATION_SUBMITTED_FOR_APPROVAL, null));
        work.complete(officer, task, Map.of());
        return toReport(report);
    }

    public ConsolidatedReport approve(UserAccount leader, long id) {
        return approve(leader, id, false);
    }

    /**
     * Approves; a report whose snapshot misses reports accepted since only with {@code staleSeen}
     * (the leader saw the warning and approves the figures as they are).
     */
    public ConsolidatedReport approve(UserAccount leader, long id, boolean staleSeen) {
        ConsolidatedReportEntity report = requireOwn(leader, id, Role.LEADER);
        requireStatus(report, ConsolidatedReportStatus.IN_REVIEW);
        int newer = figures.acceptedSinceSnapshot(id).size();
        if (newer > 0 && !staleSeen) {
            throw new ValidationException("staleSeen", "consolidation.error.stale", newer);
        }
        var task = task(id, ConsolidationProcess.Element.APPROVE_CONSOLIDATED_REPORT);
        report.approve(leader.username(), clock.now());
        if (!report.isNumbered()) {
            LocalDate today = clock.today();
            report.number(numbers.next(report.getOrgUnitId(), today.getYear(),
                    ConsolidatedReportDocumentBuilder.REPORT_SYMBOL), ConsolidatedReportDocumentBuilder.REPORT_SYMBOL,
                    today);
        }
        timeline.record(leader.username(), entry(report, plans.period(report.getPeriodId()),
                CycleAction.CONSOLIDATION_APPROVED, null));
        work.complete(leader, task, ConsolidationProcess.APPROVED.of(true));
        return toReport(report);
    }

    public ConsolidatedReport returnForChanges(UserAccount leader, long id, String comment) {
        ConsolidatedReportEntity report = requireOwn(leader, id, Role.LEADER);
        requireStatus(report, ConsolidatedReportStatus.IN_REVIEW);
        TextRules.check("comment", comment, TextRules.MEDIUM);
        if (comment == null || comment.isBlank()) {
            throw new ValidationException("comment", "report.error.commentRequired");
        }
        var task = task(id, ConsolidationProcess.Element.APPROVE_CONSOLIDATED_REPORT);
        report.returnWith(comment.strip(), ConsolidatedReportStatus.RETURNED);
        timeline.record(leader.username(), entry(report, plans.period(report.getPeriodId()),
                CycleAction.CONSOLIDATION_RETURNED, comment.strip()));
        work.complete(leader, task, ConsolidationProcess.APPROVED.of(false));
        return toReport(report);
    }

    /**
     * Submits the approved report upward; late after the organisation's own last day. Answers whether
     * the upper level reviews it in the system (then its decision comes back to this process).
     */
    public boolean submitUpward(long id) {
        ConsolidatedReportEntity report = require(id);
        ReportingPeriod period = plans.period(report.getPeriodId());
        Instant now = clock.now();
        boolean late = period.upperDue() != null && Deadlines.isLate(now, period.upperDue());
        Long upperReportId = period.upperPeriodId() == null ? null
                : reporting.reportOf(period.upperPeriodId(), report.getOrgUnitId()).map(UnitReport::id).orElse(null);
        report.submitUpward(report.getApprovedBy(), now, late, upperReportId);
        plans.markPeriod(period.id(), PeriodStatus.SUBMITTED);
        timeline.record(report.getApprovedBy(), entry(report, period,
                CycleAction.consolidationSubmitted(late), null));
        if (upperReportId != null) {
            reporting.receiveFromSubArea(upperReportId, id, report.getApprovedBy());
        }
        events.publishEvent(new ReportEvents.ConsolidatedReportSubmitted(id, report.getOrgUnitId(), upperReportId));
        return upperReportId != null;
    }

    /** The upper level's decision on this report, as it arrived (accepted, or returned with its comment). */
    @EventListener
    public void recordUpperDecision(ReportEvents.SubAreaReportReviewed decision) {
        ConsolidatedReportEntity report = require(decision.consolidatedReportId());
        if (decision.accepted()) {
            report.acceptedByUpper();
        } else {
            report.returnWith(decision.comment(), ConsolidatedReportStatus.RETURNED_BY_UPPER);
        }
        timeline.record(null, entry(report, plans.period(report.getPeriodId()),
                decision.accepted() ? CycleAction.CONSOLIDATION_ACCEPTED_BY_UPPER : CycleAction.CONSOLIDATION_RETURNED_BY_UPPER,
                decision.comment()));
    }

    private void writeOwnValues(UserAccount officer, long id, List<Reading> own) {
        if (own != null) {
            values.saveForConsolidatedReport(id, figures.ownOf(id), own, officer.username(), clock.now());
        }
    }

    private Task task(long id, String taskKey) {
        return work.requireWithVariable(ConsolidationProcess.KEY, ConsolidationProcess.CONSOLIDATED_REPORT_ID,
                id, taskKey);
    }

    /** The report for a person's command, its row locked until the transaction ends. */
    private ConsolidatedReportEntity requireOwn(UserAccount user, long id, Role role) {
        ConsolidatedReportEntity report = consolidated.lockById(id)
                .orElseThrow(() -> new NotFoundException("report", "report.error.notFound", id));
        scope.requireActsFor(user, report.getOrgUnitId(), role, "report.error.notFound", id);
        return report;
    }

    private static void requireStatus(ConsolidatedReportEntity report, ConsolidatedReportStatus... allowed) {
        if (!List.of(allowed).contains(report.getStatus())) {
            throw new ValidationException("status", "consolidation.error.wrongStatus", report.getStatus().name());
        }
    }

    private ConsolidatedReportEntity require(long id) {
        return consolidated.findById(id)
                .orElseThrow(() -> new NotFoundException("report", "report.error.notFound", id));
    }

    private ConsolidatedReport toReport(ConsolidatedReportEntity report) {
        return report.toReport(orgs.find(report.getOrgUnitId()).map(o -> o.name()).orElse(""));
    }

    private static CycleTimeline.Entry entry(ConsolidatedReportEntity report, ReportingPeriod period, CycleAction action,
                                             String comment) {
        return new CycleTimeline.Entry(period.planId(), period.id(), null, report.getId(), action, comment);
    }
}
