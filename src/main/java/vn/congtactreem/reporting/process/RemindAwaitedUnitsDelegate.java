package vn.congtactreem.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.congtactreem.plan.process.PlanCycleProcess;
import vn.congtactreem.reporting.ReportingService;

/** "Nhắc các đơn vị chưa nộp báo cáo" in the plan cycle: one job per period and reminder date, every awaited unit. */
@Component(PlanCycleProcess.Bean.REMIND_AWAITED_UNITS)
class RemindAwaitedUnitsDelegate implements JavaDelegate {

    private final ReportingService reporting;

    RemindAwaitedUnitsDelegate(ReportingService reporting) {
        this.reporting = reporting;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reporting.remindAwaitedUnits(PlanCycleProcess.PERIOD_ID.require(execution));
    }
}
