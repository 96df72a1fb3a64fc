package vn.congtactreem.org.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.support.PostgresIntegrationTest;

/** V16 on PostgreSQL: the read path's indexes are there, the duplicate of a unique constraint is gone. */
class ReadPathIndexesIntegrationTests extends PostgresIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theReadPathIndexesExistAndTheDuplicateIsDropped() {
        assertThat(jdbc.queryForList("select indexname from pg_indexes where schemaname = current_schema()",
                String.class)).contains("unit_report_assignment_idx", "indicator_value_indicator_idx",
                "plan_target_indicator_idx", "org_unit_parent_idx", "assignment_org_idx",
                "reporting_period_upper_idx").doesNotContain("unit_report_period_idx");
    }
}
