package vn.congtactreem.reporting.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Ids read from process variables, whatever number type a starter used. */
final class ProcessVariables {

    private ProcessVariables() {
    }

    static long id(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalStateException("Process variable " + name + " is not an id: " + value);
    }
}
