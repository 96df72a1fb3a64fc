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

    /** Every year's 6-month and annual periods, and a multi-year programme's reviews ({@link #reviews}). */
    public static List<PeriodForm> forYears(int from, int to) {
        List<PeriodForm> periods = new ArrayList<>();
        List<PeriodForm> reviews = reviews(from, to);
        for (int year = from; year <= to; year++) {
            periods.addAll(forYear(year));
            int y = year;
            reviews.stream().filter(r -> r.year() == y).forEach(periods::add);
        }
        return periods;
    }

    /**
     * The reviews of a multi-year programme: the mid-term review (sơ kết) at the end of its middle
     * year (2025 for 2021–2030, 2023 for 2021–2025; from three years on) and the final review (tổng
     * kết) in its last year, covering everything since its start, after that year's annual report.
     */
    public static List<PeriodForm> reviews(int from, int to) {
        List<PeriodForm> periods = new ArrayList<>();
        if (to - from >= 2) {
            periods.add(review(PeriodKind.MID_TERM_REVIEW, from, from + (to - from) / 2));
        }
        if (to > from) {
            periods.add(review(PeriodKind.FINAL_REVIEW, from, to));
        }
        return periods;
    }

    private static PeriodForm review(PeriodKind kind, int from, int year) {
        return new PeriodForm(year, kind, DATA_START.atYear(from - 1), LocalDate.of(year, 12, 14),
                LocalDate.of(year, 11, 20), LocalDate.of(year, 12, 5), null, Deadlines.DEFAULT_REMINDER_DAYS);
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
