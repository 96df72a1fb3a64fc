package vn.congtactreem.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congtactreem.indicator.Indicators.CARED_FOR;
import static vn.congtactreem.indicator.Indicators.CHILD_FRIENDLY;
import static vn.congtactreem.indicator.Indicators.INJURY_DEATHS;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Không phát sinh": nothing to count this period, allowed, left out of the sums, never "Chậm tiến độ". */
class NotApplicableTests {

    @Test
    void aNotApplicableValueHasNoNumbersAndPassesTheChecksAndTheCompletenessOfASubmit() {
        Reading reading = new Reading(CARED_FOR.id(), 3L, 0L, true, true, "  Không có bà mẹ nhiễm HIV  ");

        assertThat(reading.numerator()).isNull();
        assertThat(reading.denominator()).isNull();
        assertThat(reading.note()).isEqualTo("Không có bà mẹ nhiễm HIV");
        assertThat(reading.blank()).isFalse();
        assertThat(ReadingCheck.check(CARED_FOR, reading)).isEmpty();
        // the only other way through was 0/0, which stays refused
        assertThat(ReadingCheck.check(CARED_FOR, new Reading(CARED_FOR.id(), 0L, 0L, false))).isPresent();
        IndicatorValues.check(List.of(CARED_FOR, INJURY_DEATHS), Map.of(CARED_FOR.id(), reading,
                INJURY_DEATHS.id(), Reading.notApplicable(INJURY_DEATHS.id(), null)), true);
    }

    @Test
    void aLongNoteIsRefusedOnTheNote() {
        Reading reading = Reading.notApplicable(CARED_FOR.id(), "x".repeat(Reading.NOTE_MAX + 1));

        assertThat(ReadingCheck.check(CARED_FOR, reading)).hasValueSatisfying(p -> {
            assertThat(p.field()).isEqualTo("note");
            assertThat(p.messageKey()).isEqualTo("indicator.error.noteTooLong");
        });
    }

    @Test
    void itIsLeftOutOfTheNumeratorsAndDenominators() {
        List<Contribution> sources = List.of(
                RollUp.contribution(CARED_FOR, new Reading(CARED_FOR.id(), 9L, 10L, false), 1, false, "Công an")
                        .orElseThrow(),
                RollUp.contribution(CARED_FOR, Reading.notApplicable(CARED_FOR.id(), null), 2, false, "Trạm Y tế")
                        .orElseThrow());
        Figure figure = RollUp.of(CARED_FOR, sources);

        assertThat(figure.numerator()).isEqualTo(9);
        assertThat(figure.denominator()).isEqualTo(10);
        assertThat(figure.display()).isEqualTo("90 % (9/10)");
        assertThat(figure.notApplicable()).isFalse();
        // it is still listed as an answer (the figures table says who said "Không phát sinh")
        assertThat(figure.sources()).extracting(Contribution::notApplicable).containsExactly(false, true);
    }

    @Test
    void whenEveryoneSaysSoTheFigureIsNotApplicableAndSoIsTheSubAreasFigureUpstairs() {
        Figure commune = RollUp.of(INJURY_DEATHS, List.of(Contribution.notApplicable(1, false, "Trạm Y tế")));
        Contribution upstairs = RollUp.contribution(commune, 7, "Xã A").orElseThrow();
        Figure district = RollUp.of(INJURY_DEATHS, List.of(upstairs,
                new Contribution(8, true, "Xã B", 2, 1)));

        assertThat(commune.notApplicable()).isTrue();
        assertThat(commune.hasData()).isFalse();
        assertThat(commune.display()).isEqualTo("Không phát sinh");
        assertThat(Figure.cell(commune)).isEqualTo("Không phát sinh");
        assertThat(upstairs.notApplicable()).isTrue();
        assertThat(district.value()).isEqualByComparingTo("2");
        assertThat(RollUp.of(CHILD_FRIENDLY, List.of(upstairs)).notApplicable()).isTrue();
    }

    @Test
    void aTargetWithNothingToCountAnywhereIsNotApplicableNotOffTrack() {
        Target target = Indicators.target(INJURY_DEATHS, 2024, Comparator.AT_MOST, "0");
        Figure none = RollUp.of(INJURY_DEATHS, List.of(Contribution.notApplicable(1, false, "Trạm Y tế"),
                Contribution.notApplicable(2, false, "Công an")));

        assertThat(TargetEvaluation.status(target, none, null, 2025.0)).isEqualTo(TargetStatus.NOT_APPLICABLE);
        assertThat(TargetEvaluation.status(target, RollUp.of(INJURY_DEATHS, List.of()), null, 2025.0))
                .isEqualTo(TargetStatus.NO_DATA);
        assertThat(TargetEvaluation.status(target, RollUp.of(INJURY_DEATHS,
                List.of(new Contribution(1, false, "Trạm Y tế", 2, 1))), null, 2025.0))
                .isEqualTo(TargetStatus.NOT_ACHIEVED);
    }
}
