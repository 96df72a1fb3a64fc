package vn.congtactreem.reporting.process;

import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.congtactreem.reporting.ReportingService;

/** "Tính ngày nhắc hạn": the next reminder of the period's list (7 and 1 days by default) still ahead. */
@Component(UnitReportProcess.Bean.SCHEDULE_REMINDER)
class ScheduleReminderDelegate implements JavaDelegate {

    private final ReportingService reporting;

    ScheduleReminderDelegate(ReportingService reporting) {
        this.reporting = reporting;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Optional<Date> next = reporting.nextReminder(UnitReportProcess.REPORT_ID.require(execution))
                .map(Date::from);
        UnitReportProcess.HAS_NEXT_REMINDER.set(execution, next.isPresent());
        UnitReportProcess.NEXT_REMINDER_AT.set(execution, next.orElse(null));
    }
}
