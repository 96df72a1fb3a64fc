package vn.congtactreem.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.congtactreem.plan.process.PlanCycleProcess;
import vn.congtactreem.reporting.ReportingService;

/** "Báo các báo cáo quá hạn" in the plan cycle, at the period's cut-off (the end of the units' last day). */
@Component(PlanCycleProcess.Bean.ESCALATE_OVERDUE_REPORTS)
class EscalateOverdueReportsDelegate implements JavaDelegate {

    private final ReportingService reporting;

    EscalateOverdueReportsDelegate(ReportingService reporting) {
        this.reporting = reporting;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reporting.escalateOverdueReports(PlanCycleProcess.PERIOD_ID.require(execution));
    }
}
