package vn.congtactreem.support;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Runs the engine's due jobs (async continuations, timers) in the test's thread, the way the job
 * executor would, until none is left: integration tests stay deterministic. Moving the engine clock
 * moves "now" for the domain too (CycleClock).
 */
public final class ProcessJobs {

    private static final int MAX_ROUNDS = 200;

    private ProcessJobs() {
    }

    public static void setClock(Instant now) {
        ClockUtil.setCurrentTime(Date.from(now));
    }

    public static void resetClock() {
        ClockUtil.reset();
    }

    /** Executes every executable job (due now or without a due date), repeatedly; returns how many ran. */
    public static int runDue(ManagementService management) {
        int ran = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return ran;
            }
            for (Job job : due) {
                management.executeJob(job.getId());
                ran++;
            }
        }
        throw new AssertionError("Jobs still due after " + MAX_ROUNDS + " rounds: a timer loop?");
    }
}
