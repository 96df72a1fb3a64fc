package vn.congtactreem.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congtactreem.indicator.Comparator;
import vn.congtactreem.indicator.Direction;
import vn.congtactreem.indicator.Indicator;
import vn.congtactreem.indicator.IndicatorGroup;
import vn.congtactreem.indicator.Measure;
import vn.congtactreem.indicator.Target;
import vn.congtactreem.indicator.TargetEvaluation;
import vn.congtactreem.indicator.TargetStatus;
import vn.congtactreem.plan.PeriodKind;
import vn.congtactreem.plan.PeriodStatus;
import vn.congtactreem.plan.ReportingPeriod;

/** A 2021–2030 programme's reviews judge each indicator once, against its milestone. */
class ReviewMilestonesTests {

    private static final Indicator CARED_FOR = new Indicator(1, "BV-01",
            "Tỷ lệ trẻ em có hoàn cảnh đặc biệt được chăm sóc", Measure.PERCENT, "Số trẻ em có HCĐB được chăm sóc",
            "Tổng số trẻ em có HCĐB", "trẻ em", Direction.HIGHER_IS_BETTER, IndicatorGroup.PROTECTION, "QĐ 23/QĐ-TTg",
            null, null, true, 1);
    private static final Indicator INJURY_DEATHS = new Indicator(4, "YT-07", "Số trẻ em tử vong do tai nạn, thương tích",
            Measure.COUNT, "Số trẻ em tử vong do TNTT", null, "trẻ em", Direction.LOWER_IS_BETTER,
            IndicatorGroup.HEALTH, "Kế hoạch xã", null, null, true, 4);

    /** "đến năm 2025 đạt 90 %", "đến năm 2030 đạt 95 %"; deaths "không quá 2" by 2030 only. */
    private static final Target CARE_2025 = target(1, CARED_FOR, 2025, Comparator.AT_LEAST, "90");
    private static final Target CARE_2030 = target(2, CARED_FOR, 2030, Comparator.AT_LEAST, "95");
    private static final Target DEATHS_2030 = target(3, INJURY_DEATHS, 2030, Comparator.AT_MOST, "2");
    private static final List<Target> PROGRAMME = List.of(CARE_2030, CARE_2025, DEATHS_2030);

    @Test
    void theMidTermReviewJudgesTheMilestoneOfItsYearAndElseTheFinalTarget() {
        assertThat(ReviewMilestones.judged(PROGRAMME, period(PeriodKind.MID_TERM_REVIEW, 2025)))
                .containsExactly(CARE_2025, DEATHS_2030);
    }

    @Test
    void theFinalReviewJudgesTheFinalTargets() {
        assertThat(ReviewMilestones.judged(PROGRAMME, period(PeriodKind.FINAL_REVIEW, 2030)))
                .containsExactly(CARE_2030, DEATHS_2030);
    }

    @Test
    void withoutAMilestoneInTheReviewYearTheLatestTargetIsJudged() {
        Target care2027 = target(4, CARED_FOR, 2027, Comparator.AT_LEAST, "92");
        assertThat(ReviewMilestones.judged(List.of(CARE_2025, care2027, CARE_2030),
                period(PeriodKind.MID_TERM_REVIEW, 2026))).containsExactly(CARE_2030);
    }

    @Test
    void otherPeriodsJudgeEveryTargetAsBefore() {
        assertThat(ReviewMilestones.judged(PROGRAMME, period(PeriodKind.ANNUAL, 2025))).isEqualTo(PROGRAMME);
    }

    @Test
    void ninetyOneInTheMidTermReviewMeetsItsMilestoneWhereTheFinalTargetWouldStillBeAhead() {
        double endOf2025 = 2026.0;
        BigDecimal ninetyOne = new BigDecimal("91");
        assertThat(TargetEvaluation.status(CARE_2025, ninetyOne, null, endOf2025)).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(TargetEvaluation.status(CARE_2030, ninetyOne, null, endOf2025)).isEqualTo(TargetStatus.ON_TRACK);
    }

    static ReportingPeriod period(PeriodKind kind, int year) {
        return new ReportingPeriod(50, 9, year, kind, LocalDate.of(2020, 12, 15), LocalDate.of(year, 12, 14),
                LocalDate.of(year, 11, 20), LocalDate.of(year, 12, 5), null, List.of(7, 1), PeriodStatus.PLANNED, null);
    }

    private static Target target(long id, Indicator indicator, int year, Comparator comparator, String value) {
        return new Target(id, 9, (int) id, indicator, year, comparator, new BigDecimal(value), null, null, null,
                List.of(), List.of());
    }
}
