package vn.congtactreem.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetNumberingTests {

    @Test
    void untypedTargetsAreNumberedOnThroughTheWholePlan() {
        assertThat(TargetNumbering.numbers(Arrays.asList(null, null, null))).containsExactly("1", "2", "3");
        assertThat(TargetNumbering.numbers(List.of())).isEmpty();
    }

    @Test
    void aTypedNumberIsKeptAndTheNextTargetsFollowItsWholeNumber() {
        // the plan skips to 5, then writes 5a, then goes on
        assertThat(TargetNumbering.numbers(Arrays.asList(null, "5", "5a", null, "7.1", null)))
                .containsExactly("1", "5", "5a", "6", "7.1", "8");
    }

    @Test
    void typedNumbersAreReadAsOfficersWriteThem() {
        assertThat(TargetNumbering.normalize(" Chỉ tiêu 3A. ")).isEqualTo("3a");
        assertThat(TargetNumbering.normalize("  ")).isNull();
        assertThat(TargetNumbering.valid("3a")).isTrue();
        assertThat(TargetNumbering.valid("3.1")).isTrue();
        assertThat(TargetNumbering.valid(null)).isTrue();
        assertThat(TargetNumbering.valid("ba")).isFalse();
        assertThat(TargetNumbering.valid("3-4")).isFalse();
        // a number this rule cannot follow counts as none: the next one
        assertThat(TargetNumbering.numbers(Arrays.asList(null, "ba"))).containsExactly("1", "2");
    }

    @Test
    void aNumberGivenTwiceIsFound() {
        assertThat(TargetNumbering.firstRepeated(TargetNumbering.numbers(Arrays.asList(null, null, "2"))))
                .isEqualTo(Optional.of(2));
        assertThat(TargetNumbering.firstRepeated(TargetNumbering.numbers(Arrays.asList(null, "2a", null))))
                .isEmpty();
    }

    @Test
    void unitsAreToldTheirTargetsByNumber() {
        Target third = Indicators.target(Indicators.CARED_FOR, 2024, Comparator.AT_LEAST, "95");
        List<Target> own = List.of(numbered(third, "3"), numbered(third, "4"), numbered(third, "6a"));
        assertThat(TargetNumbering.list(own)).isEqualTo("3, 4, 6a");
        assertThat(own.get(0).heading()).isEqualTo("Chỉ tiêu 3");
        assertThat(new Objective(2, " Giảm tai nạn, thương tích ").heading())
                .isEqualTo("Mục tiêu 2: Giảm tai nạn, thương tích");
    }

    private static Target numbered(Target t, String number) {
        return new Target(t.id(), t.planId(), t.position(), t.indicator(), t.milestoneYear(), t.comparator(),
                t.targetValue(), t.baselineYear(), t.baselineValue(), t.wording(), t.responsibleUnitIds(),
                t.responsibleUnitNames(), t.source(), t.shape(), t.valueFrom(), t.valueTo(), t.population(),
                t.unitLabel(), 1, number, number);
    }
}
