package vn.congtactreem.base.process;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The index Camunda's schema lacks for completing a task: each completion asks for the task's subtasks
 * ({@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?}), and without an index the database reads every open
 * task to answer it. A country's period holds over 40,000 open tasks; at 22,805 PostgreSQL took 3.5 ms a completion
 * (0.03 ms with the index), three completions a unit report (docs/scaling.md, item 12). Camunda creates its tables
 * when its engine starts, after Flyway, so the index is made here once the engine is built, like
 * {@link JobDueDateIndex}; {@code if not exists} on PostgreSQL and H2, so every start and every node may ask.
 */
@Component
class TaskParentIndex extends AbstractProcessEnginePlugin {

    static final String DDL = "create index if not exists act_idx_task_parent_app on act_ru_task (parent_task_id_)";

    private final JdbcTemplate jdbc;

    TaskParentIndex(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        jdbc.execute(DDL);
    }
}
