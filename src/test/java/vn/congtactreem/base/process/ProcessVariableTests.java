package vn.congtactreem.base.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;
import vn.congtactreem.inbox.WorkItemIds;
import vn.congtactreem.plan.process.PlanCycleProcess;
import vn.congtactreem.reporting.process.ConsolidationProcess;
import vn.congtactreem.reporting.process.UnitReportProcess;

class ProcessVariableTests {

    private static final ProcessVariable<Long> PLAN_ID = ProcessVariable.id("planId");
    private static final ProcessVariable<Boolean> APPROVED = ProcessVariable.flag("approved");

    @Test
    void anIdStartedAsAnotherNumberTypeIsReadAsALong() {
        VariableScope execution = mock(VariableScope.class);
        when(execution.getVariable("planId")).thenReturn(7);
        assertThat(PLAN_ID.require(execution)).isEqualTo(7L);
        assertThat(PLAN_ID.in(Map.of("planId", (short) 8))).isEqualTo(8L);
    }

    @Test
    void anUnsetVariableIsNullAndRequiringItFails() {
        VariableScope execution = mock(VariableScope.class);
        assertThat(APPROVED.get(execution)).isNull();
        assertThat(APPROVED.in(Map.of())).isNull();
        assertThatThrownBy(() -> PLAN_ID.require(execution)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("planId");
    }

    @Test
    void aValueOfAnotherTypeIsRefusedWithTheVariablesName() {
        VariableScope execution = mock(VariableScope.class);
        when(execution.getVariable("approved")).thenReturn("yes");
        assertThatThrownBy(() -> APPROVED.get(execution)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("approved").hasMessageContaining("Boolean");
        assertThatThrownBy(() -> PLAN_ID.in(Map.of("planId", "12"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void valuesAreWrittenUnderTheVariablesName() {
        VariableScope execution = mock(VariableScope.class);
        APPROVED.set(execution, true);
        verify(execution).setVariable("approved", true);
        Map<String, Object> variables = PLAN_ID.put(new HashMap<>(), 5L);
        assertThat(variables).containsExactly(Map.entry("planId", 5L));
        assertThat(APPROVED.of(false)).containsExactly(Map.entry("approved", false));
    }

    @Test
    void theProcessesShareTheInboxsIdVariables() {
        assertThat(PlanCycleProcess.PLAN_ID).isSameAs(WorkItemIds.PLAN_ID);
        assertThat(UnitReportProcess.PERIOD_ID).isSameAs(ConsolidationProcess.PERIOD_ID)
                .isSameAs(PlanCycleProcess.PERIOD_ID);
        assertThat(ConsolidationProcess.CONSOLIDATED_REPORT_ID.name())
                .isEqualTo(ConsolidationProcess.Var.CONSOLIDATED_REPORT_ID);
        assertThat(WorkItemIds.NAMES).contains(UnitReportProcess.Var.REPORT_ID, UnitReportProcess.Var.UNIT_ORG_ID,
                UnitReportProcess.Var.PLAN_ORG_ID, PlanCycleProcess.Var.ORG_UNIT_ID, PlanCycleProcess.Var.PLAN_ID);
    }
}
