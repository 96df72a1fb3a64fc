package vn.congtactreem.plan;

import java.time.LocalDate;

/**
 * The one rule for a programme registered in the middle of its years: a period is past when its
 * units' last day was before the day the plan is registered. Past periods never open (no tasks,
 * reminders or overdue notices); a period still running, or yet to come, runs as in any plan.
 */
public final class PastPeriods {

    private PastPeriods() {
    }

    public static boolean isPast(LocalDate unitDue, LocalDate registeredOn) {
        return unitDue.isBefore(registeredOn);
    }
}
