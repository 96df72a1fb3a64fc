package vn.congtactreem.reporting.process;

import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.ReportingService;

/**
 * {@code ${reportCalendar.dueAt(reportId)}}: when a unit report becomes late (the submit task's due date); {@code ${reportCalendar.reviewDueAt(reportId)}}: when the officer's review of the report just
 * submitted is due ({@code app.deadlines.review-days} later, never after the organisation's own last
 * day upward).
 */
@Component(UnitReportProcess.Bean.REPORT_CALENDAR)
public class ReportCalendar {

    private final ReportingService reporting;
    private final PlanService plans;
    private final CycleClock clock;
    private final int reviewDays;

    public ReportCalendar(ReportingService reporting, PlanService plans, CycleClock clock,
                          @Value("${app.deadlines.review-days:3}") int reviewDays) {
        this.reporting = reporting;
        this.plans = plans;
        this.clock = clock;
        this.reviewDays = reviewDays;
    }

    public Date dueAt(Long reportId) {
        return reporting.dueAt(reportId);
    }

    public Date reviewDueAt(Long reportId) {
        var report = reporting.load(reportId);
        var arrived = report.submittedAt() == null ? clock.now() : report.submittedAt();
        return Date.from(Deadlines.reviewDue(arrived, reviewDays, plans.period(report.periodId()).upperDue()));
    }
}
