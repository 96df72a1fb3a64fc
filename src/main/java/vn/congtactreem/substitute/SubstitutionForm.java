package vn.congtactreem.substitute;

import java.time.LocalDate;

/** What is typed to name a substitute: the colleague (user id) and the days, both inclusive. */
public record SubstitutionForm(Long substituteId, LocalDate from, LocalDate to) {
}
