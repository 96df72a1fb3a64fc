package vn.congtactreem.plan.process;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.ReportingPeriod;

/**
 * The plan cycle's timer dates, read from the period: {@code ${periodCalendar.opensAt(periodId)}},
 * {@code cutOffAt}, and the period's reminders (08:00, the period's list of days before the units' last day):
 * {@code hasReminderLeft} and {@code nextReminderAt}, the first still ahead of now.
 */
@Component(PlanCycleProcess.Bean.PERIOD_CALENDAR)
public class PeriodCalendar {

    private final PlanService plans;
    private final CycleClock clock;

    public PeriodCalendar(PlanService plans, CycleClock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    public Date opensAt(Long periodId) {
        return plans.opensAt(periodId);
    }

    public Date cutOffAt(Long periodId) {
        return plans.cutOffAt(periodId);
    }

    public boolean hasReminderLeft(Long periodId) {
        return nextReminder(periodId).isPresent();
    }

    /**
     * The next reminder's moment. The gateway before the timer has seen one left: if its moment has passed in
     * between, it is due now.
     */
    public Date nextReminderAt(Long periodId) {
        return Date.from(nextReminder(periodId).orElseGet(clock::now));
    }

    private Optional<Instant> nextReminder(long periodId) {
        ReportingPeriod period = plans.period(periodId);
        return Deadlines.nextReminder(period.unitDue(), period.reminderDays(), clock.now());
    }
}
