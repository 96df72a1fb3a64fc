package vn.congtactreem.indicator;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The rules a typed value must keep, one place for the form, the spreadsheet import and the API:
 * whole numbers only (the API refuses decimals as it reads them), none negative, none from
 * {@link #LIMIT} up (larger than any count of children), a proportion's numerator not above its denominator, no denominator of 0, yes/no
 * as 1 or 0, and a value outside the indicator's plausible range only once its reporter confirmed it.
 * "Không phát sinh" needs no numbers; its note is short.
 */
public final class ReadingCheck {

    /** A broken rule: the box it concerns ({@code numerator}, {@code denominator}, {@code confirmed}). */
    public record Problem(String field, String messageKey, Object... args) {
    }

    /** The first number too large for any box: 10^12, still exact in a spreadsheet's double. */
    public static final long LIMIT = 1_000_000_000_000L;

    private ReadingCheck() {
    }

    /** What is wrong with a value as typed, if anything; blank is fine here (required is checked on submit). */
    public static Optional<Problem> check(Indicator indicator, Reading reading) {
        if (reading == null || reading.blank()) {
            return Optional.empty();
        }
        if (reading.note() != null && reading.note().length() > Reading.NOTE_MAX) {
            return problem("note", "indicator.error.noteTooLong", Reading.NOTE_MAX);
        }
        if (reading.notApplicable()) {
            return Optional.empty();
        }
        Long numerator = reading.numerator();
        Long denominator = reading.denominator();
        Measure measure = indicator.measure();
        if (measure == Measure.YES_NO) {
            if (numerator == null || (numerator != 0 && numerator != 1)) {
                return problem("numerator", "indicator.error.yesNo");
            }
            return Optional.empty();
        }
        if (numerator == null) {
            return problem("numerator", measure.isRate() ? "indicator.error.numeratorRequired"
                    : "indicator.error.valueRequired", indicator.numerator());
        }
        Optional<Problem> outOfBounds = bounds(reading);
        if (outOfBounds.isPresent()) {
            return outOfBounds;
        }
        if (!measure.isRate()) {
            return plausible(indicator, reading, BigDecimal.valueOf(numerator));
        }
        if (denominator == null) {
            return problem("denominator", "indicator.error.denominatorRequired", indicator.denominator());
        }
        if (denominator == 0) {
            return problem("denominator", "indicator.error.zeroDenominator", indicator.denominator());
        }
        if (numerator > denominator) {
            return problem("numerator", "indicator.error.numeratorAboveDenominator", indicator.numerator(),
                    indicator.denominator());
        }
        return plausible(indicator, reading, RollUp.rate(measure, numerator, denominator));
    }

    /**
     * The bounds no saved number may pass, a draft's included: not negative, below {@link #LIMIT}.
     * (The other rules wait for the value to be finished.)
     */
    public static Optional<Problem> bounds(Reading reading) {
        if (reading == null) {
            return Optional.empty();
        }
        Optional<Problem> numerator = bound("numerator", reading.numerator());
        return numerator.isPresent() ? numerator : bound("denominator", reading.denominator());
    }

    private static Optional<Problem> bound(String field, Long value) {
        if (value != null && value < 0) {
            return problem(field, "indicator.error.negative");
        }
        if (value != null && value >= LIMIT) {
            return problem(field, "indicator.error.tooLarge", LIMIT - 1);
        }
        return Optional.empty();
    }

    private static Optional<Problem> plausible(Indicator indicator, Reading reading, BigDecimal value) {
        boolean below = indicator.plausibleMin() != null && value.compareTo(indicator.plausibleMin()) < 0;
        boolean above = indicator.plausibleMax() != null && value.compareTo(indicator.plausibleMax()) > 0;
        if ((below || above) && !reading.confirmed()) {
            return problem("confirmed", "indicator.error.implausible", Numbers.value(indicator.measure(), value),
                    Numbers.value(indicator.measure(), indicator.plausibleMin() == null ? BigDecimal.ZERO
                            : indicator.plausibleMin()),
                    indicator.plausibleMax() == null ? "…" : Numbers.value(indicator.measure(), indicator.plausibleMax()));
        }
        return Optional.empty();
    }

    private static Optional<Problem> problem(String field, String key, Object... args) {
        return Optional.of(new Problem(field, key, args));
    }
}
