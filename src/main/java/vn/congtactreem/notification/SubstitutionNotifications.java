package vn.congtactreem.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.substitute.SubstitutionEvents;

/**
 * Substitutes during leave as notifications: the person on leave and the substitute both get one (in the bell and,
 * by their preference, by mail) when the substitution is named and when it is ended early; recorded in the
 * transaction that named or ended it, once per person however often the event is delivered.
 */
@Component
class SubstitutionNotifications {

    private final Outbox outbox;
    private final UserService users;

    SubstitutionNotifications(Outbox outbox, UserService users) {
        this.outbox = outbox;
        this.users = users;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(SubstitutionEvents.Named event) {
        notifyBoth(NotificationKind.SUBSTITUTION_NAMED, event.substitutionId(), event.personId(),
                event.substituteId(), (person, substitute) -> List.of(substitute.fullName(), person.fullName(),
                        Deadlines.format(event.from()), Deadlines.format(event.to())));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(SubstitutionEvents.EndedEarly event) {
        notifyBoth(NotificationKind.SUBSTITUTION_ENDED, event.substitutionId(), event.personId(),
                event.substituteId(), (person, substitute) -> List.of(substitute.fullName(), person.fullName(),
                        Deadlines.format(event.from()), Deadlines.format(event.to()),
                        Deadlines.format(event.endedOn())));
    }

    private void notifyBoth(NotificationKind kind, long substitutionId, long personId, long substituteId,
                            Arguments arguments) {
        Optional<UserAccount> person = users.find(personId);
        Optional<UserAccount> substitute = users.find(substituteId);
        if (person.isEmpty() || substitute.isEmpty()) {
            return;
        }
        Object[] args = arguments.of(person.get(), substitute.get()).toArray();
        NotificationDraft draft = new NotificationDraft(kind, substitutionId, "", Links.substitutes(),
                new Text("notification.title." + kind, args), new Text("notification.body." + kind, args), List.of());
        outbox.record(draft, List.of(person.get(), substitute.get()));
    }

    /** The texts' arguments: the substitute's and the person's names, then the days. */
    @FunctionalInterface
    private interface Arguments {
        List<Object> of(UserAccount person, UserAccount substitute);
    }
}
