package vn.congtactreem.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.org.Role;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.PlanSummary;
import vn.congtactreem.plan.ReportingPeriod;
import vn.congtactreem.reporting.ReportEvents;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReport;
import vn.congtactreem.reporting.UnitReportStatus;

/**
 * "5 đơn vị quá hạn báo cáo 6 tháng 2025": the officers and leaders of the plan's organisation hear of
 * a period's overdue reports once, listing every unit still owing its report, and naming the units
 * that have nobody in the system to tell (they get no notification of their own). Every report of a
 * period has the same last day, so the first escalation of the period sees them all; the others find
 * the summary written (same kind, period and discriminator) before building theirs, and write nothing.
 */
@Component
class OverdueSummary {

    private static final Set<UnitReportStatus> STILL_OWED = Set.of(UnitReportStatus.OPEN, UnitReportStatus.DRAFT,
            UnitReportStatus.RETURNED);
    /** One summary per period. */
    private static final String DISCRIMINATOR = "";

    private final Outbox outbox;
    private final Recipients recipients;
    private final PlanService plans;
    private final ReportingService reporting;

    OverdueSummary(Outbox outbox, Recipients recipients, PlanService plans, ReportingService reporting) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.plans = plans;
        this.reporting = reporting;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ReportEvents.ReportOverdue event) {
        if (outbox.alreadyWritten(NotificationKind.OVERDUE_SUMMARY, event.periodId(), DISCRIMINATOR)) {
            return;   // the period's first escalation wrote it: the others would rebuild it to write nothing
        }
        ReportingPeriod period = plans.period(event.periodId());
        List<UnitReport> owed = reporting.ofPeriod(period.id()).stream()
                .filter(report -> STILL_OWED.contains(report.status())).toList();
        if (owed.isEmpty()) {
            return;
        }
        List<Object> units = new ArrayList<>();
        for (UnitReport report : owed) {
            Role who = report.subArea() ? Role.OFFICER : Role.REPORTER;
            boolean nobody = recipients.of(List.of(new Audience(report.orgUnitId(), who)), null).isEmpty();
            units.add(nobody ? new Text("notification.overdueSummary.noUser", report.orgUnitName())
                    : new Text("notification.overdueSummary.unit", report.orgUnitName()));
        }
        PlanSummary plan = plans.summary(period.planId());
        Text periodText = NotificationEvents.periodText(period);
        outbox.record(new NotificationDraft(NotificationKind.OVERDUE_SUMMARY, period.id(), DISCRIMINATOR,
                Links.plan(plan.id()), new Text("notification.title.OVERDUE_SUMMARY", owed.size(), periodText),
                new Text("notification.body.OVERDUE_SUMMARY", owed.size(), periodText,
                        Deadlines.format(period.unitDue()), plan.title(), units),
                List.of(new Audience(event.planOrgId(), Role.OFFICER), new Audience(event.planOrgId(), Role.LEADER)))
                .about(periodText));
    }
}
