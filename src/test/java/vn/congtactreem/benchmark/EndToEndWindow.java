package vn.congtactreem.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Wall and calling-thread CPU time of the calls counted for a per-report figure, and the engine-only baselines
 * ({@link EngineBaselines}) measured the same way: the same run, the same database, the same number of reports.
 */
final class EndToEndWindow {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    double millis;
    double cpuMillis;
    double startMillis;
    long reports;

    /** Times {@code call} (its result must not be null); counted in the window's totals when {@code counted}. */
    double time(boolean counted, Supplier<Object> call) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Object result = call.get();
        double wall = (System.nanoTime() - start) / 1e6;
        if (result == null) {
            throw new IllegalStateException("nothing measured");
        }
        if (counted) {
            millis += wall;
            cpuMillis += (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
        }
        return wall;
    }

    /** Runs the due jobs in this thread, counted in the window. */
    JobDrain.Result timeJobs(JobDrain jobs) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        JobDrain.Result result = jobs.runInThisThread();
        millis += result.seconds() * 1000;
        cpuMillis += (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
        return result;
    }

    String perReport() {
        return fmt(millis / reports) + " (CPU " + fmt(cpuMillis / reports) + ")";
    }

    String startPerReport() {
        return fmt(startMillis / reports);
    }

    String ratio(EndToEndWindow other) {
        return fmt((millis / reports) / (other.millis / other.reports)) + " (CPU "
                + fmt((cpuMillis / reports) / (other.cpuMillis / other.reports)) + ")";
    }

    /** The wall ratio with the other's start counted in (the former figure). */
    String ratioWithStart(EndToEndWindow other) {
        return fmt((millis / reports) / ((other.millis + other.startMillis) / other.reports));
    }

    /**
     * One of the engine-only baselines: one instance of {@code key} per report, started (with its first jobs)
     * outside the window, as the application's were started when the period opened; the start is timed apart.
     */
    static EndToEndWindow engineOnly(EngineBaselines baselines, String key, long reports, JobDrain jobs) {
        EndToEndWindow window = new EndToEndWindow();
        List<String> keys = new ArrayList<>();
        EndToEndWindow start = new EndToEndWindow();
        for (long i = 0; i < reports; i++) {
            long n = i;
            start.time(true, () -> keys.add(baselines.start(key, n)));
        }
        start.timeJobs(jobs);
        for (String businessKey : keys) {
            for (int step = 0; step < EngineBaselines.TASKS; step++) {
                int s = step;
                window.time(true, () -> {
                    baselines.complete(baselines.next(businessKey), s);
                    return businessKey;
                });
            }
            window.reports++;
        }
        window.timeJobs(jobs);
        window.startMillis = start.millis;
        return window;
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
