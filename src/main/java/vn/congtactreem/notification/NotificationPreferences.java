package vn.congtactreem.notification;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.notification.internal.PreferenceStore;
import vn.congtactreem.org.UserAccount;

/**
 * Per user and kind of notification: mail or not, at once or in the daily digest. In-app
 * notifications are always written (the bell shows everything); these choices decide only the mail.
 */
@Service
public class NotificationPreferences {

    private final PreferenceStore store;

    public NotificationPreferences(PreferenceStore store) {
        this.store = store;
    }

    /** The user's choice for every kind, the defaults where none was made. */
    @Transactional(readOnly = true)
    public List<Preference> of(UserAccount user) {
        return all(user.id());
    }

    /** Any user's choices, for the administrator (read only). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Preference> ofUser(long userId) {
        return all(userId);
    }

    /** The choice that applies to a notification of {@code kind} for each of these users, in one query. */
    public java.util.Map<Long, Preference> of(java.util.Collection<Long> userIds, NotificationKind kind) {
        java.util.Map<Long, Preference> chosen = store.of(userIds, kind);
        userIds.forEach(userId -> chosen.putIfAbsent(userId, Preference.byDefault(kind)));
        return chosen;
    }

    /** The choice that applies to a notification of {@code kind} for the user. */
    public Preference of(long userId, NotificationKind kind) {
        return store.of(userId, kind).orElseGet(() -> Preference.byDefault(kind));
    }

    /** The signed-in user changes their own choice; saved at once. */
    @Transactional
    public void choose(UserAccount user, Preference preference) {
        if (preference.kind() == NotificationKind.DAILY_DIGEST) {
            throw new IllegalArgumentException("the digest has no preference of its own");
        }
        store.save(user.id(), preference);
    }

    private List<Preference> all(long userId) {
        Map<NotificationKind, Preference> chosen = store.of(userId).stream()
                .collect(Collectors.toMap(Preference::kind, Function.identity()));
        return NotificationKind.events().stream()
                .map(kind -> chosen.getOrDefault(kind, Preference.byDefault(kind))).toList();
    }
}
