package vn.congtactreem.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.support.MigrationDatabases;

/**
 * V36 on the databases of both runs (H2 by default, PostgreSQL in production), over figures already saved: the
 * figures' new sequence hands Hibernate a first block of 50 ids (its value minus 49 up to its value) above every id
 * in use, steps by the 50 Hibernate takes at a time, and a figure inserted by SQL without an id still gets one.
 */
class IndicatorValueSequenceMigrationIntegrationTests {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theSequenceStartsAboveTheFiguresAlreadySaved(String database) {
        DataSource dataSource = MigrationDatabases.fresh(database, "figseq");
        migrate(dataSource, database, "35");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("insert into org_unit (id, kind, level_code, name) values (9001, 'AREA', 'COMMUNE', 'Xã')");
        jdbc.update("insert into plan (id, org_unit_id, title, year_from, year_to, status) "
                + "values (100, 9001, 'Kế hoạch năm 2024', 2024, 2024, 'ISSUED')");
        jdbc.update("insert into reporting_period (id, plan_id, report_year, kind, data_from, data_to, opens_on, "
                + "unit_due, status) values (1000, 100, 2024, 'SIX_MONTHS', date '2023-12-15', date '2024-06-14', "
                + "date '2024-05-01', date '2024-05-18', 'OPEN')");
        jdbc.update("insert into consolidated_report (id, period_id, org_unit_id, status) values (500, 1000, 9001, 'OPEN')");
        List<Long> indicators = jdbc.queryForList("select id from indicator order by id limit 4", Long.class);
        // two figures numbered by the identity column, one with an id of its own far above them
        figure(jdbc, null, indicators.get(0));
        figure(jdbc, null, indicators.get(1));
        figure(jdbc, 7000L, indicators.get(2));

        migrate(dataSource, database, "36");

        long next = nextValue(jdbc, database);
        assertThat(next - 49).as("the lowest id of Hibernate's first block").isGreaterThan(7000L);
        long following = nextValue(jdbc, database);
        assertThat(following - next).as("the sequence's step: Hibernate's allocationSize").isEqualTo(50L);
        figure(jdbc, null, indicators.get(3));
        assertThat(jdbc.queryForObject("select id from indicator_value where indicator_id = ?", Long.class,
                indicators.get(3))).as("a figure inserted by SQL takes the top of a block of its own")
                .isEqualTo(following + 50);
        assertThat(jdbc.queryForObject("select count(*) from indicator_value", Long.class)).isEqualTo(4L);
    }

    private static void migrate(DataSource dataSource, String database, String target) {
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + database,
                        "classpath:vn/congtactreem/plan/internal/migration")
                .target(target).load().migrate();
    }

    private static long nextValue(JdbcTemplate jdbc, String database) {
        return jdbc.queryForObject("h2".equals(database) ? "select next value for indicator_value_seq"
                : "select nextval('indicator_value_seq')", Long.class);
    }

    private static void figure(JdbcTemplate jdbc, Long id, long indicatorId) {
        if (id == null) {
            jdbc.update("insert into indicator_value (consolidated_report_id, indicator_id, numerator, entered_by, "
                    + "entered_at) values (500, ?, 3, 'canbo', current_timestamp)", indicatorId);
        } else {
            jdbc.update("insert into indicator_value (id, consolidated_report_id, indicator_id, numerator, entered_by, "
                    + "entered_at) values (?, 500, ?, 3, 'canbo', current_timestamp)", id, indicatorId);
        }
    }
}
