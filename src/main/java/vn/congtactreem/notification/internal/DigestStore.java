package vn.congtactreem.notification.internal;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.congtactreem.base.Databases;
import vn.congtactreem.notification.Notification;
import vn.congtactreem.notification.NotificationKind;
import vn.congtactreem.notification.NotificationStatus;

/**
 * The daily digest's rows in the outbox table: the notifications waiting for the digest, the digest row itself
 * (one per user and day, whichever node writes it first) and the hand-over of the waiting rows to it. The
 * digest's mail is then sent as any other row of {@link NotificationStore}.
 */
@Repository
public class DigestStore {

    private static final String COLUMNS = NotificationStore.COLUMNS;
    private static final RowMapper<Notification> ROW = NotificationStore.ROW;

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    public DigestStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.postgres = Databases.isPostgres(dataSource);
    }

    /** The users with notifications waiting for their digest. */
    public List<Long> recipientsWithDigestRows() {
        return jdbc.queryForList("select distinct recipient_id from notification where status = 'DIGEST'"
                + " order by recipient_id", Long.class);
    }

    /** The recipient's rows waiting for the digest, oldest first, with the address of the newest. */
    public List<Notification> digestRowsOf(long recipientId) {
        return jdbc.query("select " + COLUMNS + " from notification where recipient_id = ? and status = 'DIGEST'"
                + " order by id", ROW, recipientId);
    }

    /**
     * Writes the user's digest of {@code day} (kind DAILY_DIGEST, subject = the day) unless it exists:
     * of several nodes writing the same day's digest for the same user, one gets its id; PostgreSQL
     * makes the others wait for that transaction and then answers empty. Read from the start (it is
     * the mail of notifications the bell shows already).
     */
    public Optional<Long> insertDigest(long recipientId, String day, String locale, String title, String mailTo,
                                       Instant now) {
        return insertDigest(recipientId, day, locale, title, mailTo, now, now);
    }

    /** The same, dated {@code createdAt} on the cycle's clock (what people read), sent by {@code now}. */
    public Optional<Long> insertDigest(long recipientId, String day, String locale, String title, String mailTo,
                                       Instant now, Instant createdAt) {
        String sql = "insert into notification (kind, recipient_id, subject_id, discriminator, link, locale, title,"
                + " body, mail_to, status, attempts, next_attempt_at, created_at, read_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"
                + (postgres ? " on conflict on constraint notification_once do nothing" : "");
        Object[] args = {NotificationKind.DAILY_DIGEST.name(), recipientId, day, "", "notifications", locale, title, "",
                mailTo, NotificationStatus.PENDING.name(), NotificationStore.ts(now), NotificationStore.ts(createdAt), NotificationStore.ts(now)};
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.update(connection -> {
                PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
                for (int i = 0; i < args.length; i++) {
                    statement.setObject(i + 1, args[i]);
                }
                return statement;
            }, key);
        } catch (DuplicateKeyException alreadyWritten) {
            return Optional.empty();
        }
        return key.getKeyList().stream().findFirst()
                .map(keys -> ((Number) keys.values().iterator().next()).longValue());
    }

    /** Takes the rows for the digest: only rows still waiting (DIGEST) are taken, each by one digest. */
    public int claimForDigest(long digestId, List<Long> rowIds) {
        int claimed = 0;
        for (long id : rowIds) {
            claimed += jdbc.update("update notification set status = 'IN_DIGEST', digest_id = ?"
                    + " where id = ? and status = 'DIGEST'", digestId, id);
        }
        return claimed;
    }

    /** The rows a digest carries, oldest first. */
    public List<Notification> inDigest(long digestId) {
        return jdbc.query("select " + COLUMNS + " from notification where digest_id = ? order by id", ROW, digestId);
    }

    public void describeDigest(long digestId, String title, String body) {
        jdbc.update("update notification set title = ?, body = ? where id = ?", title, body, digestId);
    }

    /** The digest's mail went out: its rows are sent with it. */
    public void markDigestRowsSent(long digestId, Instant now) {
        jdbc.update("update notification set status = 'SENT', sent_at = ? where digest_id = ? and status = 'IN_DIGEST'",
                NotificationStore.ts(now), digestId);
    }
}
