package vn.congtactreem.reporting;

/** What a unit writes: results achieved, difficulties, proposals. */
public record UnitReportForm(String results, String difficulties, String proposals) {
}
