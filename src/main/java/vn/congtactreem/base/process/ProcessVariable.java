package vn.congtactreem.base.process;

import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;

/**
 * One process variable with its type: how every delegate, service and query reads or writes it, so no
 * variable name is spelt twice and no caller casts. Ids are {@code Long}; one stored as another number type
 * (a starter passing an int) is read as a {@code Long}. Each process's constants class holds its variables
 * as these.
 */
public record ProcessVariable<T>(String name, Class<T> type) {

    public ProcessVariable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** A variable holding the id of a business object. */
    public static ProcessVariable<Long> id(String name) {
        return new ProcessVariable<>(name, Long.class);
    }

    /** A yes/no variable (a decision, a gateway's condition). */
    public static ProcessVariable<Boolean> flag(String name) {
        return new ProcessVariable<>(name, Boolean.class);
    }

    /** Its value in the execution or task, null when unset. */
    public T get(VariableScope scope) {
        return cast(scope.getVariable(name));
    }

    /** Its value in the execution or task; unset is a modelling error. */
    public T require(VariableScope scope) {
        T value = get(scope);
        if (value == null) {
            throw new IllegalStateException("Process variable " + name + " is not set");
        }
        return value;
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    /**
     * Sets it for the rest of the current command only (a transient variable: the gateways after it see it; it is
     * neither stored nor in the history).
     */
    public void setTransient(VariableScope scope, T value) {
        scope.setVariable(name, Variables.untypedValue(value, true));
    }

    /** Its value in a map of variables (a task's, a work item's ids), null when absent. */
    public T in(Map<String, ?> variables) {
        return cast(variables.get(name));
    }

    /** Puts the value into variables about to be given to the engine; answers the same map. */
    public Map<String, Object> put(Map<String, Object> variables, T value) {
        variables.put(name, value);
        return variables;
    }

    /** The variables to complete a task or correlate a message with: this one only. */
    public Map<String, Object> of(T value) {
        return Map.of(name, value);
    }

    /**
     * The variables to complete a task with: this one only, transient (seen by the gateways of the completing
     * command, neither stored nor in the history). Refused by the engine if the instance already stores it.
     */
    public Map<String, Object> transientOf(T value) {
        return Map.of(name, Variables.untypedValue(value, true));
    }

    private T cast(Object value) {
        if (value == null) {
            return null;
        }
        if (type == Long.class && value instanceof Number number && !(value instanceof Long)) {
            return type.cast(number.longValue());
        }
        if (!type.isInstance(value)) {
            throw new IllegalStateException("Process variable " + name + " is not a " + type.getSimpleName() + ": "
                    + value);
        }
        return type.cast(value);
    }
}
