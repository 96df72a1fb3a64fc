package vn.congtactreem.support;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * A fake delegate bean: records each call (when, and the variables it saw) and then does what
 * the real bean would do to the process, e.g. set the variables the diagram reads next.
 */
public final class RecordingDelegate implements JavaDelegate {

    public record Call(Date at, Map<String, Object> variables) {

        public Object variable(String name) {
            return variables.get(name);
        }
    }

    private final List<Call> calls = new ArrayList<>();
    private final JavaDelegate effect;

    private RecordingDelegate(JavaDelegate effect) {
        this.effect = effect;
    }

    public static RecordingDelegate recording() {
        return new RecordingDelegate(execution -> { });
    }

    public static RecordingDelegate recording(JavaDelegate effect) {
        return new RecordingDelegate(effect);
    }

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        calls.add(new Call(ClockUtil.getCurrentTime(), new HashMap<>(execution.getVariables())));
        effect.execute(execution);
    }

    public List<Call> calls() {
        return calls;
    }

    public int count() {
        return calls.size();
    }

    public List<Date> times() {
        return calls.stream().map(Call::at).toList();
    }

    public List<Object> values(String variable) {
        return calls.stream().map(call -> call.variable(variable)).toList();
    }
}
