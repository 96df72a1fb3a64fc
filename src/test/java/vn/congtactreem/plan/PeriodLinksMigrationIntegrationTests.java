package vn.congtactreem.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.support.MigrationDatabases;

/**
 * V11 on the databases of both runs (H2 by default, PostgreSQL in production): a district's issued
 * plan and three communes' plans whose periods lost or mixed up their links. The migration relinks
 * each period to the district's period of the same kind and year, records what it relinked and what
 * it could not, and from then on the database refuses a link to a period of another kind or year.
 */
class PeriodLinksMigrationIntegrationTests {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void brokenLinksAreRepairedOrReportedAndThenGuarded(String database) {
        DataSource dataSource = MigrationDatabases.fresh(database, "periodlinks");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("10").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("insert into org_unit (id, kind, level_code, name) values (9001, 'AREA', 'DISTRICT', 'Huyện')");
        for (int commune = 1; commune <= 3; commune++) {
            jdbc.update("insert into org_unit (id, parent_id, kind, level_code, name) values (?, 9001, 'AREA', "
                    + "'COMMUNE', ?)", 9001 + commune, "Xã " + commune);
        }
        plan(jdbc, 100, 9001, null, "ISSUED");
        period(jdbc, 1000, 100, "SIX_MONTHS", null);
        period(jdbc, 1001, 100, "ANNUAL", null);
        // commune 1: its 6-month period lost its link (the bug), its annual one is right
        plan(jdbc, 101, 9002, 100L, "ISSUED");
        period(jdbc, 1010, 101, "SIX_MONTHS", null);
        period(jdbc, 1011, 101, "ANNUAL", 1001L);
        // commune 2: a 9-month period the district does not have, an annual period linked to the 6-month one
        plan(jdbc, 102, 9003, 100L, "DRAFT");
        period(jdbc, 1020, 102, "NINE_MONTHS", null);
        period(jdbc, 1021, 102, "ANNUAL", 1000L);
        // commune 3: two 6-month periods for one of the district's: which one reports is not for V11 to guess
        plan(jdbc, 103, 9004, 100L, "DRAFT");
        period(jdbc, 1030, 103, "SIX_MONTHS", null);
        period(jdbc, 1031, 103, "SIX_MONTHS", null);

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("11").load().migrate();

        Map<Long, Long> links = jdbc.queryForList("select id, upper_period_id from reporting_period where plan_id > 100")
                .stream().collect(Collectors.toMap(row -> ((Number) row.get("id")).longValue(),
                        row -> row.get("upper_period_id") == null ? -1L : ((Number) row.get("upper_period_id")).longValue()));
        assertThat(links).containsExactlyInAnyOrderEntriesOf(Map.of(1010L, 1000L, 1011L, 1001L, 1020L, -1L,
                1021L, 1001L, 1030L, -1L, 1031L, -1L));
        Map<Long, String> repairs = jdbc.queryForList("select period_id, outcome, previous_upper_period_id, "
                        + "new_upper_period_id from period_link_repair").stream()
                .collect(Collectors.toMap(row -> ((Number) row.get("period_id")).longValue(),
                        row -> row.get("outcome") + " " + row.get("previous_upper_period_id") + "→"
                                + row.get("new_upper_period_id")));
        assertThat(repairs).containsExactlyInAnyOrderEntriesOf(Map.of(
                1010L, "RELINKED null→1000", 1021L, "RELINKED 1000→1001", 1020L, "NOT_RELINKED null→null",
                1030L, "NOT_RELINKED null→null", 1031L, "NOT_RELINKED null→null"));
        assertThat(jdbc.queryForObject("select reason from period_link_repair where period_id = 1020", String.class))
                .isEqualTo("the upper plan has no period of this kind and year");

        assertThatThrownBy(() -> jdbc.update("update reporting_period set upper_period_id = 1001 where id = 1030"))
                .as("a 6-month period reporting into an annual one").isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.update("update reporting_period set upper_period_id = 1000 where id = 1030")).isOne();
        assertThatThrownBy(() -> jdbc.update("update reporting_period set upper_period_id = 1000 where id = 1031"))
                .as("two periods of one plan reporting into the same period")
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("delete from reporting_period where id = 1000"))
                .as("a period a lower level reports into").isInstanceOf(DataIntegrityViolationException.class);
    }

    private static void plan(JdbcTemplate jdbc, long id, long orgUnitId, Long upperPlanId, String status) {
        jdbc.update("insert into plan (id, org_unit_id, title, year_from, year_to, status, upper_plan_id) "
                + "values (?, ?, 'Kế hoạch năm 2024', 2024, 2024, ?, ?)", id, orgUnitId, status, upperPlanId);
    }

    private static void period(JdbcTemplate jdbc, long id, long planId, String kind, Long upperPeriodId) {
        jdbc.update("insert into reporting_period (id, plan_id, report_year, kind, data_from, data_to, opens_on, "
                + "unit_due, status, upper_period_id) values (?, ?, 2024, ?, date '2023-12-15', date '2024-06-14', "
                + "date '2024-05-01', date '2024-05-18', 'PLANNED', ?)", id, planId, kind, upperPeriodId);
    }
}
