package vn.congtactreem.substitute;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.congtactreem.org.Role;
import vn.congtactreem.security.AccessScope;
import vn.congtactreem.substitute.StandInLinks.RunningSubstitution;

/**
 * The substitutions running on a day with both people, in one statement: not ended early, the day between their
 * first and last (both inclusive), the person and the substitute both active; each with the substitute's username
 * and the person's name and the groups of the roles they stand in for (officer, leader). It reads the org module's
 * app_user and app_user_role as they are, like the notifications' recipients do. Asked on every task the engine
 * creates ({@link StandInLinks#onCreate}), when almost always none runs: through the repository and the user service
 * that was a JPQL query (translated and auto-flushing the transaction's entities) and two user reads per
 * substitution. SQL that PostgreSQL and H2 both run.
 */
@Component
class RunningSubstitutions {

    private static final String RUNNING = """
            select s.id, su.username as substitute, p.username, p.full_name, p.org_unit_id, r.role
            from substitution s
            join app_user p on p.id = s.person_id
            join app_user su on su.id = s.substitute_id
            left join app_user_role r on r.user_id = p.id and r.role in ('OFFICER', 'LEADER')
            where s.ended_early_at is null and s.date_from <= ? and s.date_to >= ?
              and p.active = true and su.active = true
            order by s.id
            """;

    private static final String PERSONS_OF = """
            select s.person_id from substitution s
            where s.substitute_id = ? and s.ended_early_at is null and s.date_from <= ? and s.date_to >= ?
            order by s.id
            """;

    private final JdbcTemplate jdbc;

    RunningSubstitutions(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Those running on {@code day}, in the order they were made. */
    List<RunningSubstitution> on(LocalDate day) {
        Map<Long, Row> rows = new LinkedHashMap<>();
        jdbc.query(RUNNING, (ResultSet rs) -> {
            long id = rs.getLong("id");
            Row row = rows.get(id);
            if (row == null) {
                row = new Row(id, rs.getString("substitute"), rs.getString("username"), rs.getString("full_name"),
                        rs.getLong("org_unit_id"), EnumSet.noneOf(Role.class));
                rows.put(id, row);
            }
            String role = rs.getString("role");
            if (role != null) {
                row.roles.add(Role.valueOf(role));
            }
        }, day, day);
        List<RunningSubstitution> running = new ArrayList<>(rows.size());
        rows.values().forEach(row -> running.add(row.toRunning()));
        return running;
    }

    /**
     * The people {@code substituteId} stands in for on {@code day} (running: not ended early, the day between the first
     * and the last), in the order the substitutions were made, whoever is active: the repository's {@code runningFor}
     * in one plain statement, for the timeline of every decision (who acted on whose behalf).
     */
    List<Long> personsOf(long substituteId, LocalDate day) {
        return jdbc.queryForList(PERSONS_OF, Long.class, substituteId, day, day);
    }

    private record Row(long id, String substitute, String person, String personName, long orgUnitId,
                       Set<Role> roles) {

        RunningSubstitution toRunning() {
            // EnumSet iterates in the roles' order, as the substitute's own stand-ins list them
            List<String> groups = roles.stream().map(role -> AccessScope.group(orgUnitId, role)).toList();
            return new RunningSubstitution(substitute, new StandIn(id, person, personName, groups));
        }
    }
}
