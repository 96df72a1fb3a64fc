package vn.congtactreem.indicator;

/**
 * A value as a unit types it: a rate as its numerator and denominator (how many children were cared
 * for, of how many in special circumstances), a count in numerator, yes/no as 1 or 0. Blank boxes are
 * null. {@code confirmed}: the person confirmed a value outside the plausible range.
 * {@code notApplicable}: "Không phát sinh" — nobody to count this period (no HIV-positive mothers, no
 * disaster), with an optional {@code note}; such a value has no numbers and adds nothing to a figure.
 */
public record Reading(long indicatorId, Long numerator, Long denominator, boolean confirmed, boolean notApplicable,
                      String note) {

    public static final int NOTE_MAX = 500;

    public Reading {
        if (notApplicable) {
            numerator = null;
            denominator = null;
            confirmed = false;
        }
        note = note == null || note.isBlank() ? null : note.strip();
    }

    public Reading(long indicatorId, Long numerator, Long denominator, boolean confirmed) {
        this(indicatorId, numerator, denominator, confirmed, false, null);
    }

    /** "Không phát sinh" this period, with the reporter's note (or none). */
    public static Reading notApplicable(long indicatorId, String note) {
        return new Reading(indicatorId, null, null, false, true, note);
    }

    public boolean blank() {
        return numerator == null && denominator == null && !notApplicable;
    }
}
