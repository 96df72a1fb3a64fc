package vn.congtactreem.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.congtactreem.notification.Delivery;
import vn.congtactreem.notification.NotificationKind;
import vn.congtactreem.notification.Preference;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;

/**
 * The holders of one audience with their choice for one kind of notification, in one statement: the same people
 * as {@code UserService.activeWithRoleIn(orgUnitId, role)} (active, of the organisation, holding the role; ordered
 * by username), each with all their roles, and their row of notification_preference for the kind (null: none
 * stored). It reads the org module's app_user and app_user_role as they are, like the access tokens' and the
 * dashboard's queries do; through the services it took a user query, a role query per user and a preference
 * query per user for every task created. SQL that PostgreSQL and H2 both run.
 */
@Repository
public class RecipientStore {

    private static final String HOLDERS = """
            select u.id, u.username, u.full_name, u.email, u.org_unit_id, u.active, u.locale, u.version, r.role,
                   p.mail, p.delivery
            from app_user u
            join app_user_role r on r.user_id = u.id
            left join notification_preference p on p.user_id = u.id and p.kind = ?
            where u.org_unit_id = ? and u.active = true
              and exists (select 1 from app_user_role h where h.user_id = u.id and h.role = ?)
            order by u.username, u.id
            """;

    private final JdbcTemplate jdbc;

    public RecipientStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** A holder and their stored choice for the kind, null when they made none. */
    public record Holder(UserAccount user, Preference preference) {
    }

    public List<Holder> holders(long orgUnitId, Role role, NotificationKind kind) {
        Map<Long, Row> rows = new LinkedHashMap<>();
        jdbc.query(HOLDERS, (ResultSet rs) -> {
            Row row = rows.get(rs.getLong("id"));
            if (row == null) {
                row = Row.of(rs, kind);
                rows.put(row.id, row);
            }
            row.roles.add(Role.valueOf(rs.getString("role")));
        }, kind.name(), orgUnitId, role.name());
        List<Holder> holders = new ArrayList<>(rows.size());
        rows.values().forEach(row -> holders.add(row.toHolder()));
        return holders;
    }

    private static final class Row {
        private final long id;
        private final String username;
        private final String fullName;
        private final String email;
        private final long orgUnitId;
        private final boolean active;
        private final String locale;
        private final long version;
        private final Preference preference;
        private final Set<Role> roles = EnumSet.noneOf(Role.class);

        private Row(ResultSet rs, Preference preference) throws SQLException {
            this.id = rs.getLong("id");
            this.username = rs.getString("username");
            this.fullName = rs.getString("full_name");
            this.email = rs.getString("email");
            this.orgUnitId = rs.getLong("org_unit_id");
            this.active = rs.getBoolean("active");
            this.locale = rs.getString("locale");
            this.version = rs.getLong("version");
            this.preference = preference;
        }

        static Row of(ResultSet rs, NotificationKind kind) throws SQLException {
            String delivery = rs.getString("delivery");
            Preference chosen = delivery == null ? null
                    : new Preference(kind, rs.getBoolean("mail"), Delivery.valueOf(delivery));
            return new Row(rs, chosen);
        }

        Holder toHolder() {
            return new Holder(new UserAccount(id, username, fullName, email, orgUnitId, roles, active, locale,
                    version), preference);
        }
    }
}
