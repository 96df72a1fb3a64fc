package vn.congtactreem.inbox;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;

/**
 * The open task of one kind in the process instance with a business key: what every step of a cycle asks before it
 * completes its task. One fixed statement through the engine's native task query (the instance's business key on
 * its index, the definition's key, the task's kind) instead of the engine's general task query, whose statement is
 * assembled anew from several hundred lines of conditions on every call (about a tenth of a unit report's Java
 * samples in a profile of PeriodChainBenchmark, most of it in MyBatis). Same rows, same {@link Task}s: the engine
 * maps them.
 */
final class TaskLookup {

    private final TaskService tasks;
    private final String select;
    private final String count;

    TaskLookup(TaskService tasks, ManagementService management) {
        this.tasks = tasks;
        String from = " from " + management.getTableName(Task.class) + " T"
                + " join " + management.getTableName(Execution.class) + " E on E.ID_ = T.PROC_INST_ID_"
                + " join " + management.getTableName(ProcessDefinition.class) + " D on D.ID_ = T.PROC_DEF_ID_"
                + " where E.BUSINESS_KEY_ = #{businessKey} and D.KEY_ = #{processKey} and T.TASK_DEF_KEY_ = #{taskKey}";
        this.select = "select T.*" + from + " order by T.CREATE_TIME_, T.ID_";
        this.count = "select count(*)" + from;
    }

    List<Task> of(String processKey, Object businessKey, String taskKey) {
        return query(select, processKey, businessKey, taskKey).list();
    }

    boolean exists(String processKey, Object businessKey, String taskKey) {
        return query(count, processKey, businessKey, taskKey).count() > 0;
    }

    private NativeTaskQuery query(String sql, String processKey, Object businessKey, String taskKey) {
        return tasks.createNativeTaskQuery().sql(sql).parameter("businessKey", String.valueOf(businessKey))
                .parameter("processKey", processKey).parameter("taskKey", taskKey);
    }
}
