package vn.congtactreem.inbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The open task of one kind in the process instance with a business key, with the groups it is offered to: what
 * every step of a cycle asks before it completes its task. One fixed statement in the caller's transaction (the
 * instance's business key on its index, the definition's key, the task's kind, the candidate links), instead of an
 * engine task query and a second command for the task's identity links (which read the task, its execution and its
 * definition again): two engine commands and four statements less on every step (docs/scaling.md, item 11). The
 * engine flushes every command when it ends, so a task created earlier in the same transaction is found.
 */
final class TaskLookup {

    private final JdbcTemplate jdbc;
    private final String select;
    private final String count;
    private final String groups;

    TaskLookup(JdbcTemplate jdbc, ManagementService management) {
        this.jdbc = jdbc;
        String from = " from " + management.getTableName(Task.class) + " T"
                + " join " + management.getTableName(Execution.class) + " E on E.ID_ = T.PROC_INST_ID_"
                + " join " + management.getTableName(ProcessDefinition.class) + " D on D.ID_ = T.PROC_DEF_ID_";
        String where = " where E.BUSINESS_KEY_ = ? and D.KEY_ = ? and T.TASK_DEF_KEY_ = ?";
        String links = management.getTableName(IdentityLinkEntity.class);
        String candidateGroup = " L.TYPE_ = '" + IdentityLinkType.CANDIDATE + "' and L.GROUP_ID_ is not null";
        this.select = "select T.ID_, T.NAME_, T.ASSIGNEE_, L.GROUP_ID_" + from
                + " left join " + links + " L on L.TASK_ID_ = T.ID_ and" + candidateGroup
                + where + " order by T.CREATE_TIME_, T.ID_, L.GROUP_ID_";
        this.count = "select count(*)" + from + where;
        this.groups = "select L.GROUP_ID_ from " + links + " L where L.TASK_ID_ = ? and" + candidateGroup
                + " order by L.GROUP_ID_";
    }

    /**
     * The groups a task is offered to, by its id: the same links as {@link #of}, in one statement instead of the
     * engine's command, which reads the task, its execution and its definition first.
     */
    List<String> candidateGroups(String taskId) {
        return jdbc.queryForList(groups, String.class, taskId);
    }

    /** The open tasks of that kind, oldest first (one, unless the diagram runs the task more than once). */
    List<OpenTask> of(String processKey, Object businessKey, String taskKey) {
        Map<String, OpenTask> tasks = new LinkedHashMap<>();
        Map<String, List<String>> groups = new LinkedHashMap<>();
        jdbc.query(select, rs -> {
            String id = rs.getString(1);
            tasks.putIfAbsent(id, new OpenTask(id, rs.getString(2), rs.getString(3), List.of()));
            List<String> offered = groups.computeIfAbsent(id, k -> new ArrayList<>());
            String group = rs.getString(4);
            if (group != null) {
                offered.add(group);
            }
        }, String.valueOf(businessKey), processKey, taskKey);
        return tasks.values().stream()
                .map(t -> new OpenTask(t.id(), t.name(), t.assignee(), groups.get(t.id()))).toList();
    }

    boolean exists(String processKey, Object businessKey, String taskKey) {
        Long found = jdbc.queryForObject(count, Long.class, String.valueOf(businessKey), processKey, taskKey);
        return found != null && found > 0;
    }
}
