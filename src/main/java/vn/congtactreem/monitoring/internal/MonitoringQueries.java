package vn.congtactreem.monitoring.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.congtactreem.base.Databases;
import vn.congtactreem.monitoring.AlikeReports;
import vn.congtactreem.monitoring.ExpectedReport;
import vn.congtactreem.monitoring.PeriodChoice;
import vn.congtactreem.monitoring.PlanChoice;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PeriodKind;
import vn.congtactreem.reporting.ConsolidatedReportStatus;
import vn.congtactreem.reporting.UnitReportStatus;

/**
 * The dashboard's reads, made for it: each answers in one statement over indexed columns whatever
 * the number of units, and reads only the columns the definitions need (never a process instance,
 * never a whole plan).
 */
@Repository
public class MonitoringQueries {

    private static final String PERIOD_HEAD = """
            select rp.id, rp.plan_id, rp.kind, rp.report_year, rp.unit_due, rp.upper_due, rp.upper_period_id,
                   p.title, p.org_unit_id, o.name as org_name, cr.id as cr_id, cr.status as cr_status
            from reporting_period rp
            join plan p on p.id = rp.plan_id
            join org_unit o on o.id = p.org_unit_id
            left join consolidated_report cr on cr.period_id = rp.id and cr.org_unit_id = p.org_unit_id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private volatile Boolean postgres;

    public MonitoringQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An organisation's period with its plan and its own consolidated report (if any). */
    public record PeriodHead(PeriodChoice period, String planTitle, long orgUnitId, String orgName,
                             Long upperPeriodId, Long consolidatedReportId, ConsolidatedReportStatus consolidation) {
    }

    /** A unit's report of a period, with what the definitions read. */
    public record ReportRow(long reportId, long periodId, long unitId, String unitName, boolean subArea,
                            ExpectedReport expected) {
    }

    /** Plans of these organisations running in {@code year}, their own organisation's first. */
    public List<PlanChoice> plans(Collection<Long> orgIds, int year, long firstOrgId) {
        if (orgIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select p.id, p.title, p.org_unit_id, o.name, p.year_from, p.year_to
                from plan p join org_unit o on o.id = p.org_unit_id
                where p.org_unit_id in (:orgs) and p.year_from <= :year and p.year_to >= :year
                order by case when p.org_unit_id = :first then 0 else 1 end, o.name, p.year_from desc, p.id desc
                """, Map.of("orgs", orgIds, "year", year, "first", firstOrgId),
                (rs, i) -> new PlanChoice(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getInt(5), rs.getInt(6)));
    }

    /** The organisation a plan belongs to. */
    public Optional<Long> planOrg(long planId) {
        return jdbc.queryForList("select org_unit_id from plan where id = :id", Map.of("id", planId), Long.class)
                .stream().findFirst();
    }

    public List<PeriodChoice> periodsOf(long planId) {
        return jdbc.query("""
                select id, plan_id, kind, report_year, unit_due, upper_due from reporting_period
                where plan_id = :plan order by unit_due, id
                """, Map.of("plan", planId), (rs, i) -> periodChoice(rs));
    }

    public Optional<PeriodHead> period(long periodId) {
        return jdbc.query(PERIOD_HEAD + " where rp.id = :id", Map.of("id", periodId), (rs, i) -> head(rs))
                .stream().findFirst();
    }

    /** The periods one level down: the sub-areas' own periods reporting into this one. */
    public List<PeriodHead> childPeriods(long periodId) {
        return jdbc.query(PERIOD_HEAD + " where rp.upper_period_id = :id order by o.name",
                Map.of("id", periodId), (rs, i) -> head(rs));
    }

    /** The reports of these periods, in each plan's assignment order. */
    public List<ReportRow> reportsOf(Collection<Long> periodIds) {
        if (periodIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select ur.id, ur.period_id, ur.org_unit_id, o.name, ur.sub_area, ur.status, ur.first_submitted_at,
                       o.deactivated_at, rp.opens_on, rp.unit_due
                from unit_report ur
                join org_unit o on o.id = ur.org_unit_id
                join reporting_period rp on rp.id = ur.period_id
                where ur.period_id in (:periods)
                order by ur.assignment_id, ur.period_id
                """, Map.of("periods", periodIds), (rs, i) -> reportRow(rs));
    }

    /**
     * What the counts of these periods need, without one row per report: reports alike in everything the
     * definitions read (status, first submission, the unit's deactivation, the period's dates) come as one
     * row with their number, read from the reports themselves. The tallies are those of {@link #reportsOf}
     * to the unit. The dashboard reads {@link #counts} (the read model); this is what it must equal.
     */
    public Map<Long, List<ExpectedReport>> expectedOf(Collection<Long> periodIds) {
        Map<Long, List<ExpectedReport>> byPeriod = new HashMap<>();
        liveCounts(periodIds).forEach((period, groups) -> groups.forEach(g -> byPeriod
                .computeIfAbsent(period, id -> new ArrayList<>()).addAll(Collections.nCopies(g.count(), g.report()))));
        return byPeriod;
    }

    /**
     * The counts of these periods at {@code now} as alike groups: on PostgreSQL from the read model
     * {@code monitoring_count} (a few rows per period, kept by triggers in the writing transaction, see V31),
     * except a period with a submission or a deactivation after {@code now} (the demo clock set back), read from
     * its reports like everywhere on H2. Two statements at most, whatever the number of periods and reports.
     */
    public Map<Long, List<AlikeReports>> counts(Collection<Long> periodIds, Instant now) {
        if (periodIds.isEmpty()) {
            return Map.of();
        }
        if (!readModel()) {
            return liveCounts(periodIds);
        }
        record Group(long periodId, AlikeReports alike, boolean afterNow) {
        }
        Timestamp at = Timestamp.from(now);
        List<Group> rows = jdbc.query("""
                select mc.period_id, mc.status, mc.deactivation, mc.reports, mc.last_submitted_at,
                       mc.last_deactivated_at, rp.opens_on, rp.unit_due,
                       (mc.last_submitted_at > :now or mc.last_deactivated_at > :now) as after_now
                from monitoring_count mc join reporting_period rp on rp.id = mc.period_id
                where mc.period_id in (:periods)
                """, Map.of("periods", periodIds, "now", at), (rs, i) -> {
                    String deactivation = rs.getString(3);
                    Instant submitted = "BEFORE".equals(deactivation) ? null : instant(rs, 5);
                    Instant gone = "ACTIVE".equals(deactivation) ? null : instant(rs, 6);
                    ExpectedReport report = new ExpectedReport(0, Deadlines.startOf(rs.getDate(7).toLocalDate()),
                            gone, rs.getDate(8).toLocalDate(), submitted, UnitReportStatus.valueOf(rs.getString(2)));
                    return new Group(rs.getLong(1), new AlikeReports(report, rs.getInt(4)), rs.getBoolean(9));
                });
        Set<Long> fromReports = new HashSet<>();
        rows.stream().filter(Group::afterNow).forEach(g -> fromReports.add(g.periodId()));
        Map<Long, List<AlikeReports>> byPeriod = new HashMap<>(liveCounts(fromReports));
        rows.stream().filter(g -> !fromReports.contains(g.periodId())).forEach(g -> byPeriod
                .computeIfAbsent(g.periodId(), id -> new ArrayList<>()).add(g.alike()));
        return byPeriod;
    }

    /** The counts of these periods from their reports (one row per alike group). */
    public Map<Long, List<AlikeReports>> liveCounts(Collection<Long> periodIds) {
        if (periodIds.isEmpty()) {
            return Map.of();
        }
        record Alike(long periodId, AlikeReports alike) {
        }
        List<Alike> rows = jdbc.query("""
                select ur.period_id, ur.status, ur.first_submitted_at, o.deactivated_at, rp.opens_on, rp.unit_due,
                       count(*)
                from unit_report ur
                join org_unit o on o.id = ur.org_unit_id
                join reporting_period rp on rp.id = ur.period_id
                where ur.period_id in (:periods)
                group by ur.period_id, ur.status, ur.first_submitted_at, o.deactivated_at, rp.opens_on, rp.unit_due
                """, Map.of("periods", periodIds), (rs, i) -> new Alike(rs.getLong(1), new AlikeReports(
                new ExpectedReport(0, Deadlines.startOf(rs.getDate(5).toLocalDate()), instant(rs, 4),
                        rs.getDate(6).toLocalDate(), instant(rs, 3), UnitReportStatus.valueOf(rs.getString(2))),
                rs.getInt(7))));
        Map<Long, List<AlikeReports>> byPeriod = new HashMap<>();
        rows.forEach(r -> byPeriod.computeIfAbsent(r.periodId(), id -> new ArrayList<>()).add(r.alike()));
        return byPeriod;
    }

    /** PostgreSQL keeps {@code monitoring_count} (triggers); the embedded H2 database does not. */
    private boolean readModel() {
        Boolean known = postgres;
        if (known == null) {
            known = Databases.isPostgres(jdbc.getJdbcTemplate().getDataSource());
            postgres = known;
        }
        return Boolean.TRUE.equals(known);
    }

    private static ReportRow reportRow(ResultSet rs) throws SQLException {
        ExpectedReport expected = new ExpectedReport(rs.getLong(3), Deadlines.startOf(rs.getDate(9).toLocalDate()),
                instant(rs, 8), rs.getDate(10).toLocalDate(), instant(rs, 7),
                UnitReportStatus.valueOf(rs.getString(6)));
        return new ReportRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getBoolean(5),
                expected);
    }

    private static PeriodHead head(ResultSet rs) throws SQLException {
        String status = rs.getString("cr_status");
        return new PeriodHead(periodChoice(rs), rs.getString("title"), rs.getLong("org_unit_id"),
                rs.getString("org_name"), rs.getObject("upper_period_id", Long.class),
                rs.getObject("cr_id", Long.class), status == null ? null : ConsolidatedReportStatus.valueOf(status));
    }

    private static PeriodChoice periodChoice(ResultSet rs) throws SQLException {
        java.sql.Date upper = rs.getDate("upper_due");
        return new PeriodChoice(rs.getLong("id"), rs.getLong("plan_id"), PeriodKind.valueOf(rs.getString("kind")),
                rs.getInt("report_year"), rs.getDate("unit_due").toLocalDate(),
                upper == null ? null : upper.toLocalDate());
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
