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
}
