package vn.congtactreem.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * One reporting period of a plan. The data period (from/to) and the submission dates are different
 * things: units submit until {@code unitDue} (last day, inclusive) and the organisation submits
 * upward until {@code upperDue}.
 */
public record ReportingPeriod(long id, long planId, int year, PeriodKind kind, LocalDate dataFrom, LocalDate dataTo,
                              LocalDate opensOn, LocalDate unitDue, LocalDate upperDue, List<Integer> reminderDays,
                              PeriodStatus status, Long upperPeriodId) {
}
