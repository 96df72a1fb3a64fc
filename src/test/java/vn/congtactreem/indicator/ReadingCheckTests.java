package vn.congtactreem.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congtactreem.indicator.Indicators.CARED_FOR;
import static vn.congtactreem.indicator.Indicators.CHILD_FRIENDLY;
import static vn.congtactreem.indicator.Indicators.INJURY_DEATHS;
import static vn.congtactreem.indicator.Indicators.INJURY_RATE;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.congtactreem.base.ValidationException;

class ReadingCheckTests {

    @Test
    void aProportionWithItsNumeratorWithinItsDenominatorIsFine() {
        assertThat(problem(CARED_FOR, 9L, 10L)).isEmpty();
        assertThat(problem(CARED_FOR, 10L, 10L)).isEmpty();
        assertThat(problem(CARED_FOR, null, null)).isEmpty();
    }

    @Test
    void aNumeratorAboveItsDenominatorIsRefusedOnTheNumerator() {
        assertThat(problem(CARED_FOR, 11L, 10L)).get().extracting(ReadingCheck.Problem::field,
                ReadingCheck.Problem::messageKey).containsExactly("numerator", "indicator.error.numeratorAboveDenominator");
    }

    @Test
    void aDenominatorOfZeroIsAnErrorThatSaysWhatToDo() {
        assertThat(problem(CARED_FOR, 0L, 0L)).get().extracting(ReadingCheck.Problem::field,
                ReadingCheck.Problem::messageKey).containsExactly("denominator", "indicator.error.zeroDenominator");
    }

    @Test
    void negativeNumbersAndHalfTypedRatesAreRefused() {
        assertThat(problem(INJURY_DEATHS, -1L, null)).get().extracting(ReadingCheck.Problem::messageKey)
                .isEqualTo("indicator.error.negative");
        assertThat(problem(CARED_FOR, 5L, -1L)).get().extracting(ReadingCheck.Problem::field).isEqualTo("denominator");
        assertThat(problem(CARED_FOR, 5L, null)).get().extracting(ReadingCheck.Problem::messageKey)
                .isEqualTo("indicator.error.denominatorRequired");
        assertThat(problem(CARED_FOR, null, 5L)).get().extracting(ReadingCheck.Problem::messageKey)
                .isEqualTo("indicator.error.numeratorRequired");
    }

    @Test
    void numbersFromTenToTheTwelfthUpAreRefusedOnTheirBox() {
        assertThat(problem(INJURY_DEATHS, 999_999_999_999L, null)).isEmpty();
        assertThat(problem(INJURY_DEATHS, 1_000_000_000_000L, null)).get().extracting(ReadingCheck.Problem::field,
                ReadingCheck.Problem::messageKey).containsExactly("numerator", "indicator.error.tooLarge");
        assertThat(problem(CARED_FOR, Long.MAX_VALUE, Long.MAX_VALUE)).get().extracting(ReadingCheck.Problem::field,
                ReadingCheck.Problem::messageKey).containsExactly("numerator", "indicator.error.tooLarge");
        assertThat(problem(CARED_FOR, 5L, ReadingCheck.LIMIT)).get().extracting(ReadingCheck.Problem::field,
                ReadingCheck.Problem::messageKey).containsExactly("denominator", "indicator.error.tooLarge");
    }

    @Test
    void yesNoIsOneOrZero() {
        assertThat(problem(CHILD_FRIENDLY, 1L, null)).isEmpty();
        assertThat(problem(CHILD_FRIENDLY, 0L, null)).isEmpty();
        assertThat(problem(CHILD_FRIENDLY, 2L, null)).get().extracting(ReadingCheck.Problem::messageKey)
                .isEqualTo("indicator.error.yesNo");
    }

    @Test
    void anImplausibleValueAsksForConfirmationAndPassesOnceConfirmed() {
        // 600 injured of 10.000 children is 6.000 per 100.000, above the plausible 5.000
        Optional<ReadingCheck.Problem> problem = ReadingCheck.check(INJURY_RATE, new Reading(2, 600L, 10_000L, false));
        assertThat(problem).get().extracting(ReadingCheck.Problem::field).isEqualTo("confirmed");
        assertThat(problem.get().args()[0]).isEqualTo("6.000 /100.000");
        assertThat(ReadingCheck.check(INJURY_RATE, new Reading(2, 600L, 10_000L, true))).isEmpty();
        assertThat(ReadingCheck.check(INJURY_RATE, new Reading(2, 30L, 10_000L, false))).isEmpty();
    }

    @Test
    void submittingNeedsEveryAskedValueAndNamesTheBoxOfTheFirstProblem() {
        List<Indicator> asked = List.of(CARED_FOR, INJURY_DEATHS);
        Map<Long, Reading> onlyFirst = Map.of(1L, new Reading(1, 9L, 10L, false));
        Map<Long, Reading> broken = Map.of(1L, new Reading(1, 9L, 10L, false), 4L, new Reading(4, -2L, null, false));

        assertThat(error(asked, onlyFirst)).extracting(ValidationException::field, ValidationException::messageKey)
                .containsExactly("values[1].numerator", "indicator.error.valueMissing");
        assertThat(error(asked, broken)).extracting(ValidationException::field, ValidationException::messageKey)
                .containsExactly("values[1].numerator", "indicator.error.negative");
    }

    private static Optional<ReadingCheck.Problem> problem(Indicator indicator, Long numerator, Long denominator) {
        return ReadingCheck.check(indicator, new Reading(indicator.id(), numerator, denominator, false));
    }

    private static ValidationException error(List<Indicator> asked, Map<Long, Reading> readings) {
        try {
            IndicatorValues.check(asked, readings, true);
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("no error");
    }
}
