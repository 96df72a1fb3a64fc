package vn.congtactreem.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YearShiftTests {

    @Test
    void yearsOfTheOldPlanMoveToTheNewOne() {
        YearShift shift = new YearShift(2023, 2023, 2024, 2024);
        assertThat(shift.apply("Tháng hành động vì trẻ em năm 2023; Quý II/2023"))
                .isEqualTo("Tháng hành động vì trẻ em năm 2024; Quý II/2024");
    }

    @Test
    void otherNumbersStay() {
        YearShift shift = new YearShift(2023, 2023, 2024, 2024);
        assertThat(shift.apply("Thông tư 13/2021/TT-BLĐTBXH, 12345 trẻ em, 300/100.000"))
                .isEqualTo("Thông tư 13/2021/TT-BLĐTBXH, 12345 trẻ em, 300/100.000");
    }

    @Test
    void aMultiYearProgrammeMovesEveryYearOfItsSpan() {
        YearShift shift = new YearShift(2021, 2025, 2026, 2030);
        assertThat(shift.apply("mục tiêu đến năm 2025, rà soát năm 2021")).isEqualTo("mục tiêu đến năm 2030, rà soát năm 2026");
        assertThat(new YearShift(2024, 2024, 2024, 2024).apply(null)).isNull();
    }
}
