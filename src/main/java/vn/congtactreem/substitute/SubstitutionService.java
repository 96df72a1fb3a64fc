package vn.congtactreem.substitute;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.base.NotAllowedException;
import vn.congtactreem.base.NotFoundException;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.substitute.internal.SubstitutionEntity;
import vn.congtactreem.substitute.internal.SubstitutionRepository;

/**
 * Substitutes during leave ("ủy quyền khi vắng mặt"), the feature's API: an officer or a leader, or an
 * administrator for them, names a colleague and the days ({@link SubstitutionRules}); while it runs the
 * substitute sees the person's tasks in the inbox and may complete them with the same rules as the person
 * (the engine's candidate users, {@link StandInLinks}; the role checks through
 * {@link vn.congtactreem.security.StandIns}); it ends by itself after its last day or when ended early.
 */
@Service
@Transactional
public class SubstitutionService {

    private final SubstitutionRepository repository;
    private final SubstitutionReads reads;
    private final StandInLinks links;
    private final UserService users;
    private final CycleClock clock;
    private final ApplicationEventPublisher events;

    SubstitutionService(SubstitutionRepository repository, SubstitutionReads reads, StandInLinks links,
                        UserService users, CycleClock clock, ApplicationEventPublisher events) {
        this.repository = repository;
        this.reads = reads;
        this.links = links;
        this.users = users;
        this.clock = clock;
        this.events = events;
    }

    /** The person's substitutions, latest first: the person's own, or any for an administrator. */
    @Transactional(readOnly = true)
    public List<Substitution> of(UserAccount actor, long personId) {
        requireMayManage(actor, personId);
        return reads.ofPerson(personId);
    }

    /** The colleagues who may stand in for the person (active officers and leaders of the same organisation). */
    @Transactional(readOnly = true)
    public List<UserAccount> candidates(UserAccount actor, long personId) {
        UserAccount person = requireMayManage(actor, personId);
        Set<UserAccount> found = new LinkedHashSet<>();
        found.addAll(users.activeWithRoleIn(person.orgUnitId(), Role.LEADER));
        found.addAll(users.activeWithRoleIn(person.orgUnitId(), Role.OFFICER));
        return found.stream().filter(user -> user.id() != person.id())
                .sorted(Comparator.comparing(UserAccount::fullName)).toList();
    }

    /** Names a substitute; one running today takes effect at once in the engine. Both people are told. */
    public Substitution name(UserAccount actor, long personId, SubstitutionForm form) {
        UserAccount person = requireMayManage(actor, personId);
        UserAccount substitute = form.substituteId() == null ? null : users.find(form.substituteId()).orElse(null);
        SubstitutionRules.check(person, substitute, form.from(), form.to(), clock.today(), reads.ofPerson(personId));
        SubstitutionEntity saved = repository.save(new SubstitutionEntity(personId, substitute.id(), form.from(),
                form.to(), actor.username(), clock.now()));
        relink(substitute);
        events.publishEvent(new SubstitutionEvents.Named(saved.getId(), personId, substitute.id(), form.from(),
                form.to()));
        return SubstitutionReads.value(saved, person, substitute);
    }

    /**
     * Ends a substitution before its last day: the substitute stops acting now, both people are told; ending one
     * again changes nothing (and tells no one).
     */
    public Substitution endEarly(UserAccount actor, long substitutionId) {
        // another person's substitution is answered as one that does not exist: its ids cannot be enumerated
        SubstitutionEntity row = repository.findById(substitutionId)
                .filter(found -> mayManage(actor, found.getPersonId()))
                .orElseThrow(() -> new NotFoundException("substitution", "substitute.error.notFound", substitutionId));
        UserAccount person = requireMayManage(actor, row.getPersonId());
        if (row.getEndedEarlyAt() == null && !row.getDateTo().isBefore(clock.today())) {
            row.endEarly(clock.now());
            users.find(row.getSubstituteId()).ifPresent(this::relink);
            row.linksCleared();
            events.publishEvent(new SubstitutionEvents.EndedEarly(row.getId(), row.getPersonId(),
                    row.getSubstituteId(), row.getDateFrom(), row.getDateTo(), clock.today()));
        }
        return SubstitutionReads.value(row, person, users.find(row.getSubstituteId()).orElse(null));
    }

    /** The substitutions {@code substitute} holds today: whom they act for, and those persons' groups. */
    @Transactional(readOnly = true)
    public List<StandIn> standInsOf(UserAccount substitute) {
        return reads.standInsOf(substitute);
    }

    /**
     * The person {@code actor} acts for in {@code role} of {@code orgUnitId} today, if they stand in for someone
     * holding that role there. A deputy leader named for the absent chairman acts for the chairman even though
     * they hold the role themselves: what they sign meanwhile they sign "KT." (ký thay).
     */
    @Transactional(readOnly = true)
    public Optional<UserAccount> actingFor(UserAccount actor, long orgUnitId, Role role) {
        return reads.actingFor(actor, orgUnitId, role);
    }

    /**
     * The job's round ({@link SubstitutionJob}): the substitutes of the substitutions running today get their
     * links (one that began today included), those of the ones that ended lose them. Idempotent.
     */
    public void applyToTasks() {
        Set<Long> substitutes = new LinkedHashSet<>();
        repository.running(clock.today()).forEach(s -> substitutes.add(s.getSubstituteId()));
        List<SubstitutionEntity> ended = repository.endedWithLinks(clock.today());
        ended.forEach(s -> substitutes.add(s.getSubstituteId()));
        substitutes.forEach(id -> users.find(id).ifPresent(this::relink));
        ended.forEach(SubstitutionEntity::linksCleared);
    }

    private void relink(UserAccount substitute) {
        links.reconcile(substitute.username(), reads.standInsOf(substitute));
    }

    /** The person themselves or an administrator manages a person's substitutions. */
    private static boolean mayManage(UserAccount actor, long personId) {
        return actor.id() == personId || actor.hasRole(Role.ADMIN);
    }

    private UserAccount requireMayManage(UserAccount actor, long personId) {
        UserAccount person = users.find(personId)
                .orElseThrow(() -> new NotFoundException("user", "substitute.error.personNotFound", personId));
        if (!mayManage(actor, personId)) {
            throw NotAllowedException.because("access.notAllowed.substitution", person.fullName());
        }
        return person;
    }
}
