package vn.congtactreem.monitoring;

/** One step of the drill-down path: an organisation's period, from the top of the user's scope. */
public record Crumb(long periodId, long orgUnitId, String orgName) {
}
