package vn.congtactreem.substitute;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;

/**
 * The rules of naming a substitute, pure so they are tested on their own.
 *
 * <p>Who may stand in: an active colleague of the same organisation who is an officer or a leader there, never
 * the person themselves. The person is an officer or a leader (the roles whose tasks are the organisation's;
 * a reporter's colleagues of the same unit already share its tasks). For a leader this follows Nghị định
 * 30/2020/NĐ-CP: a deputy leader (a leader of the same organisation) signs "KT." (ký thay) for the head; an
 * officer the leader authorises signs "TUQ." (thừa ủy quyền). An officer of another organisation, even one
 * below, may never act for it.
 *
 * <p>The days: both given, from not after to, neither before today (nobody can act for someone in the past),
 * at most {@link #MAX_DAYS} days, and never overlapping another substitution of the same person that is not
 * ended (only one substitute acts for a person on a given day).
 */
final class SubstitutionRules {

    static final int MAX_DAYS = 90;
    static final String FIELD_SUBSTITUTE = "substitute";
    static final String FIELD_FROM = "from";
    static final String FIELD_TO = "to";
    static final String FIELD_PERSON = "person";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SubstitutionRules() {
    }

    /**
     * Refuses with the field and the reason ({@link ValidationException}) what may not be named.
     *
     * @param others the person's substitutions so far (ended ones are ignored)
     */
    static void check(UserAccount person, UserAccount substitute, LocalDate from, LocalDate to, LocalDate today,
                      Collection<Substitution> others) {
        if (!person.active() || !(person.hasRole(Role.OFFICER) || person.hasRole(Role.LEADER))) {
            throw new ValidationException(FIELD_PERSON, "substitute.error.personRole");
        }
        if (substitute == null) {
            throw new ValidationException(FIELD_SUBSTITUTE, "substitute.error.substituteRequired");
        }
        if (substitute.id() == person.id()) {
            throw new ValidationException(FIELD_SUBSTITUTE, "substitute.error.self");
        }
        if (!substitute.active()) {
            throw new ValidationException(FIELD_SUBSTITUTE, "substitute.error.inactive", substitute.fullName());
        }
        if (substitute.orgUnitId() != person.orgUnitId()) {
            throw new ValidationException(FIELD_SUBSTITUTE, "substitute.error.otherOrganisation",
                    substitute.fullName());
        }
        if (!(substitute.hasRole(Role.OFFICER) || substitute.hasRole(Role.LEADER))) {
            throw new ValidationException(FIELD_SUBSTITUTE, "substitute.error.substituteRole", substitute.fullName());
        }
        checkDays(from, to, today);
        for (Substitution other : others) {
            if (other.endedEarlyAt() == null && !other.from().isAfter(to) && !other.to().isBefore(from)) {
                throw new ValidationException(FIELD_FROM, "substitute.error.overlap", other.substituteName(),
                        DAY.format(other.from()), DAY.format(other.to()));
            }
        }
    }

    static void checkDays(LocalDate from, LocalDate to, LocalDate today) {
        if (from == null) {
            throw new ValidationException(FIELD_FROM, "substitute.error.fromRequired");
        }
        if (to == null) {
            throw new ValidationException(FIELD_TO, "substitute.error.toRequired");
        }
        if (from.isAfter(to)) {
            throw new ValidationException(FIELD_TO, "substitute.error.toBeforeFrom");
        }
        if (to.isBefore(today)) {
            throw new ValidationException(FIELD_TO, "substitute.error.toInPast");
        }
        if (from.isBefore(today)) {
            throw new ValidationException(FIELD_FROM, "substitute.error.fromInPast");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new ValidationException(FIELD_TO, "substitute.error.tooLong", MAX_DAYS);
        }
    }
}
