package vn.congtactreem.base.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.base.Databases;

/**
 * The audit trail (V18): append-only rows of who did what, when (the cycle clock) and from which address.
 * A row is written in the caller's transaction, so a state change and its row exist together or not at
 * all; a refusal or a sign-in outside any transaction is written at once. Rows older than the retention
 * period ({@code app.audit.retention}, ten years unless configured) are purged every night.
 */
@Service
public class AuditTrail {

    /** What came of the attempt. */
    public enum Outcome { OK, FAILED, REFUSED }

    public static final String SYSTEM = "hệ thống";
    static final int MAX_ROWS = 10_000;

    private final JdbcTemplate jdbc;
    private final CycleClock clock;
    private final Duration retention;
    private final boolean postgres;

    public AuditTrail(JdbcTemplate jdbc, CycleClock clock, DataSource dataSource,
                      @Value("${app.audit.retention:P3650D}") Duration retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
        this.postgres = Databases.isPostgres(dataSource);
    }

    /** A row for the signed-in user (or {@link #SYSTEM}) from the current request's address. */
    public void record(String action, Outcome outcome, String targetType, String targetId, String detail) {
        record(currentUser(), action, outcome, targetType, targetId, detail);
    }

    /** A row for {@code actor} (null: the signed-in user, else {@link #SYSTEM}). */
    public void record(String actor, String action, Outcome outcome, String targetType, String targetId,
                       String detail) {
        record(actor, action, outcome, targetType, targetId, detail, currentAddress());
    }

    /** A row with the client's {@code address} as known to the caller (e.g. from the sign-in's details). */
    public void record(String actor, String action, Outcome outcome, String targetType, String targetId,
                       String detail, String address) {
        jdbc.update(INSERT, values(actor, new Row(action, targetType, targetId, detail), outcome, address,
                Timestamp.from(clock.now()), Timestamp.from(Instant.now())));
    }

    /** What one row of {@link #recordAll} is about. */
    public record Row(String action, String targetType, String targetId, String detail) {
    }

    /** Rows for {@code actor} (null: as {@link #record(String, String, Outcome, String, String, String)}), one batch. */
    public void recordAll(String actor, Outcome outcome, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Timestamp happened = Timestamp.from(clock.now());
        Timestamp recorded = Timestamp.from(Instant.now());
        String address = currentAddress();
        jdbc.batchUpdate(INSERT, rows.stream().map(row -> values(actor, row, outcome, address, happened, recorded))
                .toList());
    }

    private static final String INSERT = "insert into audit_event (happened_at, recorded_at, actor, action, outcome,"
            + " target_type, target_id, address, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private Object[] values(String actor, Row row, Outcome outcome, String address, Timestamp happened,
                            Timestamp recorded) {
        return new Object[] {happened, recorded, cut(actor == null ? currentUser() : actor, 120), cut(row.action(), 60),
                outcome.name(), cut(row.targetType(), 40), cut(row.targetId(), 300), cut(address, 64),
                cut(row.detail(), 1000)};
    }

    /** The rows matching {@code query}, newest first, at most {@code limit} (and never more than 10,000). */
    @Transactional(readOnly = true)
    public List<AuditRecord> search(AuditQuery query, int limit) {
        StringBuilder sql = new StringBuilder("select id, happened_at, actor, action, outcome, target_type, "
                + "target_id, address, detail from audit_event where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (query.actor() != null && !query.actor().isBlank()) {
            sql.append(" and lower(actor) like ?");
            args.add("%" + query.actor().strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (query.action() != null && !query.action().isBlank()) {
            sql.append(" and action = ?");
            args.add(query.action().strip());
        }
        if (query.from() != null) {
            sql.append(" and happened_at >= ?");
            args.add(Timestamp.from(query.from().atStartOfDay(CycleClock.VIETNAM).toInstant()));
        }
        if (query.to() != null) {
            sql.append(" and happened_at < ?");
            args.add(Timestamp.from(query.to().plusDays(1).atStartOfDay(CycleClock.VIETNAM).toInstant()));
        }
        sql.append(" order by happened_at desc, id desc limit ").append(Math.max(1, Math.min(limit, MAX_ROWS)));
        return jdbc.query(sql.toString(), (rs, i) -> new AuditRecord(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                rs.getString(3), rs.getString(4), Outcome.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9)), args.toArray());
    }

    /** The actions found in the trail, for the search's choice. */
    @Transactional(readOnly = true)
    public List<String> actions() {
        return jdbc.queryForList("select distinct action from audit_event order by action", String.class);
    }

    /**
     * Deletes the rows older than the retention period (cycle clock); on PostgreSQL inside the one
     * transaction the append-only trigger lets delete. Answers how many were deleted.
     */
    @Transactional
    @Scheduled(cron = "${app.audit.purge-cron:0 30 2 * * *}", zone = "Asia/Ho_Chi_Minh")
    public int purge() {
        if (postgres) {
            jdbc.queryForObject("select set_config('app.audit_purge', 'on', true)", String.class);
        }
        int deleted = jdbc.update("delete from audit_event where happened_at < ?",
                Timestamp.from(clock.now().minus(retention)));
        if (postgres) {
            jdbc.queryForObject("select set_config('app.audit_purge', 'off', true)", String.class);
        }
        return deleted;
    }

    public Duration retention() {
        return retention;
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated()
                || "anonymousUser".equals(authentication.getName()) ? SYSTEM : authentication.getName();
    }

    /** The client's address (behind the proxy: as forwarded, see server.forward-headers-strategy). */
    static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
