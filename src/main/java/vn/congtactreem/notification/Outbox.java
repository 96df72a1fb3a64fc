package vn.congtactreem.notification;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.i18n.TranslationProvider;
import vn.congtactreem.notification.internal.NotificationStore;
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

    public Outbox(NotificationStore store, Recipients recipients, TranslationProvider translations,
                  ObjectProvider<JavaMailSender> mailSender) {
        this.store = store;
        this.recipients = recipients;
        this.translations = translations;
        this.mailSender = mailSender;
    }

    /**
     * Writes the draft for each of its recipients, in their language, inside the caller's transaction
     * (none: an error, never a notification without its cause). Answers how many rows are new.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int record(NotificationDraft draft) {
        Instant now = Instant.now();
        int written = 0;
        for (UserAccount user : recipients.of(draft.audiences(), draft.excludedUsername())) {
            Locale locale = TranslationProvider.supported(user.locale() == null ? null : Locale.forLanguageTag(user.locale()));
            String title = draft.title().render(locale, translations::getTranslation);
            String body = draft.body().render(locale, translations::getTranslation);
            String mailTo = Recipients.mailable(user) ? user.email() : null;
            boolean inserted = store.insertIfAbsent(new NotificationStore.NewRow(draft.kind(), user.id(),
                    draft.subjectId(), draft.discriminator(), draft.link(), locale.getLanguage(), clip(title, 500),
                    body, mailTo, now));
            written += inserted ? 1 : 0;
        }
        return written;
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

    /** Puts a FAILED mail back in the queue with fresh attempts; false if it was not FAILED. */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean resend(long id) {
        return store.resend(id, Instant.now());
    }

    /** The user's own notifications, newest first (the bell). */
    public List<Notification> of(UserAccount user, int limit) {
        return store.ofRecipient(user.id(), limit);
    }

    public long unreadCount(UserAccount user) {
        return store.countUnread(user.id());
    }

    public void markRead(UserAccount user, long id) {
        store.markRead(user.id(), id, Instant.now());
    }

    private static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }
}
