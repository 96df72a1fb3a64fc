package vn.congtactreem.plan.process;

import java.util.Date;
import org.springframework.stereotype.Component;
import vn.congtactreem.plan.PlanService;

/** The plan cycle's timer dates, read from the period: {@code ${periodCalendar.opensAt(periodId)}}. */
@Component(PlanCycleProcess.Bean.PERIOD_CALENDAR)
public class PeriodCalendar {

    private final PlanService plans;

    public PeriodCalendar(PlanService plans) {
        this.plans = plans;
    }

    public Date opensAt(Long periodId) {
        return plans.opensAt(periodId);
    }

    public Date cutOffAt(Long periodId) {
        return plans.cutOffAt(periodId);
    }
}
