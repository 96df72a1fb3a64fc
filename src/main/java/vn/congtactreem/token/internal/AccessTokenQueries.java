package vn.congtactreem.token.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.congtactreem.token.AccessToken;

/** The {@code access_token} table (V31_1). */
@Repository
public class AccessTokenQueries {

    private static final String COLUMNS = "id, user_id, name, created_at, created_by, expires_at, revoked_at";

    private final JdbcTemplate jdbc;

    public AccessTokenQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A token found by its hash, with its user's username and whether that account is active. */
    public record Found(AccessToken token, String username, boolean active) {
    }

    public long insert(long userId, String name, String hash, Instant createdAt, String createdBy, Instant expiresAt) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into access_token (user_id, name, token_hash, created_at, created_by,"
                    + " expires_at) values (?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setLong(1, userId);
            ps.setString(2, name);
            ps.setString(3, hash);
            ps.setTimestamp(4, Timestamp.from(createdAt));
            ps.setString(5, createdBy);
            ps.setTimestamp(6, Timestamp.from(expiresAt));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    public List<AccessToken> ofUser(long userId) {
        return jdbc.query("select " + COLUMNS + " from access_token where user_id = ? order by created_at desc, id desc",
                (rs, i) -> token(rs), userId);
    }

    public Optional<AccessToken> find(long id) {
        return jdbc.query("select " + COLUMNS + " from access_token where id = ?", (rs, i) -> token(rs), id).stream()
                .findFirst();
    }

    /** One indexed read: the token with this hash, its user's name and whether the account is active. */
    public Optional<Found> byHash(String hash) {
        return jdbc.query("select t.id, t.user_id, t.name, t.created_at, t.created_by, t.expires_at, t.revoked_at,"
                + " u.username, u.active from access_token t join app_user u on u.id = t.user_id"
                + " where t.token_hash = ?",
                (rs, i) -> new Found(token(rs), rs.getString(8), rs.getBoolean(9)), hash).stream().findFirst();
    }

    public boolean revoke(long id, Instant at, String by) {
        return jdbc.update("update access_token set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null",
                Timestamp.from(at), by, id) == 1;
    }

    private static AccessToken token(ResultSet rs) throws SQLException {
        Timestamp revoked = rs.getTimestamp(7);
        return new AccessToken(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                rs.getString(5), rs.getTimestamp(6).toInstant(), revoked == null ? null : revoked.toInstant());
    }
}
