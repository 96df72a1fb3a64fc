package vn.congtactreem.base.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.support.PostgresIntegrationTest;

/**
 * The indexes the application adds to Camunda's tables once its engine is built are there, and PostgreSQL can answer
 * the engine's queries with them (sequential scans switched off for the session: with a few rows it would rightly
 * prefer one).
 */
class EngineIndexesIntegrationTests extends PostgresIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTasksSubtasksAreFoundThroughAnIndexNotByReadingEveryOpenTask() {
        assertThat(plan("select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'x'"))
                .anyMatch(line -> line.contains("act_idx_task_parent_app"))
                .noneMatch(line -> line.contains("Seq Scan"));
    }

    @Test
    void theJobExecutorAcquiresByDueDateThroughItsIndex() {
        assertThat(plan("select ID_ from ACT_RU_JOB order by DUEDATE_ limit 30"))
                .anyMatch(line -> line.contains("act_idx_job_duedate_app"));
    }

    private List<String> plan(String sql) {
        return jdbc.execute((ConnectionCallback<List<String>>) connection -> {
            List<String> lines = new ArrayList<>();
            try (Statement statement = connection.createStatement()) {
                statement.execute("set enable_seqscan = off");
                try (ResultSet rs = statement.executeQuery("explain " + sql)) {
                    while (rs.next()) {
                        lines.add(rs.getString(1));
                    }
                } finally {
                    statement.execute("reset enable_seqscan");
                }
            }
            return lines;
        });
    }
}
