package vn.congtactreem.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Copies of engine-written {@code unit-report} process instances, each given to a unit report of the
 * database that has no instance of its own: every runtime row of the instance (executions, variables, the
 * waiting task and its candidate link, the message subscription of a sub-area, the reminder and deadline
 * timers) and its history rows, as the engine wrote them, with every engine id prefixed per copy and the
 * report's ids (report, plan, period, unit, plan organisation, business key, candidate group) those of the
 * report it now belongs to. Set-based SQL: tens of thousands of instances in seconds, where starting them
 * through {@code ReportingService.openPeriod} takes hours on this machine. A copy is a real instance to
 * the engine: its timers fire, its delegates run on its report, its tasks complete.
 *
 * <p>An original is copied onto a report of the same kind (a unit's own report or a sub-area's), so that the
 * copy waits where such a report waits. When there are more copies than reports without an instance,
 * reports get a second copy (written in the figures by the caller); when every report has its instance
 * (a size without rows written by SQL), the copies go to all reports.
 */
final class InstanceCopies {

    /** Variables that name the report; the copy takes the values of its own report. */
    private static final Map<String, String> REPORT_VARIABLES = Map.of(
            "reportId", "m.report", "planId", "m.plan", "periodId", "m.period", "unitOrgId", "m.unit",
            "planOrgId", "m.plan_org");

    private final JdbcTemplate jdbc;
    private final TableColumns columns;

    InstanceCopies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.columns = new TableColumns(jdbc);
    }

    /** What one call copied. */
    record Copied(long instances, long distinctReports, long timers, String prefix) {
    }

    /**
     * Copies {@code count} instances numbered from {@code first} (ids prefixed {@code s<n>-}, so rounds with
     * other numbers never collide), their timers due at {@code timersDue} (an SQL timestamp expression).
     */
    Copied copy(long first, long count, String timersDue) {
        jdbc.execute("drop table if exists storm_map");
        jdbc.update("""
                create table storm_map as
                with originals as (
                    select e.id_ as pi, v.long_ = 1 as sub,
                           (select u.long_ from act_ru_variable u where u.execution_id_ = e.id_ and u.name_ = 'unitOrgId')
                               as orig_unit,
                           row_number() over (partition by v.long_ order by e.id_) - 1 as n,
                           count(*) over (partition by v.long_) as cnt
                    from act_ru_execution e
                    join act_ru_variable v on v.execution_id_ = e.id_ and v.name_ = 'subArea'
                    where e.parent_id_ is null and e.proc_def_key_ = 'unit-report' and e.id_ not like 's%'
                      and e.super_exec_ is null),
                reports as (
                    select r.id as report, r.org_unit_id as unit, r.period_id as period, rp.plan_id as plan,
                           p.org_unit_id as plan_org, r.sub_area as sub,
                           row_number() over (order by r.id) - 1 as idx, count(*) over () as total
                    from unit_report r join reporting_period rp on rp.id = r.period_id join plan p on p.id = rp.plan_id
                    where r.status = 'OPEN' and exists (select 1 from originals o where o.sub = r.sub_area)
                      and (not exists (select 1 from act_ru_execution e
                          where e.parent_id_ is null and e.business_key_ = cast(r.id as varchar))
                        or not exists (select 1 from unit_report s where s.status = 'OPEN'
                          and not exists (select 1 from act_ru_execution e
                              where e.parent_id_ is null and e.business_key_ = cast(s.id as varchar)))))
                select k.g as k, 's' || k.g || '-' as prefix, r.report, r.unit, r.period, r.plan, r.plan_org,
                       o.pi, o.orig_unit
                from generate_series(?, ?) k(g)
                join reports r on r.idx = k.g % r.total
                join originals o on o.sub = r.sub and o.n = k.g % o.cnt""", first, first + count - 1);
        jdbc.execute("create index storm_map_pi on storm_map (pi)");
        jdbc.execute("analyze storm_map");
        copyRows("act_ru_execution", "x", "x.proc_inst_id_", Map.of(
                "id_", id("x.id_"), "root_proc_inst_id_", id("x.root_proc_inst_id_"),
                "proc_inst_id_", id("x.proc_inst_id_"), "parent_id_", id("x.parent_id_"),
                "act_inst_id_", id("x.act_inst_id_"),
                "business_key_", "case when x.business_key_ is null then null else cast(m.report as varchar) end"));
        copyRows("act_ru_variable", "x", "x.proc_inst_id_", withValues("type_", Map.of(
                "id_", id("x.id_"), "execution_id_", id("x.execution_id_"), "proc_inst_id_", id("x.proc_inst_id_"),
                "task_id_", id("x.task_id_"), "var_scope_", id("x.var_scope_"))));
        copyRows("act_ru_task", "x", "x.proc_inst_id_", Map.of(
                "id_", id("x.id_"), "execution_id_", id("x.execution_id_"), "proc_inst_id_", id("x.proc_inst_id_")));
        jdbc.update("insert into act_ru_identitylink (" + columns.list("act_ru_identitylink") + ") select "
                + columns.select("act_ru_identitylink", "l", Map.of("id_", id("l.id_"), "task_id_", id("l.task_id_"), "group_id_",
                "replace(l.group_id_, 'org:' || m.orig_unit || ':', 'org:' || m.unit || ':')"))
                + " from act_ru_identitylink l join act_ru_task t on t.id_ = l.task_id_"
                + " join storm_map m on m.pi = t.proc_inst_id_");
        copyRows("act_ru_event_subscr", "x", "x.proc_inst_id_", Map.of(
                "id_", id("x.id_"), "execution_id_", id("x.execution_id_"), "proc_inst_id_", id("x.proc_inst_id_")));
        copyRows("act_ru_job", "x", "x.process_instance_id_", Map.of(
                "id_", id("x.id_"), "execution_id_", id("x.execution_id_"),
                "root_proc_inst_id_", id("x.root_proc_inst_id_"),
                "process_instance_id_", id("x.process_instance_id_"), "lock_owner_", "null", "lock_exp_time_", "null",
                "duedate_", "case when x.type_ = 'timer' then " + timersDue + " else x.duedate_ end"));
        copyRows("act_hi_procinst", "x", "x.proc_inst_id_", Map.of(
                "id_", id("x.id_"), "proc_inst_id_", id("x.proc_inst_id_"),
                "root_proc_inst_id_", id("x.root_proc_inst_id_"),
                "business_key_", "case when x.business_key_ is null then null else cast(m.report as varchar) end"));
        copyRows("act_hi_actinst", "x", "x.proc_inst_id_", Map.of(
                "id_", id("x.id_"), "parent_act_inst_id_", id("x.parent_act_inst_id_"),
                "root_proc_inst_id_", id("x.root_proc_inst_id_"), "proc_inst_id_", id("x.proc_inst_id_"),
                "execution_id_", id("x.execution_id_"), "task_id_", id("x.task_id_")));
        copyRows("act_hi_taskinst", "x", "x.proc_inst_id_", Map.of(
                "id_", id("x.id_"), "root_proc_inst_id_", id("x.root_proc_inst_id_"),
                "proc_inst_id_", id("x.proc_inst_id_"), "execution_id_", id("x.execution_id_"),
                "act_inst_id_", id("x.act_inst_id_")));
        copyRows("act_hi_varinst", "x", "x.proc_inst_id_", withValues("var_type_", Map.of(
                "id_", id("x.id_"), "root_proc_inst_id_", id("x.root_proc_inst_id_"),
                "proc_inst_id_", id("x.proc_inst_id_"), "execution_id_", id("x.execution_id_"),
                "act_inst_id_", id("x.act_inst_id_"), "task_id_", id("x.task_id_"))));
        long instances = jdbc.queryForObject("select count(*) from storm_map", Long.class);
        long reports = jdbc.queryForObject("select count(distinct report) from storm_map", Long.class);
        long timers = jdbc.queryForObject("select count(*) from act_ru_job j join storm_map m"
                + " on j.process_instance_id_ = m.prefix || m.pi where j.type_ = 'timer'", Long.class);
        jdbc.execute("analyze");
        return new Copied(instances, reports, timers, "s");
    }

    /**
     * The copy's id: the prefix before the original's; when that would pass the engine's 64 characters (an
     * activity instance id, "ActivityId:uuid"), the uuid's last 12 characters (its node part, the same in every
     * id a node writes) become the copy's number instead. The same original id maps to the same copy id in
     * every table.
     */
    private static String id(String column) {
        return "case when " + column + " is null then null when length(" + column + ") + length(m.prefix) <= 64"
                + " then m.prefix || " + column + " else left(" + column + ", length(" + column + ") - 12)"
                + " || lpad(to_hex(m.k), 12, '0') end";
    }

    /** The report's own ids in its variables (long value and its text, as the engine writes a Long). */
    private static Map<String, String> withValues(String typeColumn, Map<String, String> ids) {
        Map<String, String> all = new LinkedHashMap<>(ids);
        String byName = REPORT_VARIABLES.entrySet().stream()
                .map(e -> "when '" + e.getKey() + "' then " + e.getValue())
                .collect(Collectors.joining(" "));
        all.put("long_", "case when x." + typeColumn + " = 'long' then coalesce(case x.name_ " + byName
                + " end, x.long_) else x.long_ end");
        all.put("text_", "case when x.long_ is not null and x.text_ = cast(x.long_ as varchar) then cast(coalesce("
                + "case x.name_ " + byName + " end, x.long_) as varchar) else x.text_ end");
        return all;
    }

    private void copyRows(String table, String alias, String instanceColumn, Map<String, String> overrides) {
        List<String> names = columns.names(table);
        jdbc.update("insert into " + table + " (" + String.join(", ", names) + ") select "
                + names.stream().map(c -> overrides.getOrDefault(c, alias + "." + c)).collect(Collectors.joining(", "))
                + " from " + table + " " + alias + " join storm_map m on m.pi = " + instanceColumn);
    }
}
