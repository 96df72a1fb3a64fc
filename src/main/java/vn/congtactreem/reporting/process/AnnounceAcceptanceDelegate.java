package vn.congtactreem.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.congtactreem.reporting.ReportingService;

/**
 * "Báo kỳ đủ báo cáo, báo địa bàn cấp dưới", in a job of its own: the sub-area hears that its consolidated report
 * was accepted, and the last accepted report ends the period's wait.
 */
@Component(UnitReportProcess.Bean.ANNOUNCE_ACCEPTANCE)
class AnnounceAcceptanceDelegate implements JavaDelegate {

    private final ReportingService reporting;

    AnnounceAcceptanceDelegate(ReportingService reporting) {
        this.reporting = reporting;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reporting.afterReview(UnitReportProcess.REPORT_ID.require(execution));
    }
}
