package vn.congtactreem.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.base.ValidationException;

/**
 * The administrator's demo clock (dev profile with the demo cycle only): moves the engine clock
 * forward, never back, and lets the timers that became due fire at once (reminders, escalations,
 * periods opening), so their notifications are in the outbox when the page answers. The job
 * executor runs them when it is active (woken up and waited for), else this thread does.
 */
@Component
@Profile("dev")
@ConditionalOnProperty(name = "app.demo.cycle", havingValue = "true")
public class DemoClockTool {

    public static final String FIELD_TARGET = "target";
    private static final Logger LOG = LoggerFactory.getLogger(DemoClockTool.class);
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final DemoClock demoClock;
    private final CycleClock clock;
    private final ManagementService management;
    private final ProcessEngine engine;

    public DemoClockTool(DemoClock demoClock, CycleClock clock, ManagementService management, ProcessEngine engine) {
        this.demoClock = demoClock;
        this.clock = clock;
        this.management = management;
        this.engine = engine;
    }

    /** The clock moved and how many due jobs ran after it. */
    public record Moved(Instant now, int jobsRun) {
    }

    public Instant now() {
        return clock.now();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Moved forward(Duration by) {
        return moveTo(clock.now().plus(by));
    }

    /** Moves the clock to {@code target} (not before now) and runs the jobs due by then. */
    @PreAuthorize("hasRole('ADMIN')")
    public Moved moveTo(Instant target) {
        Instant now = clock.now();
        if (target == null) {
            throw new ValidationException(FIELD_TARGET, "demoClock.error.required");
        }
        if (target.isBefore(now)) {
            throw new ValidationException(FIELD_TARGET, "demoClock.error.backwards", target, now);
        }
        demoClock.setNow(target);
        int ran = runDueJobs();
        LOG.info("Demo clock moved from {} to {}; {} due job(s) ran", now, target, ran);
        return new Moved(clock.now(), ran);
    }

    /** Until no job is due: each round the executor is woken and waited for, or this thread runs them. */
    private int runDueJobs() {
        JobExecutor executor = ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getJobExecutor();
        Set<String> seen = new HashSet<>();
        Instant giveUp = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(giveUp)) {
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return seen.size();
            }
            due.forEach(job -> seen.add(job.getId()));
            if (executor != null && executor.isActive()) {
                executor.jobWasAdded();
                pause();
            } else {
                due.forEach(job -> management.executeJob(job.getId()));
            }
        }
        LOG.warn("Demo clock: jobs still due after {}; they run when the job executor gets to them", WAIT);
        return seen.size();
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
