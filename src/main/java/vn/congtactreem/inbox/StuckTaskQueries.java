package vn.congtactreem.inbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.org.Role;
import vn.congtactreem.security.AccessScope;

/**
 * Work standing still below organisations, asked of the engine's tables in one native query: the open,
 * active tasks offered ({@code candidate}) to a group {@code org:<id>:<ROLE>} of the organisations, held by
 * someone or not, due by now or created before a moment. The same tasks as the engine's
 * {@code taskCandidateGroupIn(…).includeAssignedTasks().active()} with those due/created conditions, but the
 * groups go to PostgreSQL as one array parameter ({@code = any(?)}, the candidate link's group index)
 * rather than thousands of bound values, and the tasks are counted without the engine's distinct join.
 */
class StuckTaskQueries {

    private static final String OFFERED = """
            from act_ru_task t
            where t.suspension_state_ = 1 and %s
              and exists (select 1 from act_ru_identitylink l
                          where l.task_id_ = t.id_ and l.type_ = 'candidate' and l.group_id_ = any (?))""";

    private final JdbcTemplate jdbc;

    StuckTaskQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The stuck tasks' ids, earliest due first (tasks without a due moment last), then earliest created. */
    List<String> ids(Collection<Long> orgIds, Collection<Role> roles, Instant now, Instant createdBefore, int limit) {
        List<Object> args = arguments(orgIds, roles, now, createdBefore);
        args.add(limit);
        return jdbc.queryForList("select t.id_ " + OFFERED.formatted(condition(createdBefore))
                + " order by t.due_date_ asc nulls last, t.create_time_ asc, t.id_ limit ?", String.class,
                args.toArray());
    }

    long count(Collection<Long> orgIds, Collection<Role> roles, Instant now, Instant createdBefore) {
        Long count = jdbc.queryForObject("select count(*) " + OFFERED.formatted(condition(createdBefore)),
                Long.class, arguments(orgIds, roles, now, createdBefore).toArray());
        return count == null ? 0 : count;
    }

    /** Due by now (due before now + 1 ms, as the engine's {@code dueBefore}); or created before the moment. */
    private static String condition(Instant createdBefore) {
        return createdBefore == null ? "t.due_date_ < ?" : "(t.due_date_ < ? or t.create_time_ < ?)";
    }

    private static List<Object> arguments(Collection<Long> orgIds, Collection<Role> roles, Instant now,
                                          Instant createdBefore) {
        List<Object> args = new ArrayList<>();
        args.add(Timestamp.from(now.plusMillis(1)));
        if (createdBefore != null) {
            args.add(Timestamp.from(createdBefore));
        }
        args.add(groups(orgIds, roles));
        return args;
    }

    static String[] groups(Collection<Long> orgIds, Collection<Role> roles) {
        List<String> groups = new ArrayList<>(orgIds.size() * roles.size());
        for (Long org : orgIds) {
            roles.forEach(role -> groups.add(AccessScope.group(org, role)));
        }
        return groups.toArray(String[]::new);
    }
}
