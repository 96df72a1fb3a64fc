package vn.congtactreem.monitoring;

import java.time.Instant;
import java.util.Collection;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.reporting.UnitReportStatus;

/**
 * The monitoring definitions, in one place for the dashboard, the API and the exports (after
 * DHIS2's reporting rate and timeliness, with this product's deadlines):
 * <ul>
 * <li><b>expected</b>: the report was opened for the unit (a unit added mid-period counts from
 * then); a unit deactivated before it submitted stops counting from that moment;</li>
 * <li><b>submitted</b>: submitted at least once; <b>on time</b>: the first submission on or before
 * the unit's last day in Vietnam time ({@link Deadlines#isLate}); <b>late</b>: after it;
 * <b>missing</b>: the last day passed without a submission; <b>not yet due</b>: it has not;</li>
 * <li><b>accepted</b> and <b>returned, awaiting correction</b>: the officer's review;</li>
 * <li>a sub-area running its own cycle is one expected report upstairs: its consolidated report.</li>
 * </ul>
 */
public final class ReportingRates {

    private ReportingRates() {
    }

    /** Where {@code report} stands at {@code now}. */
    public static ReportStanding standing(ExpectedReport report, Instant now) {
        boolean submitted = report.firstSubmittedAt() != null && !report.firstSubmittedAt().isAfter(now);
        Timeliness timeliness;
        if (submitted) {
            timeliness = Deadlines.isLate(report.firstSubmittedAt(), report.lastDay()) ? Timeliness.LATE
                    : Timeliness.ON_TIME;
        } else {
            timeliness = now.isBefore(Deadlines.dueInstant(report.lastDay())) ? Timeliness.NOT_YET_DUE
                    : Timeliness.MISSING;
        }
        return new ReportStanding(expected(report, now, submitted), timeliness, report.status());
    }

    /** The counts and rates of these reports at {@code now}. */
    public static Tally tally(Collection<ExpectedReport> reports, Instant now) {
        return tallyOfAlike(reports.stream().map(r -> new AlikeReports(r, 1)).toList(), now);
    }

    /**
     * The counts and rates at {@code now} of reports folded into alike groups (the read model of the counts,
     * {@code monitoring_count}): each group counts as its number of reports, each standing as its report's.
     */
    public static Tally tallyOfAlike(Collection<AlikeReports> groups, Instant now) {
        int expected = 0;
        int submitted = 0;
        int onTime = 0;
        int late = 0;
        int missing = 0;
        int notYetDue = 0;
        int accepted = 0;
        int returned = 0;
        for (AlikeReports group : groups) {
            ExpectedReport report = group.report();
            ReportStanding standing = standing(report, now);
            int n = group.count();
            if (!standing.expected() || n == 0) {
                continue;
            }
            expected += n;
            switch (standing.timeliness()) {
                case ON_TIME -> onTime += n;
                case LATE -> late += n;
                case MISSING -> missing += n;
                case NOT_YET_DUE -> notYetDue += n;
            }
            submitted += standing.submitted() ? n : 0;
            accepted += report.status() == UnitReportStatus.ACCEPTED ? n : 0;
            returned += report.status() == UnitReportStatus.RETURNED ? n : 0;
        }
        return new Tally(expected, submitted, onTime, late, missing, notYetDue, accepted, returned);
    }

    private static boolean expected(ExpectedReport report, Instant now, boolean submitted) {
        if (report.openedAt() != null && report.openedAt().isAfter(now)) {
            return false;
        }
        Instant gone = report.deactivatedAt();
        if (gone == null || gone.isAfter(now)) {
            return true;
        }
        // deactivated: what it submitted before counts, nothing is awaited from it any more
        return submitted && !report.firstSubmittedAt().isAfter(gone);
    }
}
