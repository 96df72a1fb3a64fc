package vn.congtactreem.base.process;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.congtactreem.base.Databases;

/**
 * The indexes the job executor's acquisition needs once it acquires by due date
 * ({@code job-executor-acquire-by-due-date}, application.yaml): without them, every acquisition of a node sorts the
 * whole {@code ACT_RU_JOB} table (120,000 timers in a reminder storm) and reads all of it again for the locked
 * exclusive jobs. Camunda creates its own tables when its
 * engine starts, after Flyway, so the index is made here, once the engine is built; {@code if not exists} on
 * PostgreSQL and H2, so every start and every node may ask.
 */
@Component
class JobDueDateIndex extends AbstractProcessEnginePlugin {

    static final String DDL = "create index if not exists act_idx_job_duedate_app on act_ru_job (duedate_)";
    /**
     * The acquisition skips a job whose process instance has another exclusive job locked: without this index
     * PostgreSQL reads the whole table to find the few locked ones, at every acquisition.
     */
    static final String LOCKED_DDL = "create index if not exists act_idx_job_locked_app on act_ru_job"
            + " (process_instance_id_) where lock_owner_ is not null";
    private static final Logger LOG = LoggerFactory.getLogger(JobDueDateIndex.class);

    private final JdbcTemplate jdbc;

    JobDueDateIndex(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        jdbc.execute(DDL);
        if (Databases.isPostgres(jdbc.getDataSource())) {
            // a partial index: PostgreSQL only (H2, the demo's database, has none, and no storms)
            jdbc.execute(LOCKED_DDL);
        }
        LOG.debug("Job acquisition indexes present");
    }
}
