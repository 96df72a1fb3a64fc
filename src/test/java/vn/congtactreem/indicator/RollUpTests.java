package vn.congtactreem.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congtactreem.indicator.Indicators.CARED_FOR;
import static vn.congtactreem.indicator.Indicators.CHILD_FRIENDLY;
import static vn.congtactreem.indicator.Indicators.INFANT_MORTALITY;
import static vn.congtactreem.indicator.Indicators.INJURY_DEATHS;
import static vn.congtactreem.indicator.Indicators.INJURY_RATE;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollUpTests {

    @Test
    void ratesAddNumeratorsAndDenominatorsNeverAveragePercentages() {
        // 9/10 = 90 % and 1/90 ≈ 1,1 %: the average of the percentages would be 45,6 %
        Figure figure = RollUp.of(CARED_FOR, List.of(unit(1, 9, 10), unit(2, 1, 90)));

        assertThat(figure.numerator()).isEqualTo(10);
        assertThat(figure.denominator()).isEqualTo(100);
        assertThat(figure.value()).isEqualByComparingTo("10");
        assertThat(figure.display()).isEqualTo("10 % (10/100)");
    }

    @Test
    void perThousandAndPer100kAreComputedFromTheSums() {
        Figure mortality = RollUp.of(INFANT_MORTALITY, List.of(unit(1, 3, 250), unit(2, 2, 150)));
        Figure injuries = RollUp.of(INJURY_RATE, List.of(unit(1, 7, 1_200), unit(2, 5, 2_800)));

        assertThat(mortality.value()).isEqualByComparingTo("12.5");
        assertThat(mortality.display()).isEqualTo("12,5 ‰ (5/400)");
        assertThat(injuries.value()).isEqualByComparingTo("300");
        assertThat(injuries.display()).isEqualTo("300 /100.000 (12/4.000)");
    }

    @Test
    void aRepeatingRateIsRoundedOnlyOnce() {
        Figure figure = RollUp.of(CARED_FOR, List.of(unit(1, 1, 3), unit(2, 1, 3), unit(3, 0, 3)));

        assertThat(figure.value()).isEqualByComparingTo("22.222222");
        assertThat(figure.display()).startsWith("22,2 %");
    }

    @Test
    void countsSumAndYesNoCountsTheYeses() {
        Figure deaths = RollUp.of(INJURY_DEATHS, List.of(unit(1, 2, 1), unit(2, 0, 1), unit(3, 1, 1)));
        Figure friendly = RollUp.of(CHILD_FRIENDLY, List.of(unit(1, 1, 1), unit(2, 0, 1), unit(3, 1, 1)));
        Figure allFriendly = RollUp.of(CHILD_FRIENDLY, List.of(unit(1, 1, 1)));

        assertThat(deaths.value()).isEqualByComparingTo("3");
        assertThat(friendly.numerator()).isEqualTo(2);
        assertThat(friendly.denominator()).isEqualTo(3);
        assertThat(friendly.value()).isEqualByComparingTo("0");
        assertThat(friendly.display()).isEqualTo("2/3 đạt");
        assertThat(allFriendly.display()).isEqualTo("Có");
    }

    @Test
    void nothingReportedOrOnlyZeroDenominatorsIsNoData() {
        assertThat(RollUp.of(CARED_FOR, List.of()).hasData()).isFalse();
        assertThat(RollUp.of(CARED_FOR, List.of(unit(1, 0, 0))).hasData()).isFalse();
        assertThat(RollUp.of(INJURY_DEATHS, List.of()).value()).isNull();
    }

    @Test
    void threeLevelsRollUpFromTheSumsOfEachLevel() {
        // commune A: police 45/50, health station 9/10 → 54/60 = 90 %
        Figure communeA = RollUp.of(CARED_FOR, List.of(unit(1, 45, 50), unit(2, 9, 10)));
        // commune B: one unit 20/40 = 50 %
        Figure communeB = RollUp.of(CARED_FOR, List.of(unit(3, 20, 40)));
        // district: A and B as sub-areas, plus its own agency 6/0 (no children: left out) and 26/100
        Figure district = RollUp.of(CARED_FOR, List.of(
                RollUp.contribution(communeA, 10, "Xã A").orElseThrow(),
                RollUp.contribution(communeB, 11, "Xã B").orElseThrow(),
                unit(4, 26, 100)));
        // province: the district and another district with 1/1
        Figure province = RollUp.of(CARED_FOR, List.of(
                RollUp.contribution(district, 20, "Huyện").orElseThrow(),
                RollUp.contribution(RollUp.of(CARED_FOR, List.of(unit(5, 1, 1))), 21, "Huyện khác").orElseThrow()));

        assertThat(district.numerator()).isEqualTo(100);
        assertThat(district.denominator()).isEqualTo(200);
        assertThat(district.value()).isEqualByComparingTo("50");
        assertThat(province.value()).isEqualByComparingTo(new BigDecimal(101 * 100).divide(BigDecimal.valueOf(201),
                6, java.math.RoundingMode.HALF_UP));
        assertThat(district.sources()).extracting(Contribution::link)
                .containsExactly("consolidated-reports/10", "consolidated-reports/11", "reports/4");
    }

    @Test
    void mixedMeasuresKeepTheirOwnRule() {
        List<Contribution> same = List.of(unit(1, 3, 10), unit(2, 1, 10));

        assertThat(RollUp.of(CARED_FOR, same).value()).isEqualByComparingTo("20");
        assertThat(RollUp.of(INFANT_MORTALITY, same).value()).isEqualByComparingTo("200");
        assertThat(RollUp.of(INJURY_RATE, same).value()).isEqualByComparingTo("20000");
    }

    @Test
    void aBlankOrZeroDenominatorReadingAddsNothing() {
        assertThat(RollUp.contribution(CARED_FOR, new Reading(1, null, null, false), 1, false, "x")).isEmpty();
        assertThat(RollUp.contribution(CARED_FOR, new Reading(1, 0L, 0L, false), 1, false, "x")).isEmpty();
        assertThat(RollUp.contribution(INJURY_DEATHS, new Reading(4, 2L, null, false), 1, false, "x")
                .orElseThrow().denominator()).isEqualTo(1);
    }

    private static Contribution unit(long reportId, long numerator, long denominator) {
        return new Contribution(reportId, false, "Đơn vị " + reportId, numerator, denominator);
    }
}
