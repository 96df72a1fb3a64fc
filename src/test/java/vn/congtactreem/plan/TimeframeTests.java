package vn.congtactreem.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeframeTests {

    @Test
    void quartersAreWrittenAsInThePlans() {
        assertThat(Timeframe.ofQuarters(1, 4).label(2024)).isEqualTo("Quý I và quý IV/2024");
        assertThat(Timeframe.ofQuarters(3, 2).label(2024)).isEqualTo("Quý II và quý III/2024");
        assertThat(Timeframe.ofQuarters(1, 2, 3).label(2025)).isEqualTo("Quý I, quý II và quý III/2025");
        assertThat(Timeframe.ofQuarters(4).label(2024)).isEqualTo("Quý IV/2024");
    }

    @Test
    void monthsAreARangeOrOneMonth() {
        assertThat(Timeframe.ofMonths(1, 12).label(2024)).isEqualTo("Tháng 01-12/2024");
        assertThat(Timeframe.ofMonths(6, 6).label(2024)).isEqualTo("Tháng 06/2024");
    }

    @Test
    void anEmptyTimeframeSaysNothing() {
        assertThat(Timeframe.none().label(2024)).isEmpty();
        assertThat(Timeframe.none().isEmpty()).isTrue();
        assertThat(Timeframe.none().quartersText()).isNull();
    }

    @Test
    void quartersAreStoredSortedWithoutRepeats() {
        Timeframe timeframe = new Timeframe(List.of(4, 1, 4), null, null);
        assertThat(timeframe.quartersText()).isEqualTo("1,4");
        assertThat(Timeframe.parseQuarters("1, 4")).containsExactly(1, 4);
        assertThat(Timeframe.parseQuarters(null)).isEmpty();
    }
}
