package vn.congtactreem.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A timeline row written by {@link CycleEventWriter} (JDBC) stores and reads back exactly what the former JPA
 * persist stored, in a JVM whose default zone is Vietnam's (the application's servers): {@code happened_at} is a
 * {@code timestamp} without time zone, so a different binding would shift the moment by seven hours.
 */
abstract class CycleEventWriterContract {

    private static final TimeZone BEFORE = TimeZone.getDefault();

    static {
        // before the test's context and its connections exist (PostgreSQL's session zone is the JVM's)
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    // 23:30 UTC: 06:30 the next day in Vietnam, so a shifted value changes even the date
    private static final Instant MOMENT = Instant.parse("2031-05-11T23:30:15.123Z");

    @Autowired
    CycleEventRepository events;
    @Autowired
    CycleEventWriter writer;
    @Autowired
    JdbcTemplate jdbc;

    @AfterAll
    static void restoreZone() {
        TimeZone.setDefault(BEFORE);
    }

    @Test
    void theJdbcRowStoresAndReadsBackWhatJpaStored() {
        assertThat(TimeZone.getDefault().getID()).isEqualTo("Asia/Ho_Chi_Minh");
        jdbc.update("insert into org_unit (kind, level_code, name) values ('AREA', 'COMMUNE', 'Xã An Dương')");
        long org = jdbc.queryForObject("select max(id) from org_unit", Long.class);
        jdbc.update("insert into plan (org_unit_id, title, year_from, year_to, status) values (?, 'Kế hoạch', 2031,"
                + " 2031, 'DRAFT')", org);
        long plan = jdbc.queryForObject("select max(id) from plan", Long.class);

        long byJpa = events.saveAndFlush(new CycleEventEntity(plan, 7L, null, null, "congan", null, "REPORT_SUBMITTED",
                "qua JPA", MOMENT)).toEvent().id();
        writer.append(plan, 7L, null, null, "congan", null, "REPORT_SUBMITTED", "qua JDBC", MOMENT);
        long byJdbc = jdbc.queryForObject("select max(id) from cycle_event", Long.class);

        String storedByJpa = stored(byJpa);
        assertThat(stored(byJdbc)).isEqualTo(storedByJpa);
        assertThat(jdbc.queryForObject("select count(*) from cycle_event where happened_at = (select happened_at"
                + " from cycle_event where id = ?)", Integer.class, byJpa)).isEqualTo(2);
        assertThat(events.findByPlanIdOrderByHappenedAtAscIdAsc(plan)).extracting(e -> e.toEvent().at())
                .containsExactly(MOMENT, MOMENT);
        assertThat(events.findByPlanIdOrderByHappenedAtAscIdAsc(plan)).extracting(e -> e.toEvent().comment())
                .containsExactly("qua JPA", "qua JDBC");
    }

    private String stored(long id) {
        return jdbc.queryForObject("select cast(happened_at as varchar(40)) from cycle_event where id = ?",
                String.class, id);
    }
}
