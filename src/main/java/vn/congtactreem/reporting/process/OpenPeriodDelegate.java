package vn.congtactreem.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.congtactreem.plan.process.PlanCycleProcess;
import vn.congtactreem.reporting.ReportingService;

/** "Mở kỳ báo cáo" in the plan cycle: one unit report and one unit-report process per assigned unit. */
@Component(PlanCycleProcess.Bean.OPEN_PERIOD)
class OpenPeriodDelegate implements JavaDelegate {

    private final ReportingService reporting;

    OpenPeriodDelegate(ReportingService reporting) {
        this.reporting = reporting;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reporting.openPeriod(PlanCycleProcess.PERIOD_ID.require(execution));
    }
}
