package vn.congtactreem.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.congtactreem.reporting.ReportingService;

/** "Báo quá hạn": once per report, even if it is returned and resubmitted later. */
@Component(UnitReportProcess.Bean.ESCALATE_OVERDUE)
class EscalateOverdueDelegate implements JavaDelegate {

    private final ReportingService reporting;

    EscalateOverdueDelegate(ReportingService reporting) {
        this.reporting = reporting;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reporting.escalate(UnitReportProcess.REPORT_ID.require(execution));
        UnitReportProcess.OVERDUE_NOTIFIED.set(execution, true);
    }
}
