package vn.congtactreem.notification;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.plan.CycleAction;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.Role;
import vn.congtactreem.plan.Assignment;
import vn.congtactreem.plan.CycleTimeline;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.PlanIssued;
import vn.congtactreem.plan.PlanReturned;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.PlanSummary;
import vn.congtactreem.plan.ReportingPeriod;
import vn.congtactreem.reporting.ConsolidatedReport;
import vn.congtactreem.reporting.ConsolidationService;
import vn.congtactreem.reporting.ReportEvents;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReport;

/**
 * The cycle's events as notifications, recorded by plain {@code @EventListener}s: Spring calls them
 * synchronously inside {@code publishEvent}, i.e. inside the publishing service's transaction (a
 * request's, or the process engine's job), so the rows commit or roll back with what they announce
 * ({@link Outbox#record} requires that transaction). Each gets a discriminator that is the same
 * however often the same event is delivered, and different for a new occurrence (a second return).
 */
@Component
class NotificationEvents {

    private static final Set<CycleAction> SUBMITTED_UPWARD = Set.of(CycleAction.CONSOLIDATION_SUBMITTED,
            CycleAction.CONSOLIDATION_SUBMITTED_LATE);

    private final Outbox outbox;
    private final PlanService plans;
    private final ReportingService reporting;
    private final ConsolidationService consolidation;
    private final OrgService orgs;
    private final CycleTimeline timeline;
    private final CycleClock clock;

    NotificationEvents(Outbox outbox, PlanService plans, ReportingService reporting,
                       ConsolidationService consolidation, OrgService orgs, CycleTimeline timeline, CycleClock clock) {
        this.outbox = outbox;
        this.plans = plans;
        this.reporting = reporting;
        this.consolidation = consolidation;
        this.orgs = orgs;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * To each awaited unit's reporters; one per reminder (its days before the last day). A period's reminders are
     * written together ({@link Outbox#recordEach}): the country's storm of reminders is one event per period.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ReportEvents.RemindersDue event) {
        ReportingPeriod period = plans.period(event.periodId());
        long daysLeft = ChronoUnit.DAYS.between(clock.today(), period.unitDue());
        String lastDay = Deadlines.format(period.unitDue());
        String planTitle = planTitle(period);
        outbox.recordEach(event.reports().stream().map(report -> new NotificationDraft(NotificationKind.REMINDER_DUE,
                report.reportId(), "d" + daysLeft, Links.report(report.reportId()),
                new Text("notification.title.REMINDER_DUE", periodText(period), report.unitName(), lastDay, planTitle,
                        daysLeft),
                new Text("notification.body.REMINDER_DUE", periodText(period), report.unitName(), lastDay, planTitle),
                List.of(new Audience(report.unitOrgId(), Role.REPORTER))).about(periodText(period))).toList());
    }

    /**
     * To the unit's reporters (none written when it has none); the officers and leaders get one
     * summary per period instead ({@link OverdueSummary}).
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ReportEvents.ReportOverdue event) {
        UnitReport report = reporting.load(event.reportId());
        ReportingPeriod period = plans.period(event.periodId());
        outbox.record(new NotificationDraft(NotificationKind.REPORT_OVERDUE, report.id(), "",
                Links.report(report.id()), reportText("notification.title.REPORT_OVERDUE", report, period),
                reportText("notification.body.REPORT_OVERDUE", report, period),
                List.of(new Audience(event.unitOrgId(), Role.REPORTER))).about(periodText(period)));
    }

    /** To the unit's reporters, with the officer's comment; one per return. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ReportEvents.ReportReturned event) {
        UnitReport report = reporting.load(event.reportId());
        ReportingPeriod period = plans.period(report.periodId());
        String when = report.reviewedAt() == null ? "" : String.valueOf(report.reviewedAt().toEpochMilli());
        outbox.record(new NotificationDraft(NotificationKind.REPORT_RETURNED, report.id(), when,
                Links.report(report.id()),
                new Text("notification.title.REPORT_RETURNED", periodText(period), report.orgUnitName()),
                new Text("notification.body.REPORT_RETURNED", periodText(period), report.orgUnitName(),
                        event.comment(), planTitle(period)),
                List.of(new Audience(event.unitOrgId(), Role.REPORTER))).about(periodText(period)));
    }

    /** To the plan organisation's officers, with the leader's comment; one per return. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(PlanReturned event) {
        PlanSummary plan = plans.summary(event.planId());
        long returns = timeline.of(plan.id()).stream().filter(e -> e.action() == CycleAction.PLAN_RETURNED).count();
        outbox.record(new NotificationDraft(NotificationKind.PLAN_RETURNED, plan.id(), "r" + returns,
                Links.planDraft(plan.id()), new Text("notification.title.PLAN_RETURNED", plan.title()),
                new Text("notification.body.PLAN_RETURNED", plan.title(), plan.orgUnitName(), event.comment()),
                List.of(new Audience(event.orgUnitId(), Role.OFFICER)))
                .about(new Text("notification.topic.plan", plan.title(), plan.orgUnitName())));
    }

    /** To the reporters and officers of every unit the plan assigns. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(PlanIssued event) {
        Plan plan = plans.load(event.planId());
        List<Audience> audiences = new ArrayList<>();
        for (Assignment assignment : plan.assignments()) {
            audiences.add(new Audience(assignment.orgUnitId(), Role.REPORTER));
            audiences.add(new Audience(assignment.orgUnitId(), Role.OFFICER));
        }
        String number = plan.documentNumber() == null ? "" : plan.documentNumber();
        outbox.record(new NotificationDraft(NotificationKind.PLAN_ISSUED, plan.id(), "", Links.plan(plan.id()),
                new Text("notification.title.PLAN_ISSUED", number, plan.title()),
                new Text("notification.body.PLAN_ISSUED", number, plan.title(), plan.orgUnitName()), audiences)
                .about(new Text("notification.topic.plan", plan.title(), plan.orgUnitName())));
    }

    /**
     * To the upper organisation's officers: the plan organisation of the unit report it fulfils when
     * the upper level runs in the system, else the organisation above; one per submission.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ReportEvents.ConsolidatedReportSubmitted event) {
        ConsolidatedReport report = consolidation.load(event.consolidatedReportId());
        ReportingPeriod period = plans.period(report.periodId());
        // boxed on both sides: a top-level organisation (a province) has no parent, and a primitive on one side
        // would unbox that null and fail the job that submits its report
        Long upperOrg = event.upperReportId() != null
                ? Long.valueOf(plans.summary(reporting.load(event.upperReportId()).planId()).orgUnitId())
                : orgs.find(event.orgUnitId()).map(OrgUnit::parentId).orElse(null);
        if (upperOrg == null) {
            return;
        }
        String link = event.upperReportId() != null ? Links.report(event.upperReportId())
                : Links.consolidatedReport(report.id());
        outbox.record(new NotificationDraft(NotificationKind.CONSOLIDATED_REPORT_SUBMITTED, report.id(),
                "s" + submissions(period.planId(), report.id()), link,
                new Text("notification.title.CONSOLIDATED_REPORT_SUBMITTED", periodText(period), report.orgUnitName()),
                new Text("notification.body.CONSOLIDATED_REPORT_SUBMITTED", periodText(period), report.orgUnitName(),
                        planTitle(period)),
                List.of(new Audience(upperOrg, Role.OFFICER))).about(periodText(period)));
    }

    /** To the sub-area's officers: the upper level accepted or returned its consolidated report. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ReportEvents.SubAreaReportReviewed event) {
        ConsolidatedReport report = consolidation.load(event.consolidatedReportId());
        ReportingPeriod period = plans.period(report.periodId());
        String outcome = event.accepted() ? "accepted" : "returned";
        outbox.record(new NotificationDraft(NotificationKind.SUB_AREA_REPORT_REVIEWED, report.id(),
                outcome + submissions(period.planId(), report.id()), Links.consolidatedReport(report.id()),
                new Text("notification.title.SUB_AREA_REPORT_REVIEWED." + outcome, periodText(period),
                        report.orgUnitName()),
                new Text("notification.body.SUB_AREA_REPORT_REVIEWED." + outcome, periodText(period),
                        report.orgUnitName(), event.comment(), planTitle(period)),
                List.of(new Audience(report.orgUnitId(), Role.OFFICER))).about(periodText(period)));
    }

    /** How often the consolidated report was sent upward (each submission gets one answer). */
    private long submissions(long planId, long consolidatedReportId) {
        return timeline.of(planId).stream().filter(e -> SUBMITTED_UPWARD.contains(e.action()))
                .filter(e -> e.consolidatedReportId() != null && e.consolidatedReportId() == consolidatedReportId)
                .count();
    }

    private Text reportText(String key, UnitReport report, ReportingPeriod period) {
        return new Text(key, periodText(period), report.orgUnitName(), Deadlines.format(period.unitDue()),
                planTitle(period));
    }

    private String planTitle(ReportingPeriod period) {
        return plans.summary(period.planId()).title();
    }

    static Text periodText(ReportingPeriod period) {
        return new Text("period.kind." + period.kind().name(), period.year());
    }
}
