package vn.congtactreem.demo;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.congtactreem.indicator.IndicatorCatalog;
import vn.congtactreem.indicator.Reading;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.Deadlines;

/** What the demo's stories share: the demo clock, letting the engine run, finding users and units. */
@Component
@Profile("dev")
@ConditionalOnProperty(name = "app.demo.cycle", havingValue = "true")
class DemoSteps {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSteps.class);
    private static final int MAX_SETTLE_ROUNDS = 600;

    private final OrgService orgs;
    private final UserService users;
    private final ManagementService management;
    private final ProcessEngine engine;
    private final DemoClock clock;
    private final IndicatorCatalog catalog;

    DemoSteps(OrgService orgs, UserService users, ManagementService management, ProcessEngine engine,
              DemoClock clock, IndicatorCatalog catalog) {
        this.orgs = orgs;
        this.users = users;
        this.management = management;
        this.engine = engine;
        this.clock = clock;
        this.catalog = catalog;
    }

    void moveTo(Instant moment) {
        clock.setNow(moment);
    }

    /** Lets the engine run what is due now: the job executor if it runs, else this thread. */
    void settle() {
        JobExecutor executor = ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getJobExecutor();
        for (int round = 0; round < MAX_SETTLE_ROUNDS; round++) {
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            if (executor != null && executor.isActive()) {
                executor.jobWasAdded();
                sleep();
            } else {
                due.forEach(this::execute);
            }
        }
        LOG.warn("Demo cycle: jobs still due after waiting; the demo may be incomplete");
    }

    /**
     * Runs a due job here; the job executor may start meanwhile (it starts with the application) and run it first:
     * a job gone by then was done, not failed. A job still there failed for real and is reported.
     */
    private void execute(Job job) {
        try {
            management.executeJob(job.getId());
        } catch (ProcessEngineException e) {
            if (management.createJobQuery().jobId(job.getId()).count() > 0) {
                throw e;
            }
            LOG.debug("Demo cycle: job {} was run by the job executor meanwhile", job.getId());
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    UserAccount user(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    OrgUnit unit(String name) {
        return orgs.all().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    Reading reading(String code, long numerator, long denominator) {
        return new Reading(indicator(code), numerator, denominator, false);
    }

    long indicator(String code) {
        return catalog.byCode(code).orElseThrow(() -> new IllegalStateException("indicator " + code)).id();
    }

    static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(Deadlines.VIETNAM).toInstant();
    }
}
