package vn.congtactreem.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.base.i18n.TranslationProvider;
import vn.congtactreem.notification.internal.NotificationStore;
import vn.congtactreem.notification.internal.RecipientStore;
import vn.congtactreem.org.UserAccount;

/**
 * The notification feature's API: recording notifications in the transaction of what they announce
 * (one row per recipient, written once however often the event is delivered), the outbox for the
 * administrator and each user's own notifications.
 */
@Service
public class Outbox {

    private final NotificationStore store;
    private final Recipients recipients;
    private final TranslationProvider translations;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationPreferences preferences;
    private final CycleClock clock;
    private final RecipientStore holders;

    public Outbox(NotificationStore store, Recipients recipients, TranslationProvider translations,
                  ObjectProvider<JavaMailSender> mailSender, NotificationPreferences preferences, CycleClock clock,
                  RecipientStore holders) {
        this.clock = clock;
        this.holders = holders;
        this.store = store;
        this.recipients = recipients;
        this.translations = translations;
        this.mailSender = mailSender;
        this.preferences = preferences;
    }

    /**
     * Writes the draft for each of its recipients, in their language, inside the caller's transaction
     * (none: an error, never a notification without its cause). Answers how many rows are new. The
     * recipient's preference for the kind decides the mail: none (IN_APP), at once (PENDING) or in
     * the daily digest (DIGEST); the in-app notification is written in every case. Dated on the cycle's
     * clock (the bell and the outbox show when it happened in the cycle); mail goes out by the real one.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int record(NotificationDraft draft) {
        if (draft.audiences().size() == 1) {
            // one group (every new task's notification): its holders with their choice for the kind in one statement
            Audience audience = draft.audiences().get(0);
            Map<Long, Preference> chosen = new HashMap<>();
            List<UserAccount> users = new ArrayList<>();
            for (RecipientStore.Holder holder : holders.holders(audience.orgUnitId(), audience.role(), draft.kind())) {
                users.add(holder.user());
                chosen.put(holder.user().id(), holder.preference() == null ? Preference.byDefault(draft.kind())
                        : holder.preference());
            }
            return write(draft, Recipients.people(users, draft.excludedUsername()), chosen);
        }
        return write(draft, recipients.of(draft.audiences(), draft.excludedUsername()));
    }

    /**
     * Writes the draft for each of the named people instead of its audiences (a notification about them in
     * person, e.g. a substitution), each once even if named twice, inactive users and the draft's excluded
     * user left out; otherwise as {@link #record(NotificationDraft)}, written once however often it is called.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int record(NotificationDraft draft, List<UserAccount> people) {
        return write(draft, Recipients.people(people, draft.excludedUsername()));
    }

    /**
     * Many drafts of one kind at once (a period's reminders, one per awaited unit): the same rows as {@link
     * #record(NotificationDraft)} for each, their recipients, their preferences and the rows themselves each read or
     * written in one go instead of per draft. Answers how many rows are new.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int recordEach(List<NotificationDraft> drafts) {
        Map<Audience, List<UserAccount>> holders = recipients.ofEach(drafts.stream()
                .flatMap(draft -> draft.audiences().stream()).distinct().toList());
        List<List<UserAccount>> recipientsOf = new ArrayList<>();
        Set<Long> userIds = new LinkedHashSet<>();
        for (NotificationDraft draft : drafts) {
            List<UserAccount> users = Recipients.people(draft.audiences().stream()
                    .flatMap(audience -> holders.get(audience).stream()).toList(), draft.excludedUsername());
            recipientsOf.add(users);
            users.forEach(user -> userIds.add(user.id()));
        }
        Map<NotificationKind, Map<Long, Preference>> chosen = new EnumMap<>(NotificationKind.class);
        drafts.stream().map(NotificationDraft::kind).distinct()
                .forEach(kind -> chosen.put(kind, preferences.of(userIds, kind)));
        Instant now = Instant.now();
        Instant happened = clock.now();
        List<NotificationStore.NewRow> rows = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            NotificationDraft draft = drafts.get(i);
            recipientsOf.get(i).forEach(user -> rows.add(
                    row(draft, user, chosen.get(draft.kind()).get(user.id()), now, happened)));
        }
        return store.insertAllIfAbsent(rows);
    }

    /** The draft for each of {@code users}, their choices for its kind read in one query. */
    private int write(NotificationDraft draft, List<UserAccount> users) {
        return users.isEmpty() ? 0 : write(draft, users,
                preferences.of(users.stream().map(UserAccount::id).toList(), draft.kind()));
    }

    private int write(NotificationDraft draft, List<UserAccount> users, Map<Long, Preference> chosen) {
        Instant now = Instant.now();
        Instant happened = clock.now();
        List<NotificationStore.NewRow> rows = new ArrayList<>(users.size());
        users.forEach(user -> rows.add(row(draft, user, chosen.get(user.id()), now, happened)));
        return store.insertAllIfAbsent(rows);
    }

    private NotificationStore.NewRow row(NotificationDraft draft, UserAccount user, Preference preference, Instant now,
                                         Instant happened) {
        Locale locale = TranslationProvider.supported(user.locale() == null ? null : Locale.forLanguageTag(user.locale()));
        String title = draft.title().render(locale, translations::getTranslation);
        String body = draft.body().render(locale, translations::getTranslation);
        String topic = draft.topic() == null ? null : clip(draft.topic().render(locale, translations::getTranslation), 120);
        String mailTo = Recipients.mailable(user) && preference.mail() ? user.email() : null;
        NotificationStatus status = preference.delivery() == Delivery.DAILY_DIGEST ? NotificationStatus.DIGEST
                : NotificationStatus.PENDING;
        return new NotificationStore.NewRow(draft.kind(), user.id(), draft.subjectId(), draft.discriminator(),
                draft.link(), locale.getLanguage(), clip(title, 500), body, mailTo, status, now, topic, happened);
    }

    /**
     * Whether a notification of this kind, subject and discriminator was written for anybody already: a listener
     * whose draft is costly to build asks first ({@link #record} would write nothing for it again).
     */
    public boolean alreadyWritten(NotificationKind kind, Object subjectId, String discriminator) {
        return store.writtenFor(kind, String.valueOf(subjectId), discriminator);
    }

    /** Whether mail can go out at all (spring.mail.host set); without it PENDING mail is kept. */
    public boolean smtpConfigured() {
        return mailSender.getIfAvailable() != null;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<Notification> page(NotificationStatus status, int offset, int limit) {
        return store.find(status, offset, Math.max(limit, 1));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count(NotificationStatus status) {
        return store.count(status);
    }

    /**
     * Puts a FAILED or SENT mail back in the queue with fresh attempts (the same row: nothing is
     * written twice); false if it was neither or has no address.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean resend(long id) {
        return store.resend(id, Instant.now());
    }

    /** The user's own notifications, newest first (the bell). */
    public List<Notification> of(UserAccount user, int limit) {
        return store.ofRecipient(user.id(), limit);
    }

    /** A page of the user's own notifications, newest first (the page "Thông báo"). */
    public List<Notification> of(UserAccount user, int offset, int limit) {
        return store.ofRecipient(user.id(), offset, Math.max(limit, 1));
    }

    public long count(UserAccount user) {
        return store.countOfRecipient(user.id());
    }

    public long unreadCount(UserAccount user) {
        return store.countUnread(user.id());
    }

    /** Marks one of the user's own notifications read (someone else's: nothing happens). */
    public void markRead(UserAccount user, long id) {
        store.markRead(user.id(), id, Instant.now());
    }

    public int markAllRead(UserAccount user) {
        return store.markAllRead(user.id(), Instant.now());
    }

    private static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }
}
