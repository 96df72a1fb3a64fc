package vn.congtactreem.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congtactreem.indicator.Indicators.CARED_FOR;
import static vn.congtactreem.indicator.Indicators.CHILD_FRIENDLY;
import static vn.congtactreem.indicator.Indicators.INJURY_DEATHS;
import static vn.congtactreem.indicator.Indicators.INJURY_RATE;
import static vn.congtactreem.indicator.Indicators.target;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TargetEvaluationTests {

    private static final Target ABOVE_95 = target(CARED_FOR, 2024, Comparator.MORE_THAN, "95");
    private static final Target INJURIES_AT_MOST_300 = target(INJURY_RATE, 2024, Comparator.AT_MOST, "300");

    @Test
    void aFigureThatMeetsTheTargetIsAchieved() {
        assertThat(status(ABOVE_95, "96", null, 2024.5)).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(status(INJURIES_AT_MOST_300, "300", null, 2025.0)).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(status(target(CHILD_FRIENDLY, 2024, Comparator.EQUAL, "1"), "1", null, 2025.0))
                .isEqualTo(TargetStatus.ACHIEVED);
    }

    @Test
    void exactlyTheValueIsNotMoreThanIt() {
        assertThat(status(ABOVE_95, "95", null, 2025.0)).isEqualTo(TargetStatus.NOT_ACHIEVED);
        assertThat(status(target(CARED_FOR, 2024, Comparator.AT_LEAST, "95"), "95", null, 2025.0))
                .isEqualTo(TargetStatus.ACHIEVED);
    }

    @Test
    void notMetWhenTheMilestoneYearIsOverIsNotAchieved() {
        assertThat(status(ABOVE_95, "94", null, 2025.0)).isEqualTo(TargetStatus.NOT_ACHIEVED);
        assertThat(status(INJURIES_AT_MOST_300, "301", "400", 2025.0)).isEqualTo(TargetStatus.NOT_ACHIEVED);
    }

    @Test
    void aMilestoneMissedAtItsOwnYearIsNotAchievedNotBehindSchedule() {
        // a 2025 milestone: the 6-month and 9-month reports of 2025 still have time ("Chậm tiến độ")
        Target care2025 = target(CARED_FOR, 2025, Comparator.AT_LEAST, "90", 2024, "80");
        assertThat(status(care2025, "81", null, 2025.5)).isEqualTo(TargetStatus.OFF_TRACK);
        assertThat(status(care2025, "82", null, 2025.75)).isEqualTo(TargetStatus.OFF_TRACK);
        // the annual report of 2025 and the 2025 sơ kết (both describe the end of 2025): "Không đạt"
        assertThat(status(care2025, "89", null, 2026.0)).isEqualTo(TargetStatus.NOT_ACHIEVED);
        // and every later period
        assertThat(status(care2025, "89", null, 2026.5)).isEqualTo(TargetStatus.NOT_ACHIEVED);
        // met is met, whenever
        assertThat(status(care2025, "90", null, 2026.0)).isEqualTo(TargetStatus.ACHIEVED);
        // without a baseline: on track while the year runs, not achieved at its end
        Target noBaseline = target(CARED_FOR, 2025, Comparator.AT_LEAST, "90");
        assertThat(status(noBaseline, "50", null, 2025.5)).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(status(noBaseline, "50", null, 2026.0)).isEqualTo(TargetStatus.NOT_ACHIEVED);
        // a change against a baseline year
        Target reduce = target(INJURY_DEATHS, 2025, Comparator.REDUCE_BY, "10", 2024, null);
        assertThat(status(reduce, "20", "20", 2025.5)).isEqualTo(TargetStatus.OFF_TRACK);
        assertThat(status(reduce, "20", "20", 2026.0)).isEqualTo(TargetStatus.NOT_ACHIEVED);
    }

    @Test
    void midYearAgainstTheLineFromTheBaseline() {
        // baseline 85 at the end of 2023, 95 due at the end of 2024: half way asks for 90
        assertThat(status(ABOVE_95, "91", "85", 2024.5)).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(status(ABOVE_95, "89", "85", 2024.5)).isEqualTo(TargetStatus.OFF_TRACK);
        // lower is better: 400 → 300, half way asks for 350 or less
        assertThat(status(INJURIES_AT_MOST_300, "340", "400", 2024.5)).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(status(INJURIES_AT_MOST_300, "360", "400", 2024.5)).isEqualTo(TargetStatus.OFF_TRACK);
    }

    @Test
    void withoutABaselineATargetNotMetYetIsOnTrackUntilItsYearIsOver() {
        assertThat(status(ABOVE_95, "80", null, 2024.5)).isEqualTo(TargetStatus.ON_TRACK);
    }

    @Test
    void aProgrammeTargetFor2030MeasuredIn2025() {
        // 2021–2030 programme: 70 % in 2020, 90 % due at the end of 2030; the end of 2025 is half way (80)
        Target target = target(CARED_FOR, 2030, Comparator.AT_LEAST, "90", 2020, "70");
        assertThat(status(target, "81", null, 2026.0)).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(status(target, "79", null, 2026.0)).isEqualTo(TargetStatus.OFF_TRACK);
    }

    @Test
    void aReductionAgainstLastYear() {
        // Phú La 2025: "giảm ít nhất 10 % số lượng trẻ em tử vong do tai nạn, thương tích so với năm 2024"
        Target target = target(INJURY_DEATHS, 2025, Comparator.REDUCE_BY, "10", 2024, null);
        assertThat(status(target, "9", "10", 2026.0)).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(status(target, "10", "10", 2026.0)).isEqualTo(TargetStatus.NOT_ACHIEVED);
        assertThat(status(target, "0", "0", 2026.0)).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(status(target, "1", "0", 2026.0)).isEqualTo(TargetStatus.NOT_ACHIEVED);
        // half way through 2025 a 5 % reduction is on the line
        assertThat(status(target, "19", "20", 2025.5)).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(status(target, "20", "20", 2025.5)).isEqualTo(TargetStatus.OFF_TRACK);
    }

    @Test
    void noFigureOrNoBaselineForAChangeIsNoData() {
        assertThat(status(ABOVE_95, null, "90", 2024.5)).isEqualTo(TargetStatus.NO_DATA);
        assertThat(status(target(INJURY_DEATHS, 2025, Comparator.REDUCE_BY, "10", 2024, null), "3", null, 2026.0))
                .isEqualTo(TargetStatus.NO_DATA);
    }

    @Test
    void aTypedBaselineWinsOverTheReportedOne() {
        Target target = target(INJURY_DEATHS, 2025, Comparator.REDUCE_BY, "10", 2024, "20");
        assertThat(status(target, "18", "10", 2026.0)).isEqualTo(TargetStatus.ACHIEVED);
    }

    private static TargetStatus status(Target target, String value, String baseline, double asOf) {
        return TargetEvaluation.status(target, value == null ? null : new BigDecimal(value),
                baseline == null ? null : new BigDecimal(baseline), asOf);
    }
}
