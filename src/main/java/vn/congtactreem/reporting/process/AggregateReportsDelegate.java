package vn.congtactreem.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.congtactreem.reporting.ConsolidationService;

/** "Tổng hợp số liệu các đơn vị". */
@Component(ConsolidationProcess.Bean.AGGREGATE_REPORTS)
class AggregateReportsDelegate implements JavaDelegate {

    private final ConsolidationService consolidation;

    AggregateReportsDelegate(ConsolidationService consolidation) {
        this.consolidation = consolidation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = consolidation.aggregate(ConsolidationProcess.PERIOD_ID.require(execution),
                ConsolidationProcess.ORG_UNIT_ID.require(execution));
        ConsolidationProcess.CONSOLIDATED_REPORT_ID.set(execution, id);
    }
}
