package vn.congtactreem.reporting.process;

import java.util.Date;
import org.springframework.stereotype.Component;
import vn.congtactreem.reporting.ReportingService;

/** {@code ${reportCalendar.dueAt(reportId)}}: when a unit report becomes late (task due date, escalation timer). */
@Component(UnitReportProcess.Bean.REPORT_CALENDAR)
public class ReportCalendar {

    private final ReportingService reporting;

    public ReportCalendar(ReportingService reporting) {
        this.reporting = reporting;
    }

    public Date dueAt(Long reportId) {
        return reporting.dueAt(reportId);
    }
}
