package vn.congtactreem.plan;

import java.time.LocalDate;

/** A line in a list of plans. */
public record PlanSummary(long id, long orgUnitId, String orgUnitName, String title, int yearFrom, int yearTo,
                          PlanStatus status, String documentNumber, LocalDate issuedOn, Long upperPlanId) {
}
