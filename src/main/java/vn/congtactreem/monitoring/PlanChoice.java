package vn.congtactreem.monitoring;

/** A plan a user may monitor, for the year/plan/period choice. */
public record PlanChoice(long planId, String title, long orgUnitId, String orgName, int yearFrom, int yearTo) {
}
