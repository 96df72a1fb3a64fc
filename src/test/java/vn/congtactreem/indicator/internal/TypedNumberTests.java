package vn.congtactreem.indicator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TypedNumberTests {

    @Test
    void aValueComesBackFromItsColumnWithTheDecimalsTyped() {
        // numeric(18, 6) gives back six decimals
        assertThat(TypedNumber.restore(new BigDecimal("0.050000"), TypedNumber.scale(new BigDecimal("0.05"))))
                .hasToString("0.05");
        assertThat(TypedNumber.restore(new BigDecimal("12.500000"), TypedNumber.scale(new BigDecimal("12.50"))))
                .hasToString("12.50");
        assertThat(TypedNumber.restore(new BigDecimal("87.000000"), TypedNumber.scale(new BigDecimal("87"))))
                .hasToString("87");
        assertThat(TypedNumber.scale(new BigDecimal("1E+2"))).isZero();
    }

    @Test
    void rowsSavedBeforeTheScaleWasKeptLoseTheirTrailingZeros() {
        assertThat(TypedNumber.restore(new BigDecimal("87.000"), null)).hasToString("87");
        assertThat(TypedNumber.restore(new BigDecimal("100.000"), null)).hasToString("100");
        assertThat(TypedNumber.restore(new BigDecimal("0.050"), null)).hasToString("0.05");
        assertThat(TypedNumber.restore(null, 2)).isNull();
    }
}
