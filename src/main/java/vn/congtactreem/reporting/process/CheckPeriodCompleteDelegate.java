package vn.congtactreem.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.congtactreem.reporting.ReportingService;

/** "Kiểm tra đã đủ báo cáo": the last accepted report ends the period's wait. */
@Component(UnitReportProcess.Bean.CHECK_PERIOD_COMPLETE)
class CheckPeriodCompleteDelegate implements JavaDelegate {

    private final ReportingService reporting;

    CheckPeriodCompleteDelegate(ReportingService reporting) {
        this.reporting = reporting;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reporting.afterReview(UnitReportProcess.REPORT_ID.require(execution));
    }
}
