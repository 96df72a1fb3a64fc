package vn.congtactreem.monitoring;

import vn.congtactreem.reporting.ConsolidatedReportStatus;

/**
 * The tiles of one organisation's period: the counts and rates of its expected reports and how many
 * days are left to its own last day upward (negative: passed; null: it reports to no one).
 * {@code consolidation}: its own consolidated report's status, null before it exists.
 */
public record PeriodOverview(PeriodChoice period, String planTitle, long orgUnitId, String orgName, Tally tally,
                             Long daysToUpperDue, ConsolidatedReportStatus consolidation, Long consolidatedReportId) {
}
