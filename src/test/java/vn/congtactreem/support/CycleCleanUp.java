package vn.congtactreem.support;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Ends whatever a test left running of a plan's cycle (plan cycle, unit reports, consolidation), so
 * that a test failing half-way does not leave tasks in the demo users' inboxes for the tests after it
 * (some expect an empty inbox, or exactly one task of a kind).
 */
public final class CycleCleanUp {

    private CycleCleanUp() {
    }

    /** Deletes the running process instances of the plan; returns how many there were. */
    public static int endProcessesOf(RuntimeService runtime, long planId) {
        List<String> ids = runtime.createProcessInstanceQuery().variableValueEquals("planId", planId).list()
                .stream().map(ProcessInstance::getId).toList();
        if (!ids.isEmpty()) {
            runtime.deleteProcessInstancesIfExists(ids, "test clean-up", true, true, true);
        }
        return ids.size();
    }
}
