package vn.congtactreem.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congtactreem.indicator.Indicators.CARED_FOR;
import static vn.congtactreem.indicator.Indicators.CHILD_FRIENDLY;
import static vn.congtactreem.indicator.Indicators.INFANT_MORTALITY;
import static vn.congtactreem.indicator.Indicators.INJURY_DEATHS;
import static vn.congtactreem.indicator.Indicators.INJURY_RATE;
import static vn.congtactreem.indicator.Indicators.shaped;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every shape of issue 14 (point 2), with the examples of the issue and the seed plans: printed in
 * the plan's words, and judged against a figure.
 */
class TargetShapesTests {

    /** "giảm từ 2 % xuống 1,5 % hằng năm" on a % indicator. */
    private static final Target BAND = shaped(CARED_FOR, TargetShape.BAND, Comparator.AT_MOST, "1.5", "2", null, null,
            null);
    /** "giảm 1 đến 2 % mỗi năm" on a % indicator: percentage points. */
    private static final Target YEARLY_RANGE = shaped(CARED_FOR, TargetShape.YEARLY_CHANGE, Comparator.REDUCE_BY,
            "1", null, "2", null, null);
    /** "giảm 10 % mỗi năm" on a count: percent of last year's count. */
    private static final Target YEARLY_COUNT = shaped(INJURY_DEATHS, TargetShape.YEARLY_CHANGE, Comparator.REDUCE_BY,
            "10", null, null, null, null);
    /** An Dương 2024: "giảm tối đa số trẻ em tử vong do tai nạn đuối nước", entered as "giảm dần". */
    private static final Target FALLING = shaped(INJURY_DEATHS, TargetShape.TREND, Comparator.REDUCE_BY, null, null,
            null, null, null);
    /** "95 % số xã đạt chuẩn" (xã phù hợp với trẻ em) at a district. */
    private static final Target SHARE = shaped(CHILD_FRIENDLY, TargetShape.SHARE_YES, Comparator.AT_LEAST, "95", null,
            null, null, "xã");
    /** "8/700 trẻ em" on a % indicator. */
    private static final Target POPULATION = shaped(CARED_FOR, TargetShape.POPULATION_SHARE, Comparator.AT_LEAST,
            "8", null, null, 700L, "trẻ em");
    /** "10 loại vắc xin". */
    private static final Target VACCINES = shaped(INJURY_DEATHS, TargetShape.COUNT, Comparator.AT_LEAST, "10", null,
            null, null, "loại vắc xin");

    @Test
    void eachShapePrintsInThePlansWords() {
        assertThat(BAND.requirement()).isEqualTo("giảm từ 2 % xuống 1,5 %");
        assertThat(shaped(INFANT_MORTALITY, TargetShape.BAND, Comparator.AT_LEAST, "14.50", "12", null, null, null)
                .requirement()).isEqualTo("tăng từ 12 ‰ lên 14,50 ‰");
        assertThat(YEARLY_RANGE.requirement()).isEqualTo("giảm 1 đến 2 % mỗi năm");
        assertThat(YEARLY_COUNT.requirement()).isEqualTo("giảm 10 % mỗi năm");
        assertThat(shaped(INJURY_RATE, TargetShape.YEARLY_CHANGE, Comparator.INCREASE_BY, "5", null, null, null, null)
                .requirement()).isEqualTo("tăng 5 /100.000 mỗi năm");
        assertThat(FALLING.requirement()).isEqualTo("giảm dần");
        assertThat(shaped(CARED_FOR, TargetShape.TREND, Comparator.INCREASE_BY, null, null, null, null, null)
                .requirement()).isEqualTo("tăng dần");
        assertThat(SHARE.requirement()).isEqualTo("≥ 95 % số xã đạt");
        assertThat(POPULATION.requirement()).isEqualTo("≥ 8/700 trẻ em");
        assertThat(shaped(CARED_FOR, TargetShape.POPULATION_SHARE, Comparator.AT_LEAST, "8", null, null, 1700L, null)
                .requirement()).isEqualTo("≥ 8/1.700 trẻ em");
        assertThat(VACCINES.requirement()).isEqualTo("≥ 10 loại vắc xin");
        // without the plan's unit, the indicator's
        assertThat(shaped(INJURY_DEATHS, TargetShape.COUNT, Comparator.AT_MOST, "0", null, null, null, null)
                .requirement()).isEqualTo("≤ 0 trẻ em");
    }

    @Test
    void aBandIsMetAtItsEndAndFollowsTheLineFromItsStart() {
        assertThat(status(BAND, "1.5", null, 2025.0)).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(status(BAND, "1.6", null, 2025.0)).isEqualTo(TargetStatus.NOT_ACHIEVED);
        // half way through 2024 the line from 2 to 1,5 stands at 1,75
        assertThat(status(BAND, "1.7", null, 2024.5)).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(status(BAND, "1.8", null, 2024.5)).isEqualTo(TargetStatus.OFF_TRACK);
    }

    @Test
    void aYearlyChangeIsJudgedAgainstTheYearBefore() {
        // 10 % last year: 9 % is a fall of 1 point, the least of "1 đến 2 %"; more is better still
        assertThat(status(YEARLY_RANGE, "9", "10", 2025.0)).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(status(YEARLY_RANGE, "7.5", "10", 2025.0)).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(status(YEARLY_RANGE, "9.5", "10", 2025.0)).isEqualTo(TargetStatus.NOT_ACHIEVED);
        // in the middle of the year a fall not big enough yet is on track, a rise is not
        assertThat(status(YEARLY_RANGE, "9.5", "10", 2024.5)).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(status(YEARLY_RANGE, "10.5", "10", 2024.5)).isEqualTo(TargetStatus.OFF_TRACK);
        // a count: 10 % of last year's 20 is 2
        assertThat(status(YEARLY_COUNT, "18", "20", 2025.0)).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(status(YEARLY_COUNT, "19", "20", 2025.0)).isEqualTo(TargetStatus.NOT_ACHIEVED);
        assertThat(status(YEARLY_COUNT, "0", "0", 2025.0)).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(status(YEARLY_COUNT, "18", null, 2025.0)).isEqualTo(TargetStatus.NO_DATA);
    }

    @Test
    void aTrendIsAnyChangeInItsDirection() {
        assertThat(status(FALLING, "2", "3", 2025.0)).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(status(FALLING, "3", "3", 2025.0)).isEqualTo(TargetStatus.NOT_ACHIEVED);
        assertThat(status(FALLING, "0", "0", 2025.0)).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(status(FALLING, "4", "3", 2024.5)).isEqualTo(TargetStatus.OFF_TRACK);
        assertThat(status(FALLING, "1", null, 2025.0)).isEqualTo(TargetStatus.NO_DATA);
    }

    @Test
    void aShareOfAreasIsTheShareThatAnsweredCo() {
        // 19 of 20 communes answered Có: 95 %
        assertThat(TargetEvaluation.status(SHARE, yesNo(19, 20), null, 2025.0)).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(TargetEvaluation.status(SHARE, yesNo(18, 20), null, 2025.0)).isEqualTo(TargetStatus.NOT_ACHIEVED);
        assertThat(TargetEvaluation.status(SHARE, yesNo(18, 20), null, 2024.5)).isEqualTo(TargetStatus.ON_TRACK);
        // the whole level says Có (figure 1) but only 1 of 2 did: the share decides
        assertThat(TargetEvaluation.status(SHARE, yesNo(1, 2), null, 2025.0)).isEqualTo(TargetStatus.NOT_ACHIEVED);
    }

    @Test
    void aShareOfAStatedPopulationIsItsRate() {
        // 8/700 = 1,142857 %
        assertThat(POPULATION.threshold()).isEqualByComparingTo("1.142857");
        assertThat(status(POPULATION, "1.15", null, 2025.0)).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(status(POPULATION, "1.14", null, 2025.0)).isEqualTo(TargetStatus.NOT_ACHIEVED);
        // on a count it is the count
        Target ofCount = shaped(INJURY_DEATHS, TargetShape.POPULATION_SHARE, Comparator.AT_MOST, "8", null, null,
                700L, null);
        assertThat(status(ofCount, "8", null, 2025.0)).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(status(ofCount, "9", null, 2025.0)).isEqualTo(TargetStatus.NOT_ACHIEVED);
    }

    @Test
    void aCountWithItsUnit() {
        assertThat(status(VACCINES, "10", null, 2025.0)).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(status(VACCINES, "9", null, 2025.0)).isEqualTo(TargetStatus.NOT_ACHIEVED);
    }

    private static Figure yesNo(long yes, long answered) {
        return new Figure(CHILD_FRIENDLY, yes, answered, yes == answered ? BigDecimal.ONE : BigDecimal.ZERO,
                List.of());
    }

    /** Phú La 2025: "Giữ vững phường đạt tiêu chí phường phù hợp trẻ em". */
    private static final Target KEEP_FRIENDLY = shaped(CHILD_FRIENDLY, TargetShape.MAINTAIN, null, null, null, null,
            null, null);
    private static final Target KEEP_DEATHS = shaped(INJURY_DEATHS, TargetShape.MAINTAIN, null, null, null, null,
            null, null);
    private static final Target KEEP_CARE = shaped(CARED_FOR, TargetShape.MAINTAIN, null, null, null, null, null,
            null);

    @Test
    void giuVungPrintsInThePlansWords() {
        assertThat(KEEP_FRIENDLY.requirement()).isEqualTo("giữ vững Có");
        assertThat(KEEP_CARE.requirement()).isEqualTo("giữ vững mức năm trước");
    }

    @Test
    void giuVungOnAYesNoIndicatorIsCoThisYearAndLastYear() {
        assertThat(status(KEEP_FRIENDLY, "1", "1", 2025.0)).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(status(KEEP_FRIENDLY, "0", "1", 2025.0)).isEqualTo(TargetStatus.NOT_ACHIEVED);
        assertThat(status(KEEP_FRIENDLY, "0", "1", 2024.5)).isEqualTo(TargetStatus.OFF_TRACK);
        // Có now but Không last year: reached, not kept
        assertThat(status(KEEP_FRIENDLY, "1", "0", 2025.0)).isEqualTo(TargetStatus.NOT_ACHIEVED);
        // last year unknown: judged on this year alone
        assertThat(status(KEEP_FRIENDLY, "1", null, 2025.0)).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(status(KEEP_FRIENDLY, "0", null, 2025.0)).isEqualTo(TargetStatus.NOT_ACHIEVED);
        assertThat(status(KEEP_FRIENDLY, null, "1", 2025.0)).isEqualTo(TargetStatus.NO_DATA);
    }

    @Test
    void giuVungOnAFigureIsNoWorseThanLastYearInTheIndicatorsDirection() {
        // higher is better: 95 % after 95 % is kept, 96 % better still, 94 % not
        assertThat(status(KEEP_CARE, "95", "95", 2025.0)).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(status(KEEP_CARE, "96", "95", 2025.0)).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(status(KEEP_CARE, "94", "95", 2025.0)).isEqualTo(TargetStatus.NOT_ACHIEVED);
        assertThat(status(KEEP_CARE, "94", "95", 2024.5)).isEqualTo(TargetStatus.OFF_TRACK);
        // lower is better: 3 deaths after 3 kept, 2 better, 4 not
        assertThat(status(KEEP_DEATHS, "3", "3", 2025.0)).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(status(KEEP_DEATHS, "2", "3", 2025.0)).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(status(KEEP_DEATHS, "4", "3", 2025.0)).isEqualTo(TargetStatus.NOT_ACHIEVED);
        // nothing to hold a figure against without last year's
        assertThat(status(KEEP_CARE, "95", null, 2025.0)).isEqualTo(TargetStatus.NO_DATA);
    }

    private static TargetStatus status(Target target, String value, String previous, double asOf) {
        return TargetEvaluation.status(target, value == null ? null : new BigDecimal(value),
                previous == null ? null : new BigDecimal(previous), asOf);
    }
}
