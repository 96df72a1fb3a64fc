package vn.congtactreem.plan.process;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.congtactreem.plan.PlanService;

/** "Giao nhiệm vụ cho đơn vị": sub-areas start their own cycles; the periods to run become a variable. */
@Component(PlanCycleProcess.Bean.ASSIGN_UNITS)
class AssignUnitsDelegate implements JavaDelegate {

    private final PlanService plans;

    AssignUnitsDelegate(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long planId = PlanCycleProcess.PLAN_ID.require(execution);
        PlanCycleProcess.PERIOD_IDS.set(execution, new ArrayList<>(plans.assignUnits(planId)));
    }
}
