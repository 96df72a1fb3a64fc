package vn.congtactreem.plan.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.congtactreem.plan.PlanService;

/** "Ban hành kế hoạch": number, date, status. */
@Component(PlanCycleProcess.Bean.ISSUE_PLAN)
class IssuePlanDelegate implements JavaDelegate {

    private final PlanService plans;

    IssuePlanDelegate(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.issue(PlanCycleProcess.PLAN_ID.require(execution));
    }
}
