package vn.congtactreem.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.congtactreem.reporting.ReportingService;

/** "Nhắc hạn báo cáo". */
@Component(UnitReportProcess.Bean.SEND_REMINDER)
class SendReminderDelegate implements JavaDelegate {

    private final ReportingService reporting;

    SendReminderDelegate(ReportingService reporting) {
        this.reporting = reporting;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reporting.remind(UnitReportProcess.REPORT_ID.require(execution));
    }
}
