package vn.congtactreem.reporting.internal;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.congtactreem.reporting.UnitReportStatus;

/**
 * The reads the processes make on every report's step, without the repository's proxies: a report by id straight
 * from the persistence context ({@code find}, as the repository's {@code findById} does), and the period's
 * "is a report left?" as one plain statement on the transaction's connection (no query interpretation, no flush).
 */
@Component
public class UnitReportRows {

    private static final String ANY_OTHER = "select id from unit_report where period_id = ? and status <> ?"
            + " fetch first 1 rows only";

    private final EntityManager entities;
    private final JdbcTemplate jdbc;

    UnitReportRows(EntityManager entities, JdbcTemplate jdbc) {
        this.entities = entities;
        this.jdbc = jdbc;
    }

    public Optional<UnitReportEntity> find(long reportId) {
        return Optional.ofNullable(entities.find(UnitReportEntity.class, reportId));
    }

    /**
     * Whether a report of the period is in another status than {@code status}, as stored: the caller has written the
     * transaction's pending changes first (the period's row lock flushes), so this sees its own acceptance too.
     */
    public boolean anyOfPeriodNot(long periodId, UnitReportStatus status) {
        return !jdbc.queryForList(ANY_OTHER, Long.class, periodId, status.name()).isEmpty();
    }
}
