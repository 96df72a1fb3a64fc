package vn.congtactreem.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.base.i18n.TranslationProvider;
import vn.congtactreem.notification.internal.DigestStore;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;

/**
 * The daily digest: from {@code app.notifications.digest-time} (07:00 Vietnam time, on the cycle's
 * clock, so the demo clock moves it too), each user with notifications waiting for it (status DIGEST)
 * gets ONE outbox row of kind DAILY_DIGEST for the day, carrying all of them; the ordinary sender
 * sends it (claim, retries, back-off) and marks them SENT with it. Exactly once across nodes: the
 * digest row's unique key (kind, user, day) lets one node write it, and each waiting row is taken by
 * a conditional update, in the same transaction. Rows arriving after the day's digest wait for the
 * next day's.
 */
@Component
public class DailyDigest {

    private static final Logger LOG = LoggerFactory.getLogger(DailyDigest.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DigestStore store;
    private final UserService users;
    private final TranslationProvider translations;
    private final TransactionTemplate transactions;
    private final NotificationProperties properties;

    public DailyDigest(DigestStore store, UserService users, TranslationProvider translations,
                       TransactionTemplate transactions, NotificationProperties properties) {
        this.store = store;
        this.users = users;
        this.translations = translations;
        this.transactions = transactions;
        this.properties = properties;
    }

    /** Writes the digests due at {@code cycleNow} (none before the day's digest time); answers how many. */
    public int writeDue(Instant cycleNow) {
        ZonedDateTime local = cycleNow.atZone(CycleClock.VIETNAM);
        if (local.toLocalTime().isBefore(properties.digestTime())) {
            return 0;
        }
        LocalDate day = local.toLocalDate();
        int written = 0;
        for (long userId : store.recipientsWithDigestRows()) {
            Boolean done = transactions.execute(tx -> {
                boolean ok = write(userId, day, cycleNow);
                if (!ok) {
                    tx.setRollbackOnly();
                }
                return ok;
            });
            written += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return written;
    }

    /** One user's digest of {@code day}, inside the caller's transaction; false: nothing (left) to write. */
    private boolean write(long userId, LocalDate day, Instant cycleNow) {
        List<Notification> waiting = store.digestRowsOf(userId);
        if (waiting.isEmpty()) {
            return false;
        }
        Optional<UserAccount> user = users.find(userId);
        Locale locale = TranslationProvider.supported(user.map(UserAccount::locale).map(Locale::forLanguageTag)
                .orElse(null));
        String mailTo = user.filter(Recipients::mailable).map(UserAccount::email)
                .orElse(waiting.get(waiting.size() - 1).mailTo());
        Optional<Long> digestId = store.insertDigest(userId, day.toString(), locale.getLanguage(), "", mailTo,
                Instant.now(), cycleNow);
        if (digestId.isEmpty()) {
            return false; // today's digest exists: written by another node, or earlier today
        }
        int claimed = store.claimForDigest(digestId.get(), waiting.stream().map(Notification::id).toList());
        if (claimed == 0) {
            return false;
        }
        List<Notification> rows = store.inDigest(digestId.get());
        store.describeDigest(digestId.get(), title(day, rows.size(), locale), body(rows, locale));
        LOG.debug("Daily digest of {} for user {}: {} notification(s)", day, userId, rows.size());
        return true;
    }

    /** "Tổng hợp thông báo ngày 19/05/2024 (5 thông báo)". */
    String title(LocalDate day, int count, Locale locale) {
        return translations.getTranslation("notification.digest.title", locale, DAY.format(day), count);
    }

    /** The rows by kind, in the kinds' order: "Nhắc hạn báo cáo (2)" and a line per notification. */
    String body(List<Notification> rows, Locale locale) {
        StringBuilder text = new StringBuilder();
        byKind(rows).forEach((kind, ofKind) -> {
            text.append(groupTitle(kind, ofKind.size(), locale)).append('\n');
            ofKind.forEach(row -> text.append("- ").append(row.title()).append('\n'));
            text.append('\n');
        });
        return text.toString().strip();
    }

    String groupTitle(NotificationKind kind, int count, Locale locale) {
        return translations.getTranslation("notification.digest.group", locale,
                translations.getTranslation("notification.kind." + kind.name(), locale), count);
    }

    static Map<NotificationKind, List<Notification>> byKind(List<Notification> rows) {
        return rows.stream().collect(Collectors.groupingBy(Notification::kind, TreeMap::new, Collectors.toList()));
    }
}
