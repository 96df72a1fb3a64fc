package vn.congtactreem.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.reporting.UnitReportStatus;

class ReportingRatesTests {

    /** "trước ngày 19/5": the last day is 18/05/2024. */
    private static final LocalDate LAST_DAY = LocalDate.of(2024, 5, 18);
    private static final Instant OPENED = vietnam(2024, 5, 2, 8, 0);

    @Test
    void submittedAt2359OfTheLastDayVietnamTimeIsOnTimeAndAt0001AfterIsLate() {
        Instant now = vietnam(2024, 5, 25, 9, 0);
        ReportStanding onTime = ReportingRates.standing(submitted(1, vietnam(2024, 5, 18, 23, 59)), now);
        ReportStanding late = ReportingRates.standing(submitted(2, vietnam(2024, 5, 19, 0, 1)), now);

        assertThat(onTime.timeliness()).isEqualTo(Timeliness.ON_TIME);
        assertThat(late.timeliness()).isEqualTo(Timeliness.LATE);
        // 23:59 in Vietnam is 16:59 UTC: the rule reads Vietnam's calendar, not the server's
        assertThat(vietnam(2024, 5, 18, 23, 59)).isEqualTo(Instant.parse("2024-05-18T16:59:00Z"));
        Tally tally = ReportingRates.tally(List.of(submitted(1, vietnam(2024, 5, 18, 23, 59)),
                submitted(2, vietnam(2024, 5, 19, 0, 1))), now);
        assertThat(tally.onTime()).isEqualTo(1);
        assertThat(tally.late()).isEqualTo(1);
        assertThat(tally.submitted()).isEqualTo(2);
        assertThat(tally.reportingRate()).isEqualByComparingTo("100");
        assertThat(tally.onTimeRate()).isEqualByComparingTo("50");
    }

    @Test
    void notSubmittedIsNotYetDueUntilTheEndOfTheLastDayThenMissing() {
        ExpectedReport nothing = report(1, null, null, UnitReportStatus.DRAFT);

        assertThat(ReportingRates.standing(nothing, vietnam(2024, 5, 18, 23, 59)).timeliness())
                .isEqualTo(Timeliness.NOT_YET_DUE);
        assertThat(ReportingRates.standing(nothing, vietnam(2024, 5, 19, 0, 0)).timeliness())
                .isEqualTo(Timeliness.MISSING);
        assertThat(ReportingRates.standing(nothing, vietnam(2024, 5, 19, 0, 0)).cell())
                .isEqualTo(ReportStanding.CellStatus.MISSING);
    }

    @Test
    void aUnitDeactivatedMidPeriodStopsCountingUnlessItSubmittedBefore() {
        Instant gone = vietnam(2024, 5, 10, 10, 0);
        ExpectedReport silentThenGone = report(1, gone, null, UnitReportStatus.OPEN);
        ExpectedReport submittedThenGone = report(2, gone, vietnam(2024, 5, 8, 9, 0), UnitReportStatus.ACCEPTED);
        ExpectedReport active = report(3, null, null, UnitReportStatus.OPEN);

        Tally beforeDeactivation = ReportingRates.tally(List.of(silentThenGone, submittedThenGone, active),
                vietnam(2024, 5, 9, 9, 0));
        Tally after = ReportingRates.tally(List.of(silentThenGone, submittedThenGone, active),
                vietnam(2024, 5, 25, 9, 0));

        assertThat(beforeDeactivation.expected()).isEqualTo(3);
        assertThat(beforeDeactivation.notYetDue()).isEqualTo(2);
        assertThat(after.expected()).isEqualTo(2);
        assertThat(after.missing()).isEqualTo(1);
        assertThat(after.accepted()).isEqualTo(1);
        assertThat(after.reportingRateText()).isEqualTo("1/2 (50 %)");
        assertThat(ReportingRates.standing(silentThenGone, vietnam(2024, 5, 25, 9, 0)).cell())
                .isEqualTo(ReportStanding.CellStatus.NOT_EXPECTED);
    }

    @Test
    void aReportOpenedLaterThanNowIsNotExpectedYet() {
        ExpectedReport addedLater = new ExpectedReport(1, vietnam(2024, 5, 12, 9, 0), null, LAST_DAY, null,
                UnitReportStatus.OPEN);

        assertThat(ReportingRates.tally(List.of(addedLater), vietnam(2024, 5, 11, 9, 0)).expected()).isZero();
        assertThat(ReportingRates.tally(List.of(addedLater), vietnam(2024, 5, 12, 9, 0)).expected()).isEqualTo(1);
    }

    @Test
    void aSubAreaWithItsOwnCycleIsOneReportUpstairsAndHasItsOwnFiguresBelow() {
        Instant now = vietnam(2024, 5, 25, 9, 0);
        // upstairs: the police, the health station and the commune, fulfilled by its consolidated report
        List<ExpectedReport> district = List.of(submitted(1, vietnam(2024, 5, 10, 9, 0)),
                report(2, null, null, UnitReportStatus.OPEN),
                report(3, null, vietnam(2024, 5, 17, 15, 0), UnitReportStatus.SUBMITTED));
        // below: the commune's own twelve units, two of them late (their last day is earlier)
        List<ExpectedReport> commune = new java.util.ArrayList<>();
        for (int unit = 10; unit < 22; unit++) {
            Instant at = unit < 12 ? vietnam(2024, 5, 14, 9, 0) : vietnam(2024, 5, 12, 9, 0);
            commune.add(new ExpectedReport(unit, OPENED, null, LocalDate.of(2024, 5, 13), at,
                    UnitReportStatus.ACCEPTED));
        }

        Tally upstairs = ReportingRates.tally(district, now);
        Tally below = ReportingRates.tally(commune, now);

        assertThat(upstairs.expected()).isEqualTo(3);
        assertThat(upstairs.submitted()).isEqualTo(2);
        assertThat(upstairs.missing()).isEqualTo(1);
        assertThat(below.expected()).isEqualTo(12);
        assertThat(below.late()).isEqualTo(2);
        assertThat(below.onTimeRate()).isEqualByComparingTo(new BigDecimal("83.3"));
        assertThat(below.onTimeRateText()).isEqualTo("10/12 (83,3 %)");
    }

    @Test
    void noRateWhenNothingIsExpected() {
        assertThat(Tally.EMPTY.reportingRate()).isNull();
        assertThat(Tally.EMPTY.reportingRateText()).isEqualTo("0/0");
    }

    @Test
    void reviewDecidesTheCellOnceSubmitted() {
        Instant now = vietnam(2024, 5, 25, 9, 0);
        ExpectedReport returned = report(1, null, vietnam(2024, 5, 20, 9, 0), UnitReportStatus.RETURNED);

        ReportStanding standing = ReportingRates.standing(returned, now);

        assertThat(standing.cell()).isEqualTo(ReportStanding.CellStatus.RETURNED);
        assertThat(standing.timeliness()).isEqualTo(Timeliness.LATE);
        assertThat(ReportingRates.tally(List.of(returned), now).returned()).isEqualTo(1);
    }

    private static ExpectedReport submitted(long unit, Instant at) {
        return report(unit, null, at, UnitReportStatus.SUBMITTED);
    }

    private static ExpectedReport report(long unit, Instant deactivatedAt, Instant firstSubmittedAt,
                                         UnitReportStatus status) {
        return new ExpectedReport(unit, OPENED, deactivatedAt, LAST_DAY, firstSubmittedAt, status);
    }

    private static Instant vietnam(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(Deadlines.VIETNAM).toInstant();
    }
}
