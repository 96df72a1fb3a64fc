package vn.congtactreem.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import vn.congtactreem.base.Databases;
import vn.congtactreem.notification.Notification;
import vn.congtactreem.notification.NotificationKind;
import vn.congtactreem.notification.NotificationStatus;

/**
 * The outbox table in SQL that PostgreSQL and H2 both run. Writes join the caller's transaction
 * (the JPA transaction exposes its connection to JDBC); the sender's status changes are each their
 * own statement, so a claim is visible to the other nodes at once.
 */
@Repository
public class NotificationStore {

    static final String COLUMNS = "id, kind, recipient_id, subject_id, discriminator, link, locale, title, "
            + "body, mail_to, status, attempts, next_attempt_at, last_error, created_at, sent_at, read_at, topic";
    private static final String INSERT = "insert into notification (kind, recipient_id, subject_id, discriminator, "
            + "link, locale, title, body, mail_to, status, attempts, next_attempt_at, created_at, topic) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)";
    static final RowMapper<Notification> ROW = NotificationStore::map;

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    public NotificationStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.postgres = Databases.isPostgres(dataSource);
    }

    /**
     * A new row to write: everything but the sender's bookkeeping. {@code status}: IN_APP (no mail),
     * PENDING (mail at once) or DIGEST (mail in the next daily digest).
     */
    public record NewRow(NotificationKind kind, long recipientId, String subjectId, String discriminator, String link,
                         String locale, String title, String body, String mailTo, NotificationStatus status,
                         Instant now, String topic, Instant createdAt) {

        /** Written at {@code now}, on the clock the mail is sent by and the people read alike. */
        public NewRow(NotificationKind kind, long recipientId, String subjectId, String discriminator, String link,
                      String locale, String title, String body, String mailTo, NotificationStatus status,
                      Instant now, String topic) {
            this(kind, recipientId, subjectId, discriminator, link, locale, title, body, mailTo, status, now, topic,
                    now);
        }

        public NewRow(NotificationKind kind, long recipientId, String subjectId, String discriminator, String link,
                      String locale, String title, String body, String mailTo, NotificationStatus status,
                      Instant now) {
            this(kind, recipientId, subjectId, discriminator, link, locale, title, body, mailTo, status, now, null);
        }

        public NewRow {
            if (mailTo == null || status == null) {
                status = NotificationStatus.IN_APP;
            }
            if (createdAt == null) {
                createdAt = now;
            }
        }

        /** Mail at once when there is an address, else in the application only. */
        public NewRow(NotificationKind kind, long recipientId, String subjectId, String discriminator, String link,
                      String locale, String title, String body, String mailTo, Instant now) {
            this(kind, recipientId, subjectId, discriminator, link, locale, title, body, mailTo,
                    NotificationStatus.PENDING, now);
        }
    }

    /**
     * Writes the row unless one with the same kind, recipient, subject and discriminator exists:
     * a duplicate is not an error. PostgreSQL: {@code on conflict do nothing} (a failed insert would
     * abort the caller's whole transaction); H2 (the single-node default run): the unique key's
     * error is caught, which leaves an H2 transaction usable.
     */
    public boolean insertIfAbsent(NewRow row) {
        Object[] args = args(row);
        if (postgres) {
            return jdbc.update(INSERT + " on conflict on constraint notification_once do nothing", args) == 1;
        }
        try {
            return jdbc.update(INSERT, args) == 1;
        } catch (DuplicateKeyException alreadyWritten) {
            return false;
        }
    }

    /**
     * The rows not written yet, as {@link #insertIfAbsent} one by one (PostgreSQL: one JDBC batch); answers how
     * many are new.
     */
    public int insertAllIfAbsent(List<NewRow> rows) {
        if (!postgres || rows.isEmpty()) {
            return (int) rows.stream().filter(this::insertIfAbsent).count();
        }
        int[] counts = jdbc.batchUpdate(INSERT + " on conflict on constraint notification_once do nothing",
                rows.stream().map(NotificationStore::args).toList());
        return (int) java.util.Arrays.stream(counts).filter(count -> count == 1).count();
    }

    private static Object[] args(NewRow row) {
        NotificationStatus status = row.status();
        return new Object[] {row.kind().name(), row.recipientId(), row.subjectId(), row.discriminator(), row.link(),
                row.locale(), row.title(), row.body(), row.mailTo(), status.name(),
                status == NotificationStatus.PENDING ? ts(row.now()) : null, ts(row.createdAt()), row.topic()};
    }

    /** Whether a notification of the kind about the subject, with the discriminator, was written for anybody. */
    public boolean writtenFor(NotificationKind kind, String subjectId, String discriminator) {
        return !jdbc.queryForList("select 1 from notification where subject_id = ? and kind = ? and discriminator = ?"
                + " fetch first 1 rows only", Integer.class, subjectId, kind.name(), discriminator).isEmpty();
    }

    public List<Notification> find(NotificationStatus status, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = status == null ? "" : " where status = ?";
        if (status != null) {
            args.add(status.name());
        }
        args.add(offset);
        args.add(limit);
        return jdbc.query("select " + COLUMNS + " from notification" + where
                + " order by id desc offset ? rows fetch next ? rows only", ROW, args.toArray());
    }

    public long count(NotificationStatus status) {
        return status == null ? jdbc.queryForObject("select count(*) from notification", Long.class)
                : jdbc.queryForObject("select count(*) from notification where status = ?", Long.class, status.name());
    }

    public Notification get(long id) {
        return jdbc.queryForObject("select " + COLUMNS + " from notification where id = ?", ROW, id);
    }

    /** The recipient's notifications, newest first (the digest mails are not notifications of their own). */
    public List<Notification> ofRecipient(long recipientId, int offset, int limit) {
        return jdbc.query("select " + COLUMNS + " from notification where recipient_id = ? and kind <> 'DAILY_DIGEST'"
                + " order by id desc offset ? rows fetch next ? rows only", ROW, recipientId, offset, limit);
    }

    public List<Notification> ofRecipient(long recipientId, int limit) {
        return ofRecipient(recipientId, 0, limit);
    }

    public long countOfRecipient(long recipientId) {
        return jdbc.queryForObject("select count(*) from notification where recipient_id = ?"
                + " and kind <> 'DAILY_DIGEST'", Long.class, recipientId);
    }

    public long countUnread(long recipientId) {
        return jdbc.queryForObject("select count(*) from notification where recipient_id = ? and read_at is null"
                + " and kind <> 'DAILY_DIGEST'", Long.class, recipientId);
    }

    public int markRead(long recipientId, long id, Instant now) {
        return jdbc.update("update notification set read_at = ? where id = ? and recipient_id = ? and read_at is null",
                ts(now), id, recipientId);
    }

    public int markAllRead(long recipientId, Instant now) {
        return jdbc.update("update notification set read_at = ? where recipient_id = ? and read_at is null",
                ts(now), recipientId);
    }

    // ---------------------------------------------------------------- the daily digest

    /** Ids of mails due now, oldest first; not claimed yet. */
    public List<Long> due(Instant now, int limit) {
        return jdbc.queryForList("select id from notification where status = 'PENDING' and next_attempt_at <= ?"
                + " order by next_attempt_at, id offset 0 rows fetch next ? rows only", Long.class, ts(now), limit);
    }

    /**
     * Takes the row for this node: only one of several nodes sees "1 row updated" for the same
     * PENDING row. The attempt is counted when it starts, so a node dying mid-send still counts it.
     */
    public boolean claim(long id, Instant now) {
        return jdbc.update("update notification set status = 'SENDING', claimed_at = ?, attempts = attempts + 1"
                + " where id = ? and status = 'PENDING'", ts(now), id) == 1;
    }

    public void markSent(long id, Instant now) {
        jdbc.update("update notification set status = 'SENT', sent_at = ?, last_error = null"
                + " where id = ? and status = 'SENDING'", ts(now), id);
    }

    public void retryAt(long id, Instant next, String error) {
        jdbc.update("update notification set status = 'PENDING', next_attempt_at = ?, last_error = ?"
                + " where id = ? and status = 'SENDING'", ts(next), clip(error), id);
    }

    public void markFailed(long id, String error) {
        jdbc.update("update notification set status = 'FAILED', next_attempt_at = null, last_error = ?"
                + " where id = ? and status = 'SENDING'", clip(error), id);
    }

    /** Claims older than {@code before} belong to a node that died while sending: back to PENDING. */
    public int releaseStaleClaims(Instant before, Instant now) {
        return jdbc.update("update notification set status = 'PENDING', next_attempt_at = ?,"
                + " last_error = 'claim expired (node stopped while sending?)'"
                + " where status = 'SENDING' and claimed_at < ?", ts(now), ts(before));
    }

    /**
     * A FAILED or SENT mail goes back to the queue with fresh attempts: the same row, so nothing is
     * written twice and the mail carries the same id header.
     */
    public boolean resend(long id, Instant now) {
        return jdbc.update("update notification set status = 'PENDING', attempts = 0, next_attempt_at = ?,"
                + " last_error = null where id = ? and status in ('FAILED', 'SENT') and mail_to is not null",
                ts(now), id) == 1;
    }

    private static Notification map(ResultSet rs, int row) throws SQLException {
        return new Notification(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
                rs.getLong("recipient_id"), rs.getString("subject_id"), rs.getString("discriminator"),
                rs.getString("link"), rs.getString("locale"), rs.getString("title"), rs.getString("body"),
                rs.getString("mail_to"), NotificationStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), rs.getString("last_error"), instant(rs, "created_at"),
                instant(rs, "sent_at"), instant(rs, "read_at"), rs.getString("topic"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static String clip(String error) {
        String text = error == null ? "" : error;
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
