package vn.congtactreem.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import vn.congtactreem.support.PostgresTestDatabase;

/**
 * The read-path indexes of migration V16 (issue 12), measured: a fresh PostgreSQL database migrated as the
 * application migrates it, filled with set-based SQL to the size of one reporting year of the whole country
 * (3,321 communes, each with its agencies, two periods and the values of every report), then each query the
 * application runs on those columns is timed with {@code EXPLAIN (ANALYZE, BUFFERS)} without its index and with
 * it. Not a test: nothing is asserted, the plans and times are printed and written to section
 * {@code read-path-indexes} of {@code docs/benchmarks.md}.
 * Run: {@code ./mvnw -Pbenchmark test -Dtest=ReadPathIndexBenchmark} ({@code -Dbenchmark.communes=N},
 * {@code -Dbenchmark.runs=N}).
 */
class ReadPathIndexBenchmark {

    private static final int COMMUNES = Integer.getInteger("benchmark.communes", 3321);
    private static final int AGENCIES = 8;
    private static final int RUNS = Integer.getInteger("benchmark.runs", 15);

    /**
     * A query of the application ({@code ?} is the key, chosen first by {@code keySql} so that the timed query
     * reads one table only), the index V16 (or an earlier migration) gave it, and how to make it.
     */
    record Probe(String what, String index, String create, String keySql, String sql) {
    }

    private static final List<Probe> PROBES = List.of(
            new Probe("Reports of one assignment (a unit's report history, scope checks)",
                    "unit_report_assignment_idx", "create index unit_report_assignment_idx on unit_report (assignment_id)",
                    "select max(id) / 2 from assignment", "select id, status from unit_report where assignment_id = ?"),
            new Probe("Is an indicator in use by values? (catalogue: delete or deactivate)",
                    "indicator_value_indicator_idx",
                    "create index indicator_value_indicator_idx on indicator_value (indicator_id)",
                    "select min(indicator_id) from indicator_value", "select count(*) from indicator_value where indicator_id = ?"),
            new Probe("Is an indicator in use by targets? (catalogue)", "plan_target_indicator_idx",
                    "create index plan_target_indicator_idx on plan_target (indicator_id)",
                    "select max(indicator_id) from plan_target", "select count(*) from plan_target where indicator_id = ?"),
            new Probe("Plans assigned to one organisation (inbox, scope; index of V15)", "assignment_org_idx",
                    "create index assignment_org_idx on assignment (org_unit_id)",
                    "select max(org_unit_id) from assignment", "select plan_id from assignment where org_unit_id = ?"),
            new Probe("Lower periods reporting into one period (roll-up across levels; index of V11)",
                    "reporting_period_upper_idx",
                    "create index reporting_period_upper_idx on reporting_period (upper_period_id)",
                    "select min(upper_period_id) from reporting_period",
                    "select id from reporting_period where upper_period_id = ?"));

    @Test
    void measure() throws Exception {
        String url = PostgresTestDatabase.freshDatabase("read_path");
        Flyway.configure().dataSource(url, PostgresTestDatabase.username(), PostgresTestDatabase.password())
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql",
                        "classpath:vn/congtactreem/plan/internal/migration")
                .load().migrate();
        StringBuilder out = new StringBuilder();
        try (Connection db = DriverManager.getConnection(url, PostgresTestDatabase.username(),
                PostgresTestDatabase.password()); Statement sql = db.createStatement()) {
            long fill = System.nanoTime();
            fill(sql);
            out.append(String.format(Locale.ROOT, "Data: %s, filled in %.1f s.%n%n", counts(sql),
                    (System.nanoTime() - fill) / 1e9));
            out.append("| query | index | without: plan | without: median ms | with: plan | with: median ms |\n");
            out.append("|---|---|---|---:|---|---:|\n");
            List<String> plans = new ArrayList<>();
            for (Probe probe : PROBES) {
                sql.execute("drop index if exists " + probe.index());
                sql.execute("analyze");
                String query = probe.sql().replace("?", String.valueOf(key(sql, probe.keySql())));
                Measured without = measure(sql, query);
                sql.execute(probe.create());
                sql.execute("analyze");
                Measured with = measure(sql, query);
                out.append(String.format(Locale.ROOT, "| %s | `%s` | %s | %.3f | %s | %.3f |%n", probe.what(),
                        probe.index(), without.node(), without.medianMs(), with.node(), with.medianMs()));
                plans.add("-- " + probe.what() + "\n" + query + "\n-- without " + probe.index() + ":\n"
                        + without.plan() + "\n-- with it:\n" + with.plan());
            }
            out.append("\nMedian of ").append(RUNS).append(" runs of `EXPLAIN (ANALYZE, BUFFERS)` (execution time "
                    + "as PostgreSQL reports it), after `ANALYZE`, on a warm cache. The plans of the last run:\n\n```\n")
                    .append(String.join("\n\n", plans)).append("\n```\n");
        }
        String body = "## Read-path indexes of V16, before and after (`ReadPathIndexBenchmark`)\n\n"
                + "Run: `./mvnw -Pbenchmark test -Dtest=ReadPathIndexBenchmark`. Measured "
                + java.time.LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, PostgreSQL on loopback. Not measured because it is a removal: V16_1 drops"
                + " `unit_report_period_idx` on PostgreSQL, which duplicated the unique (period_id, org_unit_id)"
                + " whose index serves the same reads.\n\n" + out;
        System.out.println(body);
        BenchmarkSections.write(Path.of("docs/benchmarks.md"), BenchmarkSections.BENCHMARKS_HEADER,
                "read-path-indexes", body);
    }

    record Measured(String node, double medianMs, String plan) {
    }

    private static Measured measure(Statement sql, String query) throws SQLException {
        double[] times = new double[RUNS];
        String plan = "";
        for (int run = 0; run < RUNS; run++) {
            StringBuilder lines = new StringBuilder();
            double ms = Double.NaN;
            try (ResultSet rows = sql.executeQuery("explain (analyze, buffers) " + query)) {
                while (rows.next()) {
                    String line = rows.getString(1);
                    lines.append(line).append('\n');
                    if (line.startsWith("Execution Time:")) {
                        ms = Double.parseDouble(line.replaceAll("[^0-9.]", ""));
                    }
                }
            }
            times[run] = ms;
            plan = lines.toString().strip();
        }
        Arrays.sort(times);
        return new Measured(scanOf(plan), times[RUNS / 2], plan);
    }

    /** The access path that reads the table, as the plan names it. */
    private static String scanOf(String plan) {
        for (String line : plan.split("\n")) {
            String node = line.replaceFirst("^[\\s>-]*", "");
            if (node.contains("Scan")) {
                return node.replaceAll("\\s+\\(cost.*", "").replaceAll("\\s+\\(actual.*", "");
            }
        }
        return "?";
    }

    private static long key(Statement sql, String keySql) throws SQLException {
        try (ResultSet rows = sql.executeQuery(keySql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String counts(Statement sql) throws SQLException {
        List<String> parts = new ArrayList<>();
        for (String table : List.of("org_unit", "plan", "assignment", "reporting_period", "unit_report",
                "plan_target", "indicator_value")) {
            try (ResultSet rows = sql.executeQuery("select count(*) from " + table)) {
                rows.next();
                parts.add(String.format(Locale.ROOT, "%,d %s", rows.getLong(1), table));
            }
        }
        return String.join(", ", parts);
    }

    /** One reporting year of the whole country, set-based. */
    private static void fill(Statement sql) throws SQLException {
        sql.execute("insert into org_unit (kind, level_code, name) select 'AREA', 'PROVINCE', 'Tỉnh ' || g"
                + " from generate_series(1, 34) g");
        sql.execute("create temporary table bench_province as select id from org_unit where level_code = 'PROVINCE'"
                + " and name like 'Tỉnh %' order by id desc limit 34");
        sql.execute("insert into org_unit (parent_id, kind, level_code, name) select"
                + " (select id from bench_province order by id offset (g % 34) limit 1), 'AREA', 'COMMUNE', 'Xã ' || g"
                + " from generate_series(1, " + COMMUNES + ") g");
        sql.execute("create temporary table bench_commune as select id, parent_id from org_unit"
                + " where level_code = 'COMMUNE' and name like 'Xã %'");
        sql.execute("insert into org_unit (parent_id, kind, agency_type_code, name) select c.id, 'AGENCY', t.code,"
                + " t.name_vi || ' ' || c.id from bench_commune c cross join (select code, name_vi from agency_type"
                + " order by code limit " + AGENCIES + ") t");
        sql.execute("insert into plan (org_unit_id, title, year_from, year_to, status) select p.id,"
                + " 'Kế hoạch tỉnh ' || p.id, 2025, 2025, 'ISSUED' from bench_province p");
        sql.execute("insert into plan (org_unit_id, title, year_from, year_to, status, upper_plan_id) select c.id,"
                + " 'Kế hoạch xã ' || c.id, 2025, 2025, 'ISSUED', (select id from plan where org_unit_id = c.parent_id)"
                + " from bench_commune c");
        sql.execute("insert into reporting_period (plan_id, report_year, kind, data_from, data_to, opens_on, unit_due,"
                + " status) select p.id, 2025, k.kind, date '2025-01-01', k.data_to, k.data_to, k.data_to + 10, 'OPEN'"
                + " from plan p cross join (values ('SIX_MONTHS', date '2025-06-15'), ('ANNUAL', date '2025-12-15'))"
                + " k(kind, data_to) where p.year_from = 2025");
        sql.execute("update reporting_period c set upper_period_id = u.id from plan cp, plan up, reporting_period u"
                + " where c.plan_id = cp.id and cp.upper_plan_id = up.id and u.plan_id = up.id and u.kind = c.kind");
        sql.execute("insert into assignment (plan_id, org_unit_id, duties) select p.id, a.id, 'Nhiệm vụ'"
                + " from plan p join org_unit a on a.parent_id = p.org_unit_id and a.kind = 'AGENCY'");
        sql.execute("insert into assignment (plan_id, org_unit_id, duties) select p.id, c.id, 'Xã thực hiện'"
                + " from plan p join bench_commune c on c.parent_id = p.org_unit_id");
        sql.execute("insert into unit_report (period_id, assignment_id, org_unit_id, status, sub_area)"
                + " select r.id, a.id, a.org_unit_id, 'SUBMITTED', false from reporting_period r"
                + " join assignment a on a.plan_id = r.plan_id");
        sql.execute("insert into plan_target (plan_id, position, indicator_id, milestone_year, comparator,"
                + " target_value, shape) select p.id, i.position, i.id, 2025, 'AT_LEAST', 90, 'LEVEL'"
                + " from plan p cross join (select id, row_number() over (order by id) as position from indicator"
                + " where measure <> 'YES_NO' order by id limit 20) i");
        sql.execute("insert into indicator_value (unit_report_id, indicator_id, numerator, denominator, entered_by,"
                + " entered_at) select r.id, i.id, 9, 10, 'bench', now() from unit_report r"
                + " cross join (select id from indicator where measure <> 'YES_NO' order by id limit 10) i");
    }
}
