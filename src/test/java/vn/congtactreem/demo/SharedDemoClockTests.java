package vn.congtactreem.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes' demo clocks on one database: what one node sets, the other follows when it reads the
 * database again; a value it has already applied is never applied twice (so a test or a node that
 * set the engine clock itself is not thrown back). The engine clock is one per JVM, so "the other
 * node" starts from real time here, as a freshly started JVM would.
 */
class SharedDemoClockTests {

    private static final Instant MAY_2024 = Instant.parse("2024-05-19T03:00:00Z");

    private JdbcDataSource database;

    @BeforeEach
    void oneDatabase() {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:shared-clock-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        new JdbcTemplate(database).execute(
                "create table app_setting (setting_name varchar(60) primary key, setting_value varchar(200) not null)");
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void aNodeFollowsTheClockAnotherNodeMoved() {
        DemoClock nodeA = new DemoClock(database);
        DemoClock nodeB = new DemoClock(database);
        assertThat(nodeB.follow()).as("nothing stored yet").isFalse();

        nodeA.setNow(MAY_2024);
        ClockUtil.reset(); // node B's JVM still runs on real time
        assertThat(nodeB.follow()).isTrue();
        assertThat(ClockUtil.getCurrentTime().toInstant()).isCloseTo(MAY_2024, within(1, ChronoUnit.MINUTES));

        Instant june = MAY_2024.plus(30, ChronoUnit.DAYS);
        nodeB.setNow(june);
        ClockUtil.reset(); // and node A's on May 2024's offset: here real time stands for "not June"
        assertThat(nodeA.follow()).isTrue();
        assertThat(ClockUtil.getCurrentTime().toInstant()).isCloseTo(june, within(1, ChronoUnit.MINUTES));
    }

    @Test
    void anOffsetAlreadyAppliedIsNotAppliedAgain() {
        DemoClock nodeA = new DemoClock(database);
        DemoClock nodeB = new DemoClock(database);
        nodeA.setNow(MAY_2024);
        assertThat(nodeB.follow()).isTrue();

        Instant setByATest = Instant.parse("2031-05-11T01:30:00Z");
        ClockUtil.setCurrentTime(java.util.Date.from(setByATest));
        assertThat(nodeB.follow()).as("same offset as last read").isFalse();
        assertThat(nodeA.follow()).as("its own move").isFalse();
        assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo(setByATest);
    }

    @Test
    void aNodeStartingLaterReadsTheSharedClockWhileItsEngineIsBuilt() {
        new DemoClock(database).setNow(MAY_2024);
        ClockUtil.reset();
        DemoClock late = new DemoClock(database);
        late.preInit(null);
        assertThat(ClockUtil.getCurrentTime().toInstant()).isCloseTo(MAY_2024, within(1, ChronoUnit.MINUTES));
        assertThat(late.follow()).as("already applied at start").isFalse();
    }
}
