package vn.congtactreem.plan;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * Periods a new plan starts with. Data periods follow the reporting regime (NĐ 09/2019/NĐ-CP):
 * 6 months from 15/12 of the previous year to 14/6, the year from 15/12 to 14/12. Submission dates
 * follow the seed plans ("trước ngày 19/5", "trước ngày 17/11") until the officer changes them.
 */
public final class PeriodDefaults {

    static final int NESTED_LEAD_DAYS = 3;
    private static final MonthDay DATA_START = MonthDay.of(12, 15);

    private PeriodDefaults() {
    }

    public static List<PeriodForm> forYears(int from, int to) {
        List<PeriodForm> periods = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            periods.addAll(forYear(year));
        }
        return periods;
    }

    public static List<PeriodForm> forYear(int year) {
        LocalDate dataFrom = DATA_START.atYear(year - 1);
        return List.of(
                new PeriodForm(year, PeriodKind.SIX_MONTHS, dataFrom, LocalDate.of(year, 6, 14),
                        LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 18), null, Deadlines.DEFAULT_REMINDER_DAYS),
                new PeriodForm(year, PeriodKind.ANNUAL, dataFrom, LocalDate.of(year, 12, 14),
                        LocalDate.of(year, 11, 1), LocalDate.of(year, 11, 16), null, Deadlines.DEFAULT_REMINDER_DAYS));
    }

    /**
     * A sub-area's period reporting into an upper plan's period: its own last day upward is the upper
     * level's last day for units; its units report {@value #NESTED_LEAD_DAYS} days earlier.
     */
    public static PeriodForm reportingInto(ReportingPeriod upper) {
        LocalDate unitDue = upper.unitDue().minusDays(NESTED_LEAD_DAYS);
        if (unitDue.isBefore(upper.opensOn())) {
            unitDue = upper.opensOn();
        }
        return new PeriodForm(upper.year(), upper.kind(), upper.dataFrom(), upper.dataTo(), upper.opensOn(), unitDue,
                upper.unitDue(), Deadlines.joinReminderDays(upper.reminderDays()));
    }
}
