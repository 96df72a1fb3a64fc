package vn.congtactreem.plan;

import java.time.LocalDate;
import java.time.Month;
import java.util.Collection;

/**
 * The year "Lập kế hoạch mới" proposes: next year in December (when officers draft next year's plan) or when the
 * organisation already has its annual plan for this year; otherwise this year. A proposal only: the officer may change
 * it. Pure; "today" comes from the cycle's clock.
 */
public final class NewPlanYear {

    private NewPlanYear() {
    }

    /**
     * @param today       the cycle's today (Vietnam time)
     * @param startYears  the years of the organisation's own annual plans (a programme, 2021–2030, is not one)
     */
    public static int propose(LocalDate today, Collection<Integer> startYears) {
        int year = today.getYear();
        return today.getMonth() == Month.DECEMBER || startYears.contains(year) ? year + 1 : year;
    }
}
