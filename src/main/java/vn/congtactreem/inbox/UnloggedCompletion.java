package vn.congtactreem.inbox;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/**
 * Completes a task as {@code TaskService.complete} does, but without the engine's user operation log entry
 * ({@code ACT_HI_OP_LOG}, "Complete" by the authenticated user). Every completion the application's services make
 * is recorded by the application's own audit trail in the same transaction (who, what, when, from which address:
 * the timeline's audit row), so the engine's entry only repeated it, at one insert per completion (three per unit
 * report) and its share of the removal-time update when the instance ends (docs/scaling.md, item 14). Completions
 * made elsewhere (Camunda's Tasklist, the engine's REST API) keep their entry.
 */
final class UnloggedCompletion {

    private final CommandExecutor commands;

    UnloggedCompletion(ProcessEngine engine) {
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
    }

    void complete(String taskId, Map<String, Object> variables) {
        commands.execute(new CompleteWithoutOperationLog(taskId, variables));
    }

    /** A named command (not a lambda), so the engine's logs and the benchmarks' command counts say what it is. */
    private record CompleteWithoutOperationLog(String taskId, Map<String, Object> variables) implements Command<Void> {

        @Override
        public Void execute(CommandContext context) {
            context.executeWithOperationLogPrevented(new CompleteTaskCmd(taskId, variables));
            return null;
        }
    }
}
