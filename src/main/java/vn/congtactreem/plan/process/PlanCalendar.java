package vn.congtactreem.plan.process;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.ReportingPeriod;

/**
 * {@code ${planCalendar.reviewDueAt(planId)}}: the leader's decision on a draft just sent is due
 * {@code app.deadlines.review-days} later, and never after the day before the plan's first period opens
 * (its units must have their parts by then).
 */
@Component(PlanCycleProcess.Bean.PLAN_CALENDAR)
public class PlanCalendar {

    private final PlanService plans;
    private final CycleClock clock;
    private final int reviewDays;

    public PlanCalendar(PlanService plans, CycleClock clock, @Value("${app.deadlines.review-days:3}") int reviewDays) {
        this.plans = plans;
        this.clock = clock;
        this.reviewDays = reviewDays;
    }

    public Date reviewDueAt(Long planId) {
        LocalDate dayBeforeOpening = plans.load(planId).periods().stream().map(ReportingPeriod::opensOn)
                .min(Comparator.naturalOrder()).map(day -> day.minusDays(1)).orElse(null);
        return Date.from(Deadlines.reviewDue(clock.now(), reviewDays, dayBeforeOpening));
    }
}
