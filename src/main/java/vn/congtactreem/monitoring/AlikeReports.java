package vn.congtactreem.monitoring;

/**
 * {@code count} expected reports of one period alike in everything the definitions ({@link ReportingRates})
 * read at a given moment: one row of the counts instead of one row per report.
 */
public record AlikeReports(ExpectedReport report, int count) {
}
