package vn.congtactreem.plan.internal;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.congtactreem.base.Databases;

/**
 * Appends a timeline row ({@code cycle_event}) with one JDBC insert instead of a JPA persist (cheaper per call;
 * the rows are read through {@link CycleEventRepository} as before). {@code happened_at} is a {@code timestamp}
 * without time zone: the moment is bound exactly as Hibernate binds an {@link Instant} on each database
 * (PostgreSQL: a {@link Timestamp} with a UTC calendar; H2: the instant itself), so a row reads back the same
 * whichever wrote it ({@code CycleEventWriterH2Tests}, {@code CycleEventWriterIntegrationTests}).
 */
@Component
public class CycleEventWriter {

    private static final String INSERT = "insert into cycle_event (plan_id, period_id, unit_report_id,"
            + " consolidated_report_id, actor, on_behalf_of, action, comment, happened_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The UTC calendar the driver reads the zone of: one per thread, not a new one on every row. */
    private static final ThreadLocal<Calendar> UTC =
            ThreadLocal.withInitial(() -> Calendar.getInstance(TimeZone.getTimeZone("UTC")));

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    public CycleEventWriter(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.postgres = Databases.isPostgres(dataSource);
    }

    /** A timeline row. */
    public record Row(long planId, Long periodId, Long unitReportId, Long consolidatedReportId, String actor,
                      String onBehalfOf, String action, String comment, Instant happenedAt) {
    }

    /** One row in the caller's transaction. */
    public void append(long planId, Long periodId, Long unitReportId, Long consolidatedReportId, String actor,
                       String onBehalfOf, String action, String comment, Instant happenedAt) {
        Row row = new Row(planId, periodId, unitReportId, consolidatedReportId, actor, onBehalfOf, action, comment,
                happenedAt);
        jdbc.update(INSERT, (PreparedStatement ps) -> bind(ps, row));
    }

    /** Rows in the caller's transaction, one JDBC batch. */
    public void appendAll(java.util.List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(INSERT, rows, rows.size(), this::bind);
    }

    private void bind(PreparedStatement ps, Row row) throws java.sql.SQLException {
        ps.setLong(1, row.planId());
        setLong(ps, 2, row.periodId());
        setLong(ps, 3, row.unitReportId());
        setLong(ps, 4, row.consolidatedReportId());
        ps.setString(5, row.actor());
        ps.setString(6, row.onBehalfOf());
        ps.setString(7, row.action());
        ps.setString(8, row.comment());
        if (postgres) {
            ps.setTimestamp(9, Timestamp.from(row.happenedAt()), UTC.get());
        } else {
            ps.setObject(9, row.happenedAt(), Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws java.sql.SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
