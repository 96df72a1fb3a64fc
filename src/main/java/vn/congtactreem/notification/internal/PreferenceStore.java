package vn.congtactreem.notification.internal;

import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.congtactreem.notification.Delivery;
import vn.congtactreem.notification.NotificationKind;
import vn.congtactreem.notification.Preference;

/** The users' choices (table notification_preference) in SQL that PostgreSQL and H2 both run. */
@Repository
public class PreferenceStore {

    private final JdbcTemplate jdbc;

    public PreferenceStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** The user's stored choices; kinds without a row are not listed. */
    public List<Preference> of(long userId) {
        return jdbc.query("select kind, mail, delivery from notification_preference where user_id = ?",
                (rs, i) -> new Preference(NotificationKind.valueOf(rs.getString("kind")), rs.getBoolean("mail"),
                        Delivery.valueOf(rs.getString("delivery"))), userId);
    }

    public Optional<Preference> of(long userId, NotificationKind kind) {
        return jdbc.query("select mail, delivery from notification_preference where user_id = ? and kind = ?",
                (rs, i) -> new Preference(kind, rs.getBoolean("mail"), Delivery.valueOf(rs.getString("delivery"))),
                userId, kind.name()).stream().findFirst();
    }

    /** The stored choices of these users for {@code kind}, by user; users without a row are not in the map. */
    public java.util.Map<Long, Preference> of(java.util.Collection<Long> userIds, NotificationKind kind) {
        java.util.Map<Long, Preference> chosen = new java.util.HashMap<>();
        if (userIds.isEmpty()) {
            return chosen;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(userIds.size(), "?"));
        java.util.List<Object> args = new java.util.ArrayList<>(userIds);
        args.add(kind.name());
        jdbc.query("select user_id, mail, delivery from notification_preference where user_id in (" + marks
                        + ") and kind = ?",
                (java.sql.ResultSet rs) -> {
                    chosen.put(rs.getLong("user_id"), new Preference(kind, rs.getBoolean("mail"),
                            Delivery.valueOf(rs.getString("delivery"))));
                }, args.toArray());
        return chosen;
    }

    /** Writes the choice (one person changes only their own rows: update, else insert). */
    public void save(long userId, Preference preference) {
        int updated = jdbc.update("update notification_preference set mail = ?, delivery = ? where user_id = ? and kind = ?",
                preference.mail(), preference.delivery().name(), userId, preference.kind().name());
        if (updated == 0) {
            jdbc.update("insert into notification_preference (user_id, kind, mail, delivery) values (?, ?, ?, ?)",
                    userId, preference.kind().name(), preference.mail(), preference.delivery().name());
        }
    }
}
