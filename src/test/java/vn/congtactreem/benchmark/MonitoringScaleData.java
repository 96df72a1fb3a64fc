package vn.congtactreem.benchmark;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.org.AdminUnitCatalogue;
import vn.congtactreem.org.AdminUnitImport;
import vn.congtactreem.reporting.ReportingService;

/**
 * A province for the dashboard benchmark (issue 15): the province with most communes of the official list
 * (168 communes, 12 agencies each) through {@link ScaleData} with every report written by SQL, then
 * {@code engineCommunes} communes' periods opened again through {@link ReportingService#openPeriod} (real
 * {@code unit-report} tasks, a part of them made overdue or idle), and the reports in varied states: half the
 * agencies' reports accepted with figures, some submitted or returned, the rest open; six percent targets in
 * every commune's plan (three agencies answering for each) and in the province's; seven communes in ten with
 * a consolidated report (approved or submitted, some late) that the province's sub-area report points to.
 */
final class MonitoringScaleData {

    /** What was generated. */
    record Generated(long province, long provincePeriod, long commune, long communePeriod, long communes,
                     long agencies, long unitReports, long consolidatedReports, long openTasks, long stuckTasks) {
    }

    private final JdbcTemplate jdbc;
    private final ScaleData scale;
    private final ReportingService reporting;

    MonitoringScaleData(JdbcTemplate jdbc, AdminUnitImport importer, AdminUnitCatalogue catalogue,
                        ReportingService reporting) {
        this.jdbc = jdbc;
        this.scale = new ScaleData(jdbc, importer, catalogue, reporting);
        this.reporting = reporting;
    }

    Generated generate(LocalDate today, Instant now, int engineCommunes) {
        scale.generate(ScaleData.Size.PROVINCE, today, 0);
        long province = jdbc.queryForObject("select id from bench_scope where level_code = 'PROVINCE'", Long.class);
        Timestamp at = Timestamp.from(now);
        // some communes' periods through the engine: their reports and unit-report tasks as the engine writes them
        List<Long> engine = jdbc.queryForList("""
                select rp.id from reporting_period rp join plan p on p.id = rp.plan_id
                join bench_scope s on s.id = p.org_unit_id and s.level_code = 'COMMUNE' order by s.id limit ?""",
                Long.class, engineCommunes);
        for (long period : engine) {
            jdbc.update("delete from unit_report where period_id = ?", period);
            jdbc.update("update reporting_period set status = 'PLANNED' where id = ?", period);
            reporting.openPeriod(period);
            jdbc.update("update bench_scope set engine = true where id = (select p.org_unit_id from plan p"
                    + " join reporting_period rp on rp.plan_id = p.id where rp.id = ?)", period);
        }
        // a third of the tasks overdue (0-9 days), a third idle for 12 days
        jdbc.update("update act_ru_task set due_date_ = cast(? as timestamp) - make_interval(days => abs(hashtext(id_)) % 10)"
                + " where abs(hashtext(id_)) % 3 = 0", at);
        jdbc.update("update act_ru_task set create_time_ = cast(? as timestamp) - interval '12 days' where abs(hashtext(id_)) % 3 = 1",
                at);
        // the agencies' reports (communes' and the province's own) in varied states, SQL-written ones only
        jdbc.update("""
                update unit_report ur set
                    status = case when ur.id % 10 < 5 then 'ACCEPTED' when ur.id % 10 < 7 then 'SUBMITTED'
                                  when ur.id % 10 = 7 then 'RETURNED' else ur.status end,
                    submitted_at = case when ur.id % 10 < 8 then cast(? as timestamp) - make_interval(days => (ur.id % 9)::int) end,
                    first_submitted_at = case when ur.id % 10 < 8 then cast(? as timestamp) - make_interval(days => (ur.id % 9)::int) end
                from reporting_period rp join plan p on p.id = rp.plan_id
                join bench_scope s on s.id = p.org_unit_id and not s.engine
                where ur.period_id = rp.id and not ur.sub_area""", at, at);
        // six percent targets in every plan: three agencies answer for each in a commune, the province gives its own
        jdbc.update("""
                insert into plan_target (plan_id, position, indicator_id, milestone_year, comparator, target_value,
                    responsible_unit_ids, shape)
                select p.id, i.pos, i.id, p.year_from, 'AT_LEAST', 90,
                    case when s.level_code = 'COMMUNE' then (select string_agg(a.id::text, ',') from (
                        select id from bench_scope a where a.parent_id = p.org_unit_id and a.kind = 'AGENCY'
                        order by id offset (i.pos % 4) * 3 limit 3) a) end, 'LEVEL'
                from plan p join bench_scope s on s.id = p.org_unit_id
                cross join (select id, row_number() over (order by id) as pos from (
                    select id from indicator where measure = 'PERCENT' and active order by id limit 6) x) i""");
        jdbc.update("""
                insert into indicator_value (unit_report_id, indicator_id, numerator, denominator, entered_by,
                    entered_at)
                select ur.id, t.indicator_id, 80 + (ur.id + t.indicator_id) % 21, 100, 'bench', ?
                from unit_report ur join reporting_period rp on rp.id = ur.period_id
                join plan_target t on t.plan_id = rp.plan_id
                where ur.status in ('ACCEPTED', 'SUBMITTED')
                  and (',' || t.responsible_unit_ids || ',') like ('%,' || ur.org_unit_id || ',%')""", at);
        // seven communes in ten consolidated (four approved, three submitted, one of them late)
        jdbc.update("""
                insert into consolidated_report (period_id, org_unit_id, status, submitted_at, late)
                select rp.id, s.id, case when s.id % 10 < 4 then 'APPROVED' else 'SUBMITTED' end, ?, s.id % 10 = 6
                from bench_scope s join plan p on p.org_unit_id = s.id join reporting_period rp on rp.plan_id = p.id
                where s.level_code = 'COMMUNE' and s.id % 10 < 7""", at);
        jdbc.update("""
                update unit_report ur set status = case when c.status = 'APPROVED' then 'ACCEPTED' else 'SUBMITTED' end,
                    consolidated_report_id = c.id, submitted_at = ?, first_submitted_at = ?
                from consolidated_report c join reporting_period rp on rp.id = c.period_id
                where ur.period_id = rp.upper_period_id and ur.org_unit_id = c.org_unit_id and ur.sub_area""", at, at);
        jdbc.execute("analyze");
        long provincePeriod = jdbc.queryForObject("select rp.id from reporting_period rp join plan p"
                + " on p.id = rp.plan_id where p.org_unit_id = ?", Long.class, province);
        long commune = jdbc.queryForObject("select min(id) from bench_scope where level_code = 'COMMUNE' and engine",
                Long.class);
        long communePeriod = jdbc.queryForObject("select rp.id from reporting_period rp join plan p"
                + " on p.id = rp.plan_id where p.org_unit_id = ?", Long.class, commune);
        return new Generated(province, provincePeriod, commune, communePeriod,
                count("select count(*) from bench_scope where level_code = 'COMMUNE'"),
                count("select count(*) from bench_scope where kind = 'AGENCY'"),
                count("select count(*) from unit_report"), count("select count(*) from consolidated_report"),
                count("select count(*) from act_ru_task"),
                jdbc.queryForObject("select count(*) from act_ru_task where due_date_ <= ? or create_time_ < ?",
                        Long.class, at, Timestamp.from(now.minusSeconds(7 * 86_400))));
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
