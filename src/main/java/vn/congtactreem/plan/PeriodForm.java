package vn.congtactreem.plan;

import java.time.LocalDate;

/** A reporting period as the officer drafts it; {@code reminderDays} as typed ("7,1"). */
public record PeriodForm(Integer year, PeriodKind kind, LocalDate dataFrom, LocalDate dataTo, LocalDate opensOn,
                         LocalDate unitDue, LocalDate upperDue, String reminderDays) {
}
