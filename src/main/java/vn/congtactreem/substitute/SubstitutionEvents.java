package vn.congtactreem.substitute;

import java.time.LocalDate;

/**
 * What happens to a substitution, published inside the transaction that did it (the notification module tells
 * both the person on leave and the substitute).
 */
public final class SubstitutionEvents {

    private SubstitutionEvents() {
    }

    /** A substitute was named: {@code substituteId} acts for {@code personId} from {@code from} to {@code to}. */
    public record Named(long substitutionId, long personId, long substituteId, LocalDate from, LocalDate to) {
    }

    /** A substitution was ended before its last day {@code to}: the substitute stopped acting on {@code endedOn}. */
    public record EndedEarly(long substitutionId, long personId, long substituteId, LocalDate from, LocalDate to,
                             LocalDate endedOn) {
    }
}
