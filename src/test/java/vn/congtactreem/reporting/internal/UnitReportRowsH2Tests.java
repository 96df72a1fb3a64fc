package vn.congtactreem.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import vn.congtactreem.base.EntitiesById;
import vn.congtactreem.reporting.UnitReportStatus;

/**
 * {@link UnitReportRows} on H2, the default run's database: the period's "is a report left?" reads the rows as stored
 * on the transaction's connection, so it sees the transaction's own acceptance once flushed (the period lock flushes
 * before it), and counts only the period's reports; and {@link EntitiesById#find}, which the report's steps read
 * it by, gives the persistence context's own instance, or nothing for an unknown id.
 */
@DataJpaTest(properties = "spring.datasource.url=jdbc:h2:mem:unit-report-rows;DB_CLOSE_DELAY=-1")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({UnitReportRows.class, EntitiesById.class})
@DirtiesContext
class UnitReportRowsH2Tests {

    @Autowired
    UnitReportRows rows;
    @Autowired
    EntitiesById byId;
    @Autowired
    EntityManager entities;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLastAcceptanceCountsOnceFlushedAndOtherPeriodsNever() {
        long plan = plan(org("Xã An Dương"));
        long period = period(plan);
        long otherPeriod = period(plan);
        UnitReportEntity first = report(period, plan, org("Công an xã"));
        UnitReportEntity second = report(period, plan, org("Trạm y tế xã"));
        report(otherPeriod, plan, org("Trường tiểu học"));
        entities.flush();

        assertThat(rows.anyOfPeriodNot(period, UnitReportStatus.ACCEPTED)).isTrue();
        first.accept("canbo", Instant.now());
        second.accept("canbo", Instant.now());
        assertThat(rows.anyOfPeriodNot(period, UnitReportStatus.ACCEPTED)).as("not flushed yet").isTrue();
        entities.flush();
        assertThat(rows.anyOfPeriodNot(period, UnitReportStatus.ACCEPTED)).isFalse();
        assertThat(rows.anyOfPeriodNot(otherPeriod, UnitReportStatus.ACCEPTED)).isTrue();

        assertThat(byId.find(UnitReportEntity.class, first.getId())).containsSame(first);
        assertThat(byId.find(UnitReportEntity.class, -1)).isEmpty();
    }

    private long org(String name) {
        jdbc.update("insert into org_unit (kind, level_code, name) values ('AREA', 'COMMUNE', ?)", name);
        return jdbc.queryForObject("select max(id) from org_unit", Long.class);
    }

    private long plan(long org) {
        jdbc.update("insert into plan (org_unit_id, title, year_from, year_to, status) values (?, 'Kế hoạch', 2031,"
                + " 2031, 'ISSUED')", org);
        return jdbc.queryForObject("select max(id) from plan", Long.class);
    }

    private long period(long plan) {
        jdbc.update("insert into reporting_period (plan_id, report_year, kind, data_from, data_to, opens_on, unit_due,"
                + " status) values (?, 2031, 'SIX_MONTHS', date '2031-01-01', date '2031-06-30', date '2031-06-01',"
                + " date '2031-06-20', 'OPEN')", plan);
        return jdbc.queryForObject("select max(id) from reporting_period", Long.class);
    }

    private UnitReportEntity report(long period, long plan, long org) {
        jdbc.update("insert into assignment (plan_id, org_unit_id) values (?, ?)", plan, org);
        long assignment = jdbc.queryForObject("select max(id) from assignment", Long.class);
        UnitReportEntity report = new UnitReportEntity(period, assignment, org, false);
        entities.persist(report);
        return report;
    }
}
