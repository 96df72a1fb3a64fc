package vn.congtactreem.monitoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.congtactreem.plan.PeriodKind;

/** A reporting period of a plan: its kind and year, the units' last day and the organisation's own. */
public record PeriodChoice(long periodId, long planId, PeriodKind kind, int year, LocalDate unitDue,
                           LocalDate upperDue) {

    /** The period whose units' last day is nearest {@code today} (the earlier one on a tie). */
    public static Optional<PeriodChoice> nearest(List<PeriodChoice> periods, LocalDate today) {
        return periods.stream().min(Comparator
                .comparingLong((PeriodChoice p) -> Math.abs(ChronoUnit.DAYS.between(today, p.unitDue())))
                .thenComparing(PeriodChoice::unitDue));
    }
}
