package vn.congtactreem.monitoring;

/** A unit's report in one period: its cell and its standing (what the reminder and exports read). */
public record UnitStanding(long unitId, String unitName, boolean subArea, UnitCell cell, ReportStanding standing) {
}
