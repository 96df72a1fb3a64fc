package vn.congtactreem.substitute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.substitute.StandInLinks.RunningSubstitution;
import vn.congtactreem.support.MigrationDatabases;

/**
 * The one statement that tells a task being created which substitutions run ({@link RunningSubstitutions}), on the
 * databases of both runs (H2 by default, PostgreSQL in production): running on the day means not ended early and
 * the day between the first and the last (both inclusive); a substitution of an inactive person or of an inactive
 * substitute does not run; each comes with the substitute's username and the groups of the person's officer and
 * leader roles (no other role), in the order the substitutions were made.
 */
class RunningSubstitutionsIntegrationTests {

    private static final LocalDate DAY = LocalDate.of(2030, 6, 15);

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void onlyThoseOfActivePeopleBetweenTheirDaysRun(String database) {
        DataSource dataSource = MigrationDatabases.fresh(database, "running");
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + database,
                        "classpath:vn/congtactreem/plan/internal/migration")
                .load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("insert into org_unit (id, kind, level_code, name) values (9001, 'AREA', 'COMMUNE', 'Xã')");
        user(jdbc, 901, "lanhdao", true, "LEADER", "OFFICER", "REPORTER");
        user(jdbc, 902, "canbo", true, "OFFICER");
        user(jdbc, 903, "nghiviec", false, "LEADER");
        user(jdbc, 904, "thaythe.nghi", false, "OFFICER");
        user(jdbc, 905, "baocao", true, "REPORTER");
        substitution(jdbc, 1, 901, 902, DAY.minusDays(5), DAY, false);         // ends on the day
        substitution(jdbc, 2, 903, 902, DAY.minusDays(5), DAY.plusDays(5), false); // inactive person
        substitution(jdbc, 3, 901, 904, DAY.minusDays(5), DAY.plusDays(5), false); // inactive substitute
        substitution(jdbc, 4, 901, 902, DAY.minusDays(5), DAY.plusDays(5), true);  // ended early
        substitution(jdbc, 5, 901, 902, DAY.plusDays(1), DAY.plusDays(3), false);  // from tomorrow
        substitution(jdbc, 6, 901, 902, DAY.minusDays(3), DAY.minusDays(1), false); // ended yesterday
        substitution(jdbc, 7, 905, 902, DAY, DAY.plusDays(2), false);           // from the day
        RunningSubstitutions running = new RunningSubstitutions(dataSource);

        assertThat(running.on(DAY)).containsExactly(
                new RunningSubstitution("canbo",
                        new StandIn(1, "lanhdao", "Họ tên lanhdao", List.of("org:9001:OFFICER", "org:9001:LEADER"))),
                new RunningSubstitution("canbo", new StandIn(7, "baocao", "Họ tên baocao", List.of())));
        assertThat(running.on(DAY.plusDays(1))).extracting(r -> r.standIn().substitutionId())
                .as("the next day: the one from tomorrow begins, the one of the day has ended").containsExactly(5L, 7L);
        assertThat(running.on(DAY.minusDays(6))).as("before any").isEmpty();

        assertThat(running.personsOf(902, DAY)).as("whom the substitute stands in for, active or not")
                .containsExactly(901L, 903L, 905L);
        assertThat(running.personsOf(904, DAY)).as("an inactive substitute's, as the repository listed them")
                .containsExactly(901L);
        assertThat(running.personsOf(902, DAY.plusDays(4))).containsExactly(903L);
        assertThat(running.personsOf(901, DAY)).as("not a substitute").isEmpty();

        jdbc.update("update app_user set active = true where id in (903, 904)");
        assertThat(running.on(DAY)).extracting(r -> r.standIn().substitutionId())
                .as("their people active again").containsExactly(1L, 2L, 3L, 7L);
    }

    private static void user(JdbcTemplate jdbc, long id, String username, boolean active, String... roles) {
        jdbc.update("insert into app_user (id, username, full_name, password_hash, org_unit_id, active) "
                + "values (?, ?, ?, 'x', 9001, ?)", id, username, "Họ tên " + username, active);
        for (String role : roles) {
            jdbc.update("insert into app_user_role (user_id, role) values (?, ?)", id, role);
        }
    }

    private static void substitution(JdbcTemplate jdbc, long id, long person, long substitute, LocalDate from,
                                     LocalDate to, boolean endedEarly) {
        jdbc.update("insert into substitution (id, person_id, substitute_id, date_from, date_to, created_by, "
                + "created_at, ended_early_at) values (?, ?, ?, ?, ?, 'quantri', current_timestamp, "
                + (endedEarly ? "current_timestamp" : "null") + ")", id, person, substitute, from, to);
    }
}
