package vn.congtactreem.indicator;

/**
 * A value as a unit types it: a rate as its numerator and denominator (how many children were cared
 * for, of how many in special circumstances), a count in numerator, yes/no as 1 or 0. Blank boxes are
 * null. {@code confirmed}: the person confirmed a value outside the plausible range.
 */
public record Reading(long indicatorId, Long numerator, Long denominator, boolean confirmed) {

    public boolean blank() {
        return numerator == null && denominator == null;
    }
}
