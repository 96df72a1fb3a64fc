package vn.congtactreem.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.congtactreem.reporting.ConsolidationService;

/** "Gửi báo cáo lên cấp trên". */
@Component(ConsolidationProcess.Bean.SUBMIT_UPWARD)
class SubmitUpwardDelegate implements JavaDelegate {

    private final ConsolidationService consolidation;

    SubmitUpwardDelegate(ConsolidationService consolidation) {
        this.consolidation = consolidation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean upperInSystem = consolidation.submitUpward(
                ConsolidationProcess.CONSOLIDATED_REPORT_ID.require(execution));
        ConsolidationProcess.UPPER_IN_SYSTEM.set(execution, upperInSystem);
    }
}
