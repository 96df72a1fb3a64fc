package vn.congtactreem.benchmark;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Grows the engine's task tables past what one period writes: copies of engine-written rows, every column
 * as the engine wrote it except the id (and, for open tasks, the candidate group, made unique per copy so
 * each measured user's own inbox keeps its size while the tables grow, as they would with more periods,
 * plans and levels). Set-based SQL: a million rows in seconds.
 */
final class TaskCopies {

    private final JdbcTemplate jdbc;
    private final TableColumns columns;

    TaskCopies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.columns = new TableColumns(jdbc);
    }

    /** Open tasks up to {@code target}: copies of the open tasks and their candidate links. Returns how many were added. */
    long growOpenTo(long target) {
        long open = jdbc.queryForObject("select count(*) from act_ru_task", Long.class);
        long originals = jdbc.queryForObject("select count(*) from act_ru_task where id_ not like 'c%'", Long.class);
        long need = target - open;
        if (need <= 0 || originals == 0) {
            return 0;
        }
        int rounds = (int) ((need + originals - 1) / originals);
        // copy rounds numbered after those of an earlier growth ("c<round>-<id>")
        int first = jdbc.queryForObject("select coalesce(max(cast(split_part(substr(id_, 2), '-', 1) as int)), 0) + 1"
                + " from act_ru_task where id_ like 'c%'", Integer.class);
        jdbc.execute("drop table if exists bench_copy");
        jdbc.update("create table bench_copy as select t.id_ as orig, 'c' || g || '-' || t.id_ as copy, g"
                + " from act_ru_task t cross join generate_series(" + first + ", " + (first + rounds) + ") g"
                + " where t.id_ not like 'c%' limit " + need);
        jdbc.update("insert into act_ru_task (" + columns.list("act_ru_task") + ") select "
                + columns.select("act_ru_task", "t", Map.of("id_", "c.copy")) + " from act_ru_task t join bench_copy c on c.orig = t.id_");
        jdbc.update("insert into act_ru_identitylink (" + columns.list("act_ru_identitylink") + ") select "
                + columns.select("act_ru_identitylink", "l", Map.of("id_", "'c' || c.g || '-' || l.id_", "task_id_", "c.copy",
                "group_id_", "l.group_id_ || ':c' || c.g")) + " from act_ru_identitylink l join bench_copy c on c.orig = l.task_id_");
        jdbc.execute("drop table bench_copy");
        return need;
    }

    /** Historic (completed) tasks up to {@code target}: copies of the completed ones. */
    long historic(long target) {
        long done = jdbc.queryForObject("select count(*) from act_hi_taskinst", Long.class);
        long originals = jdbc.queryForObject("select count(*) from act_hi_taskinst where end_time_ is not null",
                Long.class);
        long need = target - done;
        if (need <= 0 || originals == 0) {
            return 0;
        }
        int rounds = (int) ((need + originals - 1) / originals);
        jdbc.update("insert into act_hi_taskinst (" + columns.list("act_hi_taskinst") + ") select "
                + columns.select("act_hi_taskinst", "t", Map.of("id_", "'h' || g || '-' || t.id_"))
                + " from act_hi_taskinst t cross join generate_series(1, " + rounds + ") g"
                + " where t.end_time_ is not null limit " + need);
        return need;
    }
}
