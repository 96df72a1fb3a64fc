package vn.congtactreem.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.congtactreem.reporting.ReportingService;

/** "Báo trả lại báo cáo": a sub-area's consolidation goes back to work. */
@Component(UnitReportProcess.Bean.NOTIFY_RETURN)
class NotifyReturnDelegate implements JavaDelegate {

    private final ReportingService reporting;

    NotifyReturnDelegate(ReportingService reporting) {
        this.reporting = reporting;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reporting.afterReview(UnitReportProcess.REPORT_ID.require(execution));
    }
}
