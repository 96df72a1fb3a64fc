package vn.congtactreem.plan.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.congtactreem.plan.PlanService;

/** "Kết thúc chu kỳ". */
@Component(PlanCycleProcess.Bean.CLOSE_CYCLE)
class CloseCycleDelegate implements JavaDelegate {

    private final PlanService plans;

    CloseCycleDelegate(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.closeCycle(PlanCycleProcess.PLAN_ID.require(execution));
    }
}
