package vn.congtactreem.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.congtactreem.notification.Notification;
import vn.congtactreem.notification.NotificationKind;
import vn.congtactreem.notification.NotificationStatus;

/**
 * The outbox's SQL on H2, the database of the default run (PostgreSQL runs the same through the
 * integration tests): written once per key, claimed by one node only, released when a claim is stale.
 */
class NotificationStoreTests {

    private final Instant now = Instant.parse("2031-05-11T01:30:00Z").truncatedTo(ChronoUnit.MILLIS);
    private NotificationStore store;
    private DigestStore digests;
    private JdbcTemplate jdbc;
    private long userId;

    @BeforeEach
    void freshDatabase() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:outbox" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        jdbc.update("insert into org_unit (kind, level_code, name) values ('AREA', 'COMMUNE', 'Xã An Dương')");
        long org = jdbc.queryForObject("select max(id) from org_unit", Long.class);
        jdbc.update("insert into app_user (username, full_name, email, password_hash, org_unit_id)"
                + " values ('congan', 'Trần Văn Nam', 'congan@x.vn', 'x', ?)", org);
        userId = jdbc.queryForObject("select max(id) from app_user", Long.class);
        store = new NotificationStore(dataSource);
        digests = new DigestStore(dataSource);
    }

    @Test
    void theSameKeyIsWrittenOnceAndADuplicateIsNoError() {
        assertThat(store.insertIfAbsent(row("12", "d7", "congan@x.vn"))).isTrue();
        assertThat(store.insertIfAbsent(row("12", "d7", "congan@x.vn"))).isFalse();
        assertThat(store.insertIfAbsent(row("12", "d1", "congan@x.vn"))).isTrue();
        assertThat(store.insertIfAbsent(row("13", "d7", "congan@x.vn"))).isTrue();
        assertThat(store.count(null)).isEqualTo(3);
    }

    @Test
    void aRecipientWithoutMailGetsAnInAppRowThatIsNeverDue() {
        store.insertIfAbsent(row("12", "", null));
        assertThat(store.find(null, 0, 10)).singleElement()
                .satisfies(n -> assertThat(n.status()).isEqualTo(NotificationStatus.IN_APP));
        assertThat(store.due(now.plus(Duration.ofDays(1)), 10)).isEmpty();
    }

    @Test
    void onlyOneClaimOfAPendingRowSucceeds() {
        store.insertIfAbsent(row("12", "", "congan@x.vn"));
        long id = store.due(now, 10).get(0);
        assertThat(store.claim(id, now)).isTrue();
        assertThat(store.claim(id, now)).as("a second node").isFalse();
        assertThat(store.due(now, 10)).isEmpty();
        Notification claimed = store.get(id);
        assertThat(claimed.status()).isEqualTo(NotificationStatus.SENDING);
        assertThat(claimed.attempts()).isEqualTo(1);
    }

    @Test
    void aStaleClaimGoesBackToTheQueueAndAFreshOneDoesNot() {
        store.insertIfAbsent(row("12", "", "congan@x.vn"));
        long id = store.due(now, 10).get(0);
        store.claim(id, now);
        assertThat(store.releaseStaleClaims(now.minus(Duration.ofMinutes(10)), now)).isZero();
        Instant later = now.plus(Duration.ofMinutes(11));
        assertThat(store.releaseStaleClaims(later.minus(Duration.ofMinutes(10)), later)).isOne();
        assertThat(store.due(later, 10)).containsExactly(id);
        assertThat(store.get(id).attempts()).as("the lost attempt counts").isEqualTo(1);
    }

    @Test
    void aFailedMailCanBeSentAgainWithFreshAttempts() {
        store.insertIfAbsent(row("12", "", "congan@x.vn"));
        long id = store.due(now, 10).get(0);
        store.claim(id, now);
        store.markFailed(id, "MailSendException: refused");
        assertThat(store.find(NotificationStatus.FAILED, 0, 10)).extracting(Notification::lastError)
                .containsExactly("MailSendException: refused");
        assertThat(store.resend(id, now)).isTrue();
        assertThat(store.resend(id, now)).as("no longer failed").isFalse();
        assertThat(store.get(id).attempts()).isZero();
        assertThat(store.due(now, 10)).containsExactly(id);
    }

    @Test
    void theBellCountsUnreadRowsOfItsUserOnly() {
        store.insertIfAbsent(row("12", "", "congan@x.vn"));
        store.insertIfAbsent(row("13", "", null));
        assertThat(store.countUnread(userId)).isEqualTo(2);
        long first = store.ofRecipient(userId, 10).get(1).id();
        assertThat(store.markRead(userId + 1, first, now)).as("someone else's").isZero();
        assertThat(store.markRead(userId, first, now)).isOne();
        assertThat(store.countUnread(userId)).isOne();
    }

    @Test
    void aSentMailCanBeSentAgainAsTheSameRowButAnInAppRowCannot() {
        store.insertIfAbsent(row("12", "", "congan@x.vn"));
        store.insertIfAbsent(row("13", "", null));
        long mail = store.due(now, 10).get(0);
        store.claim(mail, now);
        store.markSent(mail, now);
        assertThat(store.resend(mail, now)).isTrue();
        assertThat(store.get(mail).status()).isEqualTo(NotificationStatus.PENDING);
        long inApp = store.find(NotificationStatus.IN_APP, 0, 10).get(0).id();
        assertThat(store.resend(inApp, now)).isFalse();
        assertThat(store.count(null)).isEqualTo(2);
    }

    @Test
    void markAllReadTouchesOnlyTheUsersUnreadRows() {
        store.insertIfAbsent(row("12", "", "congan@x.vn"));
        store.insertIfAbsent(row("13", "", null));
        assertThat(store.markAllRead(userId + 1, now)).isZero();
        assertThat(store.markAllRead(userId, now)).isEqualTo(2);
        assertThat(store.countUnread(userId)).isZero();
        assertThat(store.markAllRead(userId, now)).isZero();
    }

    @Test
    void aDigestRowWaitsOutsideTheSendersQueueUntilTheDaysDigestTakesIt() {
        store.insertIfAbsent(digestRow("12"));
        store.insertIfAbsent(digestRow("13"));
        assertThat(store.due(now.plus(Duration.ofDays(1)), 10)).as("not for the immediate sender").isEmpty();
        assertThat(digests.recipientsWithDigestRows()).containsExactly(userId);
        List<Long> waiting = digests.digestRowsOf(userId).stream().map(Notification::id).toList();

        long digest = digests.insertDigest(userId, "2031-05-12", "vi", "Tổng hợp", "congan@x.vn", now).orElseThrow();
        assertThat(digests.insertDigest(userId, "2031-05-12", "vi", "Tổng hợp", "congan@x.vn", now))
                .as("one digest per user and day").isEmpty();
        assertThat(digests.claimForDigest(digest, waiting)).isEqualTo(2);
        assertThat(digests.claimForDigest(digest + 1, waiting)).as("each row in one digest").isZero();
        assertThat(digests.inDigest(digest)).extracting(Notification::id).containsExactlyElementsOf(waiting);
        assertThat(digests.recipientsWithDigestRows()).isEmpty();
        assertThat(store.countUnread(userId)).as("the digest is not one more notification").isEqualTo(2);
        assertThat(store.ofRecipient(userId, 10)).extracting(Notification::id).containsExactlyInAnyOrderElementsOf(waiting);

        assertThat(store.due(now, 10)).containsExactly(digest);
        store.claim(digest, now);
        store.markSent(digest, now);
        digests.markDigestRowsSent(digest, now);
        assertThat(digests.inDigest(digest)).allSatisfy(row -> {
            assertThat(row.status()).isEqualTo(NotificationStatus.SENT);
            assertThat(row.sentAt()).isEqualTo(now);
        });
    }

    private NotificationStore.NewRow digestRow(String subject) {
        return new NotificationStore.NewRow(NotificationKind.REMINDER_DUE, userId, subject, "", "reports/" + subject,
                "vi", "Nhắc hạn báo cáo", "Báo cáo cần gửi.", "congan@x.vn", NotificationStatus.DIGEST, now);
    }

    private NotificationStore.NewRow row(String subject, String discriminator, String mailTo) {
        return new NotificationStore.NewRow(NotificationKind.REMINDER_DUE, userId, subject, discriminator,
                "reports/" + subject, "vi", "Nhắc hạn báo cáo", "Báo cáo cần gửi.", mailTo, now);
    }
}
