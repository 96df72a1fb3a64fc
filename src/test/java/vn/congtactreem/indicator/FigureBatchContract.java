package vn.congtactreem.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.Session;
import org.hibernate.SessionEventListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.security.SystemAuthentication;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.TestRows;

/**
 * A unit report's figures saved in one call reach the database as one JDBC batch (their ids come from a sequence,
 * V36), on H2 ({@link FigureBatchTests}) and on PostgreSQL ({@link FigureBatchIntegrationTests}); they read back
 * with their values, and a figure inserted by SQL meanwhile takes no id Hibernate hands out.
 */
abstract class FigureBatchContract extends PostgresIntegrationTest {

    @Autowired
    IndicatorValues values;
    @Autowired
    IndicatorCatalog catalog;
    @Autowired
    OrgService orgs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @PersistenceContext
    EntityManager entityManager;

    @Test
    void threeFiguresGoInOneBatchAndReadBack() {
        long report = unitReport();
        List<Indicator> asked = jdbc.queryForList("select code from indicator where active and measure = 'COUNT' "
                + "order by id limit 6", String.class).stream().map(code -> catalog.byCode(code).orElseThrow()).toList();
        List<Reading> first = List.of(count(asked.get(0), 11), count(asked.get(1), 12), count(asked.get(2), 13));

        AtomicInteger batches = new AtomicInteger();
        transactions.executeWithoutResult(status -> {
            entityManager.unwrap(Session.class).addEventListeners(new SessionEventListener() {
                @Override
                public void jdbcExecuteBatchStart() {
                    batches.incrementAndGet();
                }
            });
            values.saveForUnitReport(report, asked.subList(0, 3), first, "congan", Instant.now());
            entityManager.flush();
        });

        assertThat(batches).as("JDBC batches sent by saving three figures").hasValue(1);
        List<Long> ids = jdbc.queryForList("select id from indicator_value where unit_report_id = ? order by id",
                Long.class, report);
        assertThat(ids).hasSize(3);
        assertThat(ids.get(2) - ids.get(0)).as("three ids of one block of the sequence").isEqualTo(2L);
        assertThat(values.ofUnitReport(report)).containsExactlyInAnyOrderEntriesOf(Map.of(
                asked.get(0).id(), first.get(0), asked.get(1).id(), first.get(1), asked.get(2).id(), first.get(2)));

        // a figure inserted by SQL, then two more by Hibernate, from the block it took the first three from
        jdbc.update("insert into indicator_value (unit_report_id, indicator_id, numerator, entered_by, entered_at) "
                + "values (?, ?, 14, 'congan', current_timestamp)", report, asked.get(3).id());
        List<Reading> all = List.of(first.get(0), first.get(1), first.get(2), count(asked.get(3), 14),
                count(asked.get(4), 15), count(asked.get(5), 16));
        values.saveForUnitReport(report, asked, all, "congan", Instant.now());

        assertThat(values.ofUnitReport(report)).hasSize(6).containsEntry(asked.get(3).id(), all.get(3))
                .containsEntry(asked.get(4).id(), all.get(4)).containsEntry(asked.get(5).id(), all.get(5));
        assertThat(jdbc.queryForObject("select count(distinct id) from indicator_value where unit_report_id = ?",
                Long.class, report)).isEqualTo(6L);
    }

    private static Reading count(Indicator indicator, long value) {
        return new Reading(indicator.id(), value, null, false);
    }

    /** A commune's open report of its own (random name: the database is shared by the run), written straight in. */
    private long unitReport() {
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(60_466_176L, 2_176_782_336L), 36);
        long commune = SystemAuthentication.runAsSystem(() -> orgs.createArea(null, "Xã Số Liệu " + suffix,
                "COMMUNE").id());
        int year = 2024;
        long plan = TestRows.insert(jdbc, "insert into plan (org_unit_id, title, year_from, year_to, status) "
                + "values (?, ?, ?, ?, 'ISSUED')", commune, "Kế hoạch " + suffix, year, year);
        long period = TestRows.insert(jdbc, """
                insert into reporting_period (plan_id, report_year, kind, data_from, data_to, opens_on, unit_due, status)
                values (?, ?, 'SIX_MONTHS', ?, ?, ?, ?, 'OPEN')
                """, plan, year, LocalDate.of(year - 1, 12, 15), LocalDate.of(year, 6, 14),
                LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 18));
        long assignment = TestRows.insert(jdbc, "insert into assignment (plan_id, org_unit_id) values (?, ?)",
                plan, commune);
        return TestRows.insert(jdbc, "insert into unit_report (period_id, assignment_id, org_unit_id, status, "
                + "sub_area) values (?, ?, ?, 'OPEN', false)", period, assignment, commune);
    }
}
