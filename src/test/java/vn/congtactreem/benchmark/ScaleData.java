package vn.congtactreem.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import vn.congtactreem.org.AdminUnitCatalogue;
import vn.congtactreem.org.AdminUnitImport;
import vn.congtactreem.indicator.Reading;
import vn.congtactreem.plan.process.PlanCycleProcess;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReportForm;

/**
 * The country (or part of it) for the scale benchmark, on the benchmark's own database. The organisations
 * come from the official list through {@link AdminUnitImport} (as the administrator loads them), users and
 * issued plans with one reporting period each ({@link #periodsPerPlan}: up to four) through set-based SQL (what
 * the screens would have written, without walking 3,321 draft screens), then every period is opened through
 * {@link ReportingService#openPeriod} (or through the plans' cycles, {@link #throughPlanCycles}): its unit
 * reports and one {@code unit-report} process instance per report, each holding its task as the engine writes it.
 *
 * <p>Users: {@code cb<orgId>} officer and {@code ld<orgId>} leader of every province and commune,
 * {@code ql<orgId>} manager of every province, {@code bc<orgId>} reporter of every agency (password
 * {@code bench}). Province plans assign their communes (sub-areas, which run their own cycle), commune
 * plans their agencies; the commune period reports into its province's.
 */
final class ScaleData {

    /** The three sizes of the issue. */
    enum Size {
        /** the province with fewest communes. */
        SMALL,
        /** the province with most communes (168). */
        PROVINCE,
        /** all 34 provinces, 3,321 communes. */
        COUNTRY;

        List<String> provinceCodes(AdminUnitCatalogue catalogue) {
            List<AdminUnitCatalogue.Province> all = new ArrayList<>(catalogue.provinces());
            all.sort(Comparator.comparingInt(p -> p.communes().size()));
            return switch (this) {
                case SMALL -> List.of(all.get(0).code());
                case PROVINCE -> List.of(all.get(all.size() - 1).code());
                case COUNTRY -> all.stream().map(AdminUnitCatalogue.Province::code).toList();
            };
        }
    }

    /** What was created, and how long each step took (ms). */
    record Generated(long provinces, long communes, long agencies, long users, long plans, long reports,
                     long processInstances, long openTasks, Map<String, Double> stepMillis) {
    }

    static final int TARGETS = 3;
    /** The kinds of a plan's periods, in the order {@link #periodsPerPlan} takes them (one: the year's). */
    static final List<String> PERIOD_KINDS = List.of("ANNUAL", "SIX_MONTHS", "NINE_MONTHS", "AD_HOC");
    private static final Map<String, Integer> DATA_TO_MONTH = Map.of("ANNUAL", 12, "SIX_MONTHS", 6,
            "NINE_MONTHS", 9, "AD_HOC", 12);

    private final JdbcTemplate jdbc;
    private final AdminUnitImport importer;
    private final AdminUnitCatalogue catalogue;
    private final ReportingService reporting;
    private RuntimeService runtime;
    private int periodsPerPlan = 1;
    private boolean everyCycle;

    ScaleData(JdbcTemplate jdbc, AdminUnitImport importer, AdminUnitCatalogue catalogue, ReportingService reporting) {
        this.jdbc = jdbc;
        this.importer = importer;
        this.catalogue = catalogue;
        this.reporting = reporting;
    }

    /**
     * @param engineProvinces how many provinces (the largest first) have their periods opened through the
     *                        engine; the others' unit reports are written by SQL, without process instances
     *                        (so a country fits in the time of one run on a small machine)
     */
    Generated generate(Size size, LocalDate today, int engineProvinces) {
        return generate(size, today, engineProvinces, false);
    }

    /** @param smallestFirst the engine's provinces are the smallest instead of the largest */
    Generated generate(Size size, LocalDate today, int engineProvinces, boolean smallestFirst) {
        Map<String, Double> steps = new LinkedHashMap<>();
        long start = System.nanoTime();
        importer.apply(size.provinceCodes(catalogue), true, null);
        steps.put("organisations (AdminUnitImport, with agencies)", lap(start));
        start = System.nanoTime();
        scopeTable(size.provinceCodes(catalogue));
        users();
        steps.put("users (set-based SQL)", lap(start));
        start = System.nanoTime();
        plansAndPeriods(today);
        targets(today.getYear());
        steps.put("issued plans with their targets, periods, assignments (set-based SQL)", lap(start));
        start = System.nanoTime();
        markEngineProvinces(engineProvinces, smallestFirst);
        if (runtime == null) {
            List<Long> periods = jdbc.queryForList("""
                    select rp.id from reporting_period rp join plan p on p.id = rp.plan_id
                    join bench_scope s on s.id = p.org_unit_id where s.engine order by s.level_code desc, rp.id""",
                    Long.class);
            periods.forEach(reporting::openPeriod);
            steps.put("open the periods of " + engineProvinces + " province(s): reports + unit-report instances"
                    + " (ReportingService.openPeriod)", lap(start));
        } else {
            startPlanCycles();
            steps.put("start the plan cycles of " + (everyCycle ? "every province" : engineProvinces + " province(s)")
                    + " (plans issued outside the system, as ProgrammeAdoption starts them; their periods open when"
                    + " their jobs run)", lap(start));
        }
        start = System.nanoTime();
        int written = jdbc.update("""
                insert into unit_report (period_id, assignment_id, org_unit_id, status, sub_area)
                select rp.id, a.id, a.org_unit_id, 'OPEN', u.kind = 'AREA' from reporting_period rp
                join plan p on p.id = rp.plan_id join bench_scope s on s.id = p.org_unit_id and not s.engine
                join assignment a on a.plan_id = p.id join org_unit u on u.id = a.org_unit_id""");
        if (!everyCycle) {
            jdbc.update("""
                    update reporting_period set status = 'OPEN' where status = 'PLANNED' and plan_id in
                    (select p.id from plan p join bench_scope s on s.id = p.org_unit_id where not s.engine)""");
        }
        if (written > 0) {
            steps.put("unit reports of the other provinces, without process instances (SQL, " + written + ")"
                    + (everyCycle ? "; their periods opened by their cycles' jobs, which find them written" : ""),
                    lap(start));
        }
        return new Generated(count("level_code = 'PROVINCE'"), count("level_code = 'COMMUNE'"),
                count("kind = 'AGENCY'"),
                jdbc.queryForObject("select count(*) from app_user", Long.class),
                jdbc.queryForObject("select count(*) from plan", Long.class),
                jdbc.queryForObject("select count(*) from unit_report", Long.class),
                jdbc.queryForObject("select count(*) from act_ru_execution where parent_id_ is null", Long.class),
                jdbc.queryForObject("select count(*) from act_ru_task", Long.class), steps);
    }

    /**
     * The engine provinces' periods open through their plans' cycles (the "every commune's plan issued under
     * its province's"), not by calling the service: a {@code plan-cycle} instance per plan, started as
     * {@code ProgrammeAdoption} starts one for a plan issued outside the system; the caller drains the jobs
     * (assignment, then each period's opening timer, due since the period opened before today).
     */
    ScaleData throughPlanCycles(RuntimeService runtime) {
        this.runtime = runtime;
        return this;
    }

    /**
     * Every plan gets this many periods of the same year, all open at once (1 to 4: the year's, then the six
     * months', the nine months' and an ad hoc one; each of a commune's reports into its province's of the same
     * kind). Default 1.
     */
    ScaleData periodsPerPlan(int count) {
        if (count < 1 || count > PERIOD_KINDS.size()) {
            throw new IllegalArgumentException("periods per plan: 1 to " + PERIOD_KINDS.size() + ", not " + count);
        }
        this.periodsPerPlan = count;
        return this;
    }

    /**
     * With {@link #throughPlanCycles}: every plan's cycle starts, not only the engine provinces'. The other provinces'
     * unit reports are still written as rows (without {@code unit-report} instances, which cost most of the time
     * of opening a period), before any job runs: each period's {@code OpenPeriod} job then finds its reports
     * written and starts no instance for them, and the period runs in its cycle as any other (its reminders, its
     * cut-off). The engine provinces' periods open with their instances, as without this.
     */
    ScaleData everyPlanCycle() {
        this.everyCycle = true;
        return this;
    }

    private void startPlanCycles() {
        List<Map<String, Object>> plans = jdbc.queryForList("""
                select p.id, p.org_unit_id from plan p join bench_scope s on s.id = p.org_unit_id where s.engine
                or ? order by s.level_code desc, p.id""", everyCycle);
        for (Map<String, Object> plan : plans) {
            long planId = ((Number) plan.get("id")).longValue();
            Map<String, Object> variables = new LinkedHashMap<>();
            PlanCycleProcess.PLAN_ID.put(variables, planId);
            PlanCycleProcess.ORG_UNIT_ID.put(variables, ((Number) plan.get("org_unit_id")).longValue());
            PlanCycleProcess.UPPER_PLAN_REGISTERED.put(variables, true);
            PlanCycleProcess.ADOPTED.put(variables, true);
            String instance = runtime.startProcessInstanceByKey(PlanCycleProcess.KEY, String.valueOf(planId),
                    variables).getId();
            jdbc.update("update plan set process_instance_id = ? where id = ?", instance, planId);
        }
    }

    private long count(String where) {
        return jdbc.queryForObject("select count(*) from bench_scope where " + where, Long.class);
    }

    /** The chosen provinces and everything below them. */
    private void scopeTable(List<String> provinceCodes) {
        jdbc.execute("drop table if exists bench_scope");
        jdbc.execute("create table bench_scope (id bigint primary key, parent_id bigint, kind varchar(20),"
                + " level_code varchar(30), name varchar(300), engine boolean not null default false)");
        jdbc.update("""
                insert into bench_scope (id, parent_id, kind, level_code, name)
                with recursive below as (
                    select id, parent_id, kind, level_code, name from org_unit
                    where level_code = 'PROVINCE' and official_code = any (?)
                    union all
                    select u.id, u.parent_id, u.kind, u.level_code, u.name from org_unit u join below b on u.parent_id = b.id)
                select id, parent_id, kind, level_code, name from below""", (Object) provinceCodes.toArray(String[]::new));
        // the targets' and the engine provinces' look-ups of a scope's children (a correlated sub-select per plan)
        jdbc.execute("create index bench_scope_parent on bench_scope (parent_id)");
        jdbc.execute("analyze bench_scope");
    }

    private void markEngineProvinces(int count, boolean smallestFirst) {
        jdbc.update("""
                with recursive chosen as (
                    select p.id from bench_scope p where p.level_code = 'PROVINCE'
                    order by (select count(*) from bench_scope c where c.parent_id = p.id) * ?, p.id limit ?),
                below as (select id from chosen union all select s.id from bench_scope s join below b on s.parent_id = b.id)
                update bench_scope set engine = true where id in (select id from below)""", smallestFirst ? 1 : -1,
                count);
    }

    private void users() {
        String hash = new BCryptPasswordEncoder().encode("bench");
        user("cb", "Cán bộ ", "kind = 'AREA'", "OFFICER", hash);
        user("ld", "Lãnh đạo ", "kind = 'AREA'", "LEADER", hash);
        user("ql", "Theo dõi ", "level_code = 'PROVINCE'", "MANAGER", hash);
        user("bc", "Báo cáo ", "kind = 'AGENCY'", "REPORTER", hash);
    }

    private void user(String prefix, String title, String where, String role, String hash) {
        jdbc.update("insert into app_user (username, full_name, password_hash, org_unit_id)"
                + " select '" + prefix + "' || id, ? || name, ?, id from bench_scope where " + where, title, hash);
        jdbc.update("insert into app_user_role (user_id, role) select u.id, ? from app_user u join bench_scope s"
                + " on u.org_unit_id = s.id and u.username = '" + prefix + "' || s.id", role);
    }

    private void plansAndPeriods(LocalDate today) {
        int year = today.getYear();
        String title = "Kế hoạch thực hiện công tác trẻ em năm " + year;
        jdbc.update("insert into plan (org_unit_id, title, year_from, year_to, status)"
                + " select id, ?, ?, ?, 'ISSUED' from bench_scope where level_code = 'PROVINCE'", title, year, year);
        jdbc.update("""
                insert into plan (org_unit_id, title, year_from, year_to, status, upper_plan_id)
                select c.id, ?, ?, ?, 'ISSUED', p.id from bench_scope c join plan p on p.org_unit_id = c.parent_id
                where c.level_code = 'COMMUNE'""", title, year, year);
        String period = """
                insert into reporting_period (plan_id, report_year, kind, data_from, data_to, opens_on, unit_due,
                    upper_due, reminder_days, status, upper_period_id)
                select p.id, ?, ?, ?, ?, ?, ?, ?, '7,1', 'PLANNED', %s from plan p
                join bench_scope s on s.id = p.org_unit_id %s where s.level_code = ?""";
        for (String kind : PERIOD_KINDS.subList(0, periodsPerPlan)) {
            LocalDate dataTo = LocalDate.of(year, DATA_TO_MONTH.get(kind), 1).plusMonths(1).minusDays(1);
            jdbc.update(period.formatted("null", ""), year, kind, LocalDate.of(year, 1, 1), dataTo,
                    today.minusDays(3), today.plusDays(25), null, "PROVINCE");
            jdbc.update(period.formatted("up.id", "join reporting_period up on up.plan_id = p.upper_plan_id"
                    + " and up.kind = '" + kind + "'"), year, kind, LocalDate.of(year, 1, 1), dataTo,
                    today.minusDays(5), today.plusDays(20), today.plusDays(22), "COMMUNE");
        }
        jdbc.update("""
                insert into assignment (plan_id, org_unit_id, duties)
                select p.id, u.id, 'Thực hiện các nhiệm vụ được giao' from plan p
                join bench_scope u on u.parent_id = p.org_unit_id
                where u.kind = 'AGENCY' or u.level_code = 'COMMUNE'""");
    }

    /**
     * Every plan asks for the same {@value #TARGETS} rates (the first catalogue indicators measured in percent whose
     * plausible range holds 90 %): a commune's every unit answers for each, so a unit report is submitted with its
     * figures ({@link #filledReport}), as the period asks; a province's targets name every one of its
     * communes ("UBND các xã, phường chủ trì"), so its figures roll up from the communes' consolidated reports.
     */
    private void targets(int year) {
        jdbc.update("""
                insert into plan_target (plan_id, position, indicator_id, milestone_year, comparator, target_value,
                    shape, responsible_unit_ids)
                select p.id, i.pos, i.id, ?, 'AT_LEAST', 80, 'LEVEL', (select string_agg(u.id::text, ',' order by u.id)
                    from bench_scope u where u.parent_id = p.org_unit_id
                    and u.kind = case when s.level_code = 'PROVINCE' then 'AREA' else 'AGENCY' end)
                from plan p join bench_scope s on s.id = p.org_unit_id
                cross join (select id, row_number() over (order by position, id) as pos from indicator
                    where measure = 'PERCENT' and active and coalesce(plausible_min, 0) <= 90
                    and coalesce(plausible_max, 100) >= 90 order by position, id limit ?) i""", year, TARGETS);
    }

    /** A unit's report with a figure for each of the plans' targets: 9 of 10 (90 %). */
    static UnitReportForm filledReport(JdbcTemplate jdbc) {
        List<Reading> values = jdbc.queryForList("select distinct indicator_id from plan_target order by 1", Long.class)
                .stream().map(id -> new Reading(id, 9L, 10L, false)).toList();
        return new UnitReportForm("Đã thực hiện", "", "", values);
    }

    private static double lap(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
