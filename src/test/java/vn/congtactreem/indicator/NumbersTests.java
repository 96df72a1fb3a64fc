package vn.congtactreem.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumbersTests {

    @Test
    void vietnameseSeparators() {
        assertThat(Numbers.format(new BigDecimal("1234.5"), 1)).isEqualTo("1.234,5");
        assertThat(Numbers.format(new BigDecimal("1234567"), 0)).isEqualTo("1.234.567");
        assertThat(Numbers.format(new BigDecimal("95.25"), 1)).isEqualTo("95,3");
        assertThat(Numbers.format(new BigDecimal("95.00"), 1)).isEqualTo("95");
    }

    @Test
    void valuesInTheirMeasureAndTargetsInWords() {
        assertThat(Numbers.value(Measure.PERCENT, new BigDecimal("95.24"))).isEqualTo("95,2 %");
        assertThat(Numbers.value(Measure.PER_100K, new BigDecimal("300"))).isEqualTo("300 /100.000");
        assertThat(Numbers.value(Measure.YES_NO, BigDecimal.ONE)).isEqualTo("Có");
        assertThat(Indicators.target(Indicators.CARED_FOR, 2024, Comparator.MORE_THAN, "95").requirement())
                .isEqualTo("> 95 %");
        assertThat(Indicators.target(Indicators.INJURY_DEATHS, 2025, Comparator.REDUCE_BY, "10", 2024, null)
                .requirement()).isEqualTo("giảm ≥ 10 % so với năm 2024");
    }

    @Test
    void typedNumbersKeepTheirDecimals() {
        assertThat(Numbers.typed(new BigDecimal("0.05"))).isEqualTo("0,05");
        assertThat(Numbers.typed(new BigDecimal("12.50"))).isEqualTo("12,50");
        assertThat(Numbers.typed(new BigDecimal("87"))).isEqualTo("87");
        assertThat(Numbers.typed(new BigDecimal("100000"))).isEqualTo("100.000");
        assertThat(Numbers.typed(new BigDecimal("1234.125"))).isEqualTo("1.234,125");
    }

    @Test
    void aRequirementPrintsTheValueAsThePlanWritesIt() {
        // issue 14: "< 0,05 %" printed as "< 0,1 %" changed the target
        assertThat(Indicators.target(Indicators.CARED_FOR, 2024, Comparator.LESS_THAN, "0.05").requirement())
                .isEqualTo("< 0,05 %");
        assertThat(Indicators.target(Indicators.CARED_FOR, 2024, Comparator.AT_LEAST, "12.50").requirement())
                .isEqualTo("≥ 12,50 %");
        assertThat(Indicators.target(Indicators.CARED_FOR, 2024, Comparator.AT_LEAST, "87").requirement())
                .isEqualTo("≥ 87 %");
        assertThat(Indicators.target(Indicators.INFANT_MORTALITY, 2024, Comparator.AT_MOST, "12.5").requirement())
                .isEqualTo("≤ 12,5 ‰");
        assertThat(Indicators.target(Indicators.INJURY_RATE, 2024, Comparator.AT_MOST, "300").requirement())
                .isEqualTo("≤ 300 /100.000");
        assertThat(Indicators.target(Indicators.INJURY_DEATHS, 2025, Comparator.REDUCE_BY, "2.5", 2024, null)
                .requirement()).isEqualTo("giảm ≥ 2,5 % so với năm 2024");
    }
}
