package vn.congtactreem.substitute;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Substitutions begin and end by themselves: every {@code app.substitutes.sync} (application.yaml: 5 minutes) the
 * engine's links follow the substitutions running on the cycle's day ({@link SubstitutionService#applyToTasks}).
 * Rights never wait for it: they are decided on the day the substitute acts.
 */
@Component
@ConditionalOnProperty(name = "app.substitutes.job", havingValue = "true")
class SubstitutionJob {

    private final SubstitutionService substitutions;

    SubstitutionJob(SubstitutionService substitutions) {
        this.substitutions = substitutions;
    }

    @Scheduled(initialDelayString = "${app.substitutes.sync}", fixedDelayString = "${app.substitutes.sync}")
    void run() {
        substitutions.applyToTasks();
    }
}
