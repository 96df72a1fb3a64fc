package vn.congtactreem.reporting.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.congtactreem.reporting.UnitReportStatus;

/**
 * The period's "is a report left?", asked on every acceptance, as one plain statement on the transaction's connection
 * (no query interpretation, no flush). A report by its id is {@link vn.congtactreem.base.EntitiesById#find}.
 */
@Component
public class UnitReportRows {

    private static final String ANY_OTHER = "select id from unit_report where period_id = ? and status <> ?"
            + " fetch first 1 rows only";

    private final JdbcTemplate jdbc;

    UnitReportRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Whether a report of the period is in another status than {@code status}, as stored: the caller has written the
     * transaction's pending changes first (the period's row lock flushes), so this sees its own acceptance too.
     */
    public boolean anyOfPeriodNot(long periodId, UnitReportStatus status) {
        return !jdbc.queryForList(ANY_OTHER, Long.class, periodId, status.name()).isEmpty();
    }
}
