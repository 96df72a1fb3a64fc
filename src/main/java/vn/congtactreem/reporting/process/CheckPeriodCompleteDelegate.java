package vn.congtactreem.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.congtactreem.reporting.ReportingService;

/**
 * "Kiểm tra kỳ đã đủ báo cáo", in the acceptance's transaction: reads only, and leaves its answer as a transient
 * variable, so an acceptance that leaves reports awaited ends without a job or a stored variable.
 */
@Component(UnitReportProcess.Bean.CHECK_PERIOD_COMPLETE)
class CheckPeriodCompleteDelegate implements JavaDelegate {

    private final ReportingService reporting;

    CheckPeriodCompleteDelegate(ReportingService reporting) {
        this.reporting = reporting;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UnitReportProcess.PERIOD_COMPLETE.setTransient(execution,
                reporting.periodCompleteAfter(UnitReportProcess.REPORT_ID.require(execution)));
    }
}
