package vn.congtactreem.reporting.process;

import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.congtactreem.reporting.ReportingService;

/**
 * {@code ${reportCalendar.dueAt(reportId)}}: when a unit report becomes late (the submit task's due date); {@code ${reportCalendar.reviewDueAt(reportId)}}: when the officer's review of the report just
 * submitted is due ({@code app.deadlines.review-days} later, never after the organisation's own last
 * day upward).
 */
@Component(UnitReportProcess.Bean.REPORT_CALENDAR)
public class ReportCalendar {

    private final ReportingService reporting;
    private final int reviewDays;

    public ReportCalendar(ReportingService reporting, @Value("${app.deadlines.review-days:3}") int reviewDays) {
        this.reporting = reporting;
        this.reviewDays = reviewDays;
    }

    public Date dueAt(Long reportId) {
        return reporting.dueAt(reportId);
    }

    public Date reviewDueAt(Long reportId) {
        return reporting.reviewDueAt(reportId, reviewDays);
    }
}
