package vn.congtactreem.substitute;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.security.AccessScope;
import vn.congtactreem.security.StandIns;
import vn.congtactreem.substitute.StandInLinks.RunningSubstitution;
import vn.congtactreem.substitute.internal.SubstitutionEntity;
import vn.congtactreem.substitute.internal.SubstitutionRepository;

/**
 * The substitutions as values, and who stands in for whom today (the cycle's clock, so tests and the demo move
 * it). Also the answer {@link vn.congtactreem.security.AccessScope} asks ({@link StandIns}): a substitute acts
 * in the person's role for the person's organisation while the substitution runs, and not a day longer.
 */
@Component
@Transactional(readOnly = true)
class SubstitutionReads implements StandIns {

    private final SubstitutionRepository repository;
    private final UserService users;
    private final CycleClock clock;
    private final RunningSubstitutions running;

    SubstitutionReads(SubstitutionRepository repository, UserService users, CycleClock clock,
                      RunningSubstitutions running) {
        this.repository = repository;
        this.users = users;
        this.clock = clock;
        this.running = running;
    }

    @Override
    public boolean standsIn(UserAccount user, long orgUnitId, Role role) {
        return actingFor(user, orgUnitId, role).isPresent();
    }

    /** The person {@code user} acts for today in {@code role} of {@code orgUnitId}, if any. */
    Optional<UserAccount> actingFor(UserAccount user, long orgUnitId, Role role) {
        if (!user.active() || user.orgUnitId() != orgUnitId) {
            return Optional.empty();
        }
        // asked by every decision's timeline row: one plain statement, the people read only when one runs
        return running.personsOf(user.id(), clock.today()).stream()
                .map(users::find).flatMap(Optional::stream)
                .filter(person -> person.active() && person.orgUnitId() == orgUnitId && person.hasRole(role))
                .findFirst();
    }

    /** The substitutions {@code substitute} holds today. */
    List<StandIn> standInsOf(UserAccount substitute) {
        if (!substitute.active()) {
            return List.of();
        }
        return repository.runningFor(substitute.id(), clock.today()).stream()
                .map(s -> users.find(s.getPersonId()).filter(UserAccount::active)
                        .map(person -> standIn(s, person)))
                .flatMap(Optional::stream).toList();
    }

    /**
     * Every substitution running today whose person and substitute are both active, in one statement
     * ({@link RunningSubstitutions}): no query of the persistence context, which would first flush it.
     */
    List<RunningSubstitution> runningToday() {
        return running.on(clock.today());
    }

    List<Substitution> ofPerson(long personId) {
        return values(repository.findByPersonIdOrderByDateFromDescIdDesc(personId));
    }

    List<Substitution> values(List<SubstitutionEntity> rows) {
        Map<Long, UserAccount> people = rows.stream()
                .flatMap(s -> Stream.of(s.getPersonId(), s.getSubstituteId())).distinct()
                .map(users::find).flatMap(Optional::stream)
                .collect(Collectors.toMap(UserAccount::id, Function.identity()));
        return rows.stream().map(s -> value(s, people.get(s.getPersonId()), people.get(s.getSubstituteId())))
                .toList();
    }

    static Substitution value(SubstitutionEntity s, UserAccount person, UserAccount substitute) {
        return new Substitution(s.getId(), s.getPersonId(), person == null ? "" : person.username(),
                person == null ? "" : person.fullName(), s.getSubstituteId(),
                substitute == null ? "" : substitute.username(), substitute == null ? "" : substitute.fullName(),
                s.getDateFrom(), s.getDateTo(), s.getCreatedBy(), s.getCreatedAt(), s.getEndedEarlyAt());
    }

    private static StandIn standIn(SubstitutionEntity s, UserAccount person) {
        List<String> groups = person.roles().stream().filter(role -> role == Role.OFFICER || role == Role.LEADER)
                .sorted().map(role -> AccessScope.group(person.orgUnitId(), role)).toList();
        return new StandIn(s.getId(), person.username(), person.fullName(), groups);
    }
}
