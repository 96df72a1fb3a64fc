package vn.congtactreem.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** The country-scale benchmark's figures: printed as they come, then written as its section of docs/benchmarks.md. */
final class ScaleReport {

    /** Median, 95th percentile (nearest rank) and maximum of repeated runs, in ms. */
    record Stats(int runs, double median, double p95, double max) {
        static Stats of(List<Double> millis) {
            List<Double> sorted = millis.stream().sorted().toList();
            int n = sorted.size();
            if (n == 0) {
                return new Stats(0, 0, 0, 0);
            }
            double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
            return new Stats(n, median, sorted.get(Math.max(0, (int) Math.ceil(0.95 * n) - 1)), sorted.get(n - 1));
        }
    }

    /** Where and how a benchmark's figures are written: its section of docs/benchmarks.md, title and method. */
    record Section(String name, String title, String method, String command) {
    }

    private static final String COUNTRY_METHOD = """
            **Method.** A fresh PostgreSQL database; the official list loaded by `AdminUnitImport` with the
            agency template; users, one issued plan per province and per commune (the commune's nested under
            its province's) and one reporting period each written by set-based SQL; then every period opened
            by `ReportingService.openPeriod` (its unit reports and one `unit-report` process instance each,
            through the engine); the engine's job executor drains the instances' first jobs; `ANALYZE`
            (autovacuum is off on this machine). Then a slice of the period runs end to end through the
            services (each unit of the first communes acknowledges, submits its figures for the plan's three
            targets, its officer accepts; the jobs this leaves are drained and counted in), and in the same run, same database, a bare process
            with the same three user tasks and no listener, delegate or timer (start, then query and
            complete each task). The inbox is measured against the engine's own task query for the same
            user, first on the engine-written tasks, then with the task tables grown by copies of
            engine-written rows (`TaskCopies`, unique candidate groups) and 1,000,000 historic tasks.
            The timer storm makes half the timers due at once and drains them with the starter's default
            job executor settings, then the other half with tuned settings. Server-side times (no HTTP,
            no browser). Median, 95th percentile (nearest rank), maximum in ms.
            """;

    private final String size;
    private final Section section;
    private final Map<String, String> facts = new LinkedHashMap<>();
    private final List<String> rows = new ArrayList<>();
    private final List<String> drains = new ArrayList<>();
    private final List<String> tables = new ArrayList<>();

    ScaleReport(String size) {
        this(size, new Section("scale-" + size, "One reporting period at size `" + size + "` (`CountryScaleBenchmark`)",
                COUNTRY_METHOD, "./mvnw -B -Pbenchmark test -Dtest=CountryScaleBenchmark -Dbenchmark.size=" + size));
    }

    ScaleReport(String size, Section section) {
        this.size = size;
        this.section = section;
    }

    void generated(ScaleData.Generated data) {
        fact("provinces / communes / agencies", data.provinces() + " / " + data.communes() + " / " + data.agencies());
        fact("users / plans / unit reports", data.users() + " / " + data.plans() + " / " + data.reports());
        fact("process instances / open tasks after generation", data.processInstances() + " / " + data.openTasks());
        data.stepMillis().forEach((step, millis) -> fact("generate: " + step + " (s)", String.format(Locale.ROOT,
                "%.1f", millis / 1000)));
    }

    void fact(String what, String value) {
        facts.put(what, value);
        System.out.println("[scale " + size + "] " + what + ": " + value);
    }

    void row(String what, String data, Stats stats) {
        String line = String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.1f | %.1f |", what, data, stats.runs(),
                stats.median(), stats.p95(), stats.max());
        rows.add(line);
        System.out.println("[scale " + size + "] " + line);
    }

    void drain(String what, JobDrain.Result result, JobDrain.Settings settings) {
        String line = String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.0f | %d | %d |", what,
                settings == null ? "none: run one by one in the test's thread" : settings.name(),
                result.executed(), result.seconds(), result.perSecond(), result.failedJobs(), result.incidents());
        drains.add(line);
        System.out.println("[scale " + size + "] " + line);
    }

    /**
     * A table of the benchmark's own, written after the others: its header (the heading row and the alignment
     * row) and its rows, each printed here.
     */
    void table(String header, List<String> lines) {
        lines.forEach(line -> System.out.println("[scale " + size + "] " + line));
        tables.add(header + "\n" + String.join("\n", lines) + "\n");
    }

    void write(JdbcTemplate jdbc) throws IOException {
        String database = jdbc.queryForObject("select version()", String.class);
        String history = jdbc.queryForObject("select value_ from act_ge_property where name_ = 'historyLevel'",
                String.class);
        StringBuilder text = new StringBuilder();
        text.append("## ").append(section.title()).append("\n\n");
        text.append(section.method());
        text.append("\n**Machine.** ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores shared with other builds, Java ").append(System.getProperty("java.version"))
                .append(", ").append(database == null ? "?" : database.split(",")[0])
                .append(" on the same machine, Camunda history level ").append(history)
                .append(". Date: ").append(LocalDate.now()).append(".\n\n");
        text.append("**Command.** `").append(section.command())
                .append("` (see the README's \"Benchmarks\" for the options).\n\n");
        text.append("| Figure | Value |\n|---|---:|\n");
        facts.forEach((what, value) -> text.append("| ").append(what).append(" | ").append(value).append(" |\n"));
        if (!rows.isEmpty()) {
            text.append("\n| Measured | Data | Runs | Median | p95 | Max |\n|---|---|---:|---:|---:|---:|\n");
            rows.forEach(r -> text.append(r).append('\n'));
        }
        if (!drains.isEmpty()) {
            text.append("\n| Jobs | Job executor | Jobs run | Seconds | Jobs/s | Failed jobs | Incidents |\n")
                    .append("|---|---|---:|---:|---:|---:|---:|\n");
            drains.forEach(d -> text.append(d).append('\n'));
        }
        tables.forEach(t -> text.append('\n').append(t));
        BenchmarkSections.write(Path.of("docs", "benchmarks.md"), BenchmarkSections.BENCHMARKS_HEADER,
                section.name(), text.toString());
    }
}
