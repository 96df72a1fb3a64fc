package vn.congtactreem.substitute;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;

/** Who may stand in for whom, and for which days. */
class SubstitutionRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2031, 3, 10);
    private static final long COMMUNE = 7;

    private final UserAccount leader = user(1, COMMUNE, Role.LEADER, true);
    private final UserAccount officer = user(2, COMMUNE, Role.OFFICER, true);

    @Test
    void anOfficerOfTheSameOrganisationMayStandInForTheLeader() {
        assertThatCode(() -> check(leader, officer, TODAY, TODAY.plusDays(4), List.of())).doesNotThrowAnyException();
        assertThatCode(() -> check(officer, user(3, COMMUNE, Role.LEADER, true), TODAY.plusDays(1),
                TODAY.plusDays(1), List.of())).doesNotThrowAnyException();
    }

    @Test
    void theSubstituteIsAnActiveOfficerOrLeaderOfTheSameOrganisationAndNotThePerson() {
        assertRefused(() -> check(leader, null, TODAY, TODAY, List.of()), "substitute",
                "substitute.error.substituteRequired");
        assertRefused(() -> check(leader, leader, TODAY, TODAY, List.of()), "substitute", "substitute.error.self");
        assertRefused(() -> check(leader, user(3, COMMUNE, Role.OFFICER, false), TODAY, TODAY, List.of()),
                "substitute", "substitute.error.inactive");
        assertRefused(() -> check(leader, user(3, COMMUNE + 1, Role.OFFICER, true), TODAY, TODAY, List.of()),
                "substitute", "substitute.error.otherOrganisation");
        assertRefused(() -> check(leader, user(3, COMMUNE, Role.MANAGER, true), TODAY, TODAY, List.of()),
                "substitute", "substitute.error.substituteRole");
    }

    @Test
    void onlyAnOfficerOrALeaderNamesASubstitute() {
        assertRefused(() -> check(user(4, COMMUNE, Role.REPORTER, true), officer, TODAY, TODAY, List.of()),
                "person", "substitute.error.personRole");
        assertRefused(() -> check(user(4, COMMUNE, Role.LEADER, false), officer, TODAY, TODAY, List.of()),
                "person", "substitute.error.personRole");
    }

    @Test
    void theDaysAreGivenInOrderNotPastAndAtMostNinetyDays() {
        assertRefused(() -> check(leader, officer, null, TODAY, List.of()), "from", "substitute.error.fromRequired");
        assertRefused(() -> check(leader, officer, TODAY, null, List.of()), "to", "substitute.error.toRequired");
        assertRefused(() -> check(leader, officer, TODAY.plusDays(3), TODAY.plusDays(2), List.of()), "to",
                "substitute.error.toBeforeFrom");
        assertRefused(() -> check(leader, officer, TODAY.minusDays(5), TODAY.minusDays(1), List.of()), "to",
                "substitute.error.toInPast");
        assertRefused(() -> check(leader, officer, TODAY.minusDays(1), TODAY.plusDays(1), List.of()), "from",
                "substitute.error.fromInPast");
        assertThatCode(() -> check(leader, officer, TODAY, TODAY.plusDays(89), List.of())).doesNotThrowAnyException();
        assertRefused(() -> check(leader, officer, TODAY, TODAY.plusDays(90), List.of()), "to",
                "substitute.error.tooLong");
    }

    @Test
    void twoSubstitutionsOfThePersonNeverOverlapUnlessOneWasEndedEarly() {
        Substitution running = substitution(TODAY.plusDays(2), TODAY.plusDays(5), null);
        assertRefused(() -> check(leader, officer, TODAY, TODAY.plusDays(2), List.of(running)), "from",
                "substitute.error.overlap");
        assertRefused(() -> check(leader, officer, TODAY.plusDays(5), TODAY.plusDays(8), List.of(running)), "from",
                "substitute.error.overlap");
        assertRefused(() -> check(leader, officer, TODAY.plusDays(3), TODAY.plusDays(4), List.of(running)), "from",
                "substitute.error.overlap");
        assertThatCode(() -> check(leader, officer, TODAY, TODAY.plusDays(1), List.of(running)))
                .doesNotThrowAnyException();
        assertThatCode(() -> check(leader, officer, TODAY.plusDays(6), TODAY.plusDays(7), List.of(running)))
                .doesNotThrowAnyException();
        Substitution ended = substitution(TODAY, TODAY.plusDays(5), Instant.parse("2031-03-10T02:00:00Z"));
        assertThatCode(() -> check(leader, officer, TODAY.plusDays(1), TODAY.plusDays(3), List.of(ended)))
                .doesNotThrowAnyException();
    }

    @Test
    void aSubstitutionRunsFromItsFirstToItsLastDayUnlessEndedEarly() {
        Substitution s = substitution(TODAY, TODAY.plusDays(2), null);
        org.assertj.core.api.Assertions.assertThat(s.runsOn(TODAY.minusDays(1))).isFalse();
        org.assertj.core.api.Assertions.assertThat(s.runsOn(TODAY)).isTrue();
        org.assertj.core.api.Assertions.assertThat(s.runsOn(TODAY.plusDays(2))).isTrue();
        org.assertj.core.api.Assertions.assertThat(s.runsOn(TODAY.plusDays(3))).isFalse();
        org.assertj.core.api.Assertions.assertThat(s.isOver(TODAY.plusDays(3))).isTrue();
        Substitution ended = substitution(TODAY, TODAY.plusDays(2), Instant.parse("2031-03-10T02:00:00Z"));
        org.assertj.core.api.Assertions.assertThat(ended.runsOn(TODAY.plusDays(1))).isFalse();
    }

    private static void check(UserAccount person, UserAccount substitute, LocalDate from, LocalDate to,
                              List<Substitution> others) {
        SubstitutionRules.check(person, substitute, from, to, TODAY, others);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field,
                                      String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> {
            org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo(field);
            org.assertj.core.api.Assertions.assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    private Substitution substitution(LocalDate from, LocalDate to, Instant endedEarlyAt) {
        return new Substitution(9, leader.id(), leader.username(), leader.fullName(), 5, "pho.chu.tich",
                "Phó Chủ Tịch", from, to, leader.username(), Instant.parse("2031-03-01T02:00:00Z"), endedEarlyAt);
    }

    private static UserAccount user(long id, long org, Role role, boolean active) {
        return new UserAccount(id, "user" + id, "Người " + id, null, org, Set.of(role), active, "vi");
    }
}
