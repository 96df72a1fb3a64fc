package vn.congtactreem.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewPlanYearTests {

    @Test
    void thisYearUntilDecember() {
        assertThat(NewPlanYear.propose(LocalDate.of(2025, 1, 1), List.of())).isEqualTo(2025);
        assertThat(NewPlanYear.propose(LocalDate.of(2025, 11, 30), List.of(2024))).isEqualTo(2025);
    }

    @Test
    void nextYearInDecemberWhenOfficersDraftNextYearsPlan() {
        assertThat(NewPlanYear.propose(LocalDate.of(2025, 12, 1), List.of())).isEqualTo(2026);
        assertThat(NewPlanYear.propose(LocalDate.of(2025, 12, 31), List.of(2025))).isEqualTo(2026);
    }

    @Test
    void nextYearWhenThisYearsPlanAlreadyExists() {
        assertThat(NewPlanYear.propose(LocalDate.of(2025, 3, 10), List.of(2024, 2025))).isEqualTo(2026);
        // only annual plans count (the view passes no programme): last year's plan does not move the proposal
        assertThat(NewPlanYear.propose(LocalDate.of(2025, 3, 10), List.of(2024))).isEqualTo(2025);
    }
}
