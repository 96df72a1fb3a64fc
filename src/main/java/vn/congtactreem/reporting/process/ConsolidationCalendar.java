package vn.congtactreem.reporting.process;

import java.util.Date;
import org.springframework.stereotype.Component;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.ReportingPeriod;

/**
 * {@code ${consolidationCalendar.dueAt(periodId)}}: the due date of writing and of approving the
 * consolidated report, the end of the organisation's own last day upward (none when the period has
 * no such day).
 */
@Component(ConsolidationProcess.Bean.CONSOLIDATION_CALENDAR)
public class ConsolidationCalendar {

    private final PlanService plans;

    public ConsolidationCalendar(PlanService plans) {
        this.plans = plans;
    }

    public Date dueAt(Long periodId) {
        ReportingPeriod period = plans.period(periodId);
        return period.upperDue() == null ? null : Date.from(Deadlines.dueInstant(period.upperDue()));
    }
}
