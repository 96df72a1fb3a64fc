package vn.congtactreem.orgchange.internal;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.congtactreem.orgchange.OrgChange;

/**
 * The rows of plans, assignments and reports a move or merge touches, read and changed in the caller's
 * transaction. Reports already submitted are never changed: they keep the organisation they were made by.
 */
@Repository
public class OrgChangeQueries {

    /** A report still to be written (opened, saved, or returned for changes). */
    static final String OPEN = "('OPEN', 'DRAFT', 'RETURNED')";

    private final JdbcTemplate jdbc;

    public OrgChangeQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record OpenReport(long id, long periodId, long planId, long assignmentId) {
    }

    public record RunningPlan(long id, String title) {
    }

    public List<OpenReport> openReports(long orgUnitId) {
        return jdbc.query("select r.id, r.period_id, a.plan_id, r.assignment_id from unit_report r"
                        + " join assignment a on a.id = r.assignment_id where r.org_unit_id = ? and r.status in " + OPEN
                        + " order by r.id",
                (rs, i) -> new OpenReport(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)), orgUnitId);
    }

    public boolean reportsIn(long periodId, long orgUnitId) {
        return jdbc.queryForObject("select count(*) from unit_report where period_id = ? and org_unit_id = ?",
                Integer.class, periodId, orgUnitId) > 0;
    }

    public Optional<Long> assignment(long planId, long orgUnitId) {
        return jdbc.queryForList("select id from assignment where plan_id = ? and org_unit_id = ?", Long.class,
                planId, orgUnitId).stream().findFirst();
    }

    public List<RunningPlan> runningPlans(long orgUnitId) {
        return jdbc.query("select id, title from plan where org_unit_id = ? and status <> 'CLOSED' order by id",
                (rs, i) -> new RunningPlan(rs.getLong(1), rs.getString(2)), orgUnitId);
    }

    /** Plans not closed that these units issued or take part in (titles, by id). */
    public List<String> runningPlansOfOrIn(Collection<Long> orgUnitIds) {
        return jdbc.queryForList("select p.title from plan p where p.status <> 'CLOSED' and (p.org_unit_id in "
                + in(orgUnitIds) + " or p.id in (select plan_id from assignment where org_unit_id in "
                + in(orgUnitIds) + ")) order by p.id", String.class);
    }

    /** Periods still to open of the plans of {@link #runningPlansOfOrIn}. */
    public int periodsToCome(Collection<Long> orgUnitIds) {
        return jdbc.queryForObject("select count(*) from reporting_period r join plan p on p.id = r.plan_id"
                + " where r.status = 'PLANNED' and p.status <> 'CLOSED' and (p.org_unit_id in " + in(orgUnitIds)
                + " or p.id in (select plan_id from assignment where org_unit_id in " + in(orgUnitIds) + "))",
                Integer.class);
    }

    /** The ids as an SQL list: numbers only, never text from outside. */
    private static String in(Collection<Long> ids) {
        return ids.isEmpty() ? "(null)"
                : ids.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
    }

    public int users(long orgUnitId) {
        return jdbc.queryForObject("select count(*) from app_user where org_unit_id = ?", Integer.class, orgUnitId);
    }

    /** The open report now belongs to {@code orgUnitId}, under that unit's assignment of the plan. */
    public void moveReport(long reportId, long orgUnitId, long assignmentId) {
        jdbc.update("update unit_report set org_unit_id = ?, assignment_id = ? where id = ?", orgUnitId, assignmentId,
                reportId);
    }

    /** The assignment now names {@code orgUnitId} (reports already made keep their own organisation). */
    public void moveAssignment(long assignmentId, long orgUnitId) {
        jdbc.update("update assignment set org_unit_id = ?, org_unit_name = (select name from org_unit where id = ?)"
                + " where id = ?", orgUnitId, orgUnitId, assignmentId);
    }

    /**
     * Before a rename: what the unit already made (reports submitted, consolidated reports sent up, plans issued)
     * keeps {@code name}; what it makes afterwards shows its new name. Names frozen by an earlier rename stay.
     */
    public void keepNameOnWhatWasMade(long orgUnitId, String name) {
        jdbc.update("update unit_report set org_unit_name = ? where org_unit_id = ? and org_unit_name is null"
                + " and status not in " + OPEN, name, orgUnitId);
        jdbc.update("update consolidated_report set org_unit_name = ? where org_unit_id = ? and org_unit_name is null"
                + " and submitted_at is not null", name, orgUnitId);
        jdbc.update("update plan set org_unit_name = ? where org_unit_id = ? and org_unit_name is null"
                + " and status in ('ISSUED', 'CLOSED')", name, orgUnitId);
    }

    public void closePlan(long planId) {
        jdbc.update("update plan set status = 'CLOSED' where id = ?", planId);
    }

    public int moveUsers(long fromOrgUnitId, long toOrgUnitId) {
        return jdbc.update("update app_user set org_unit_id = ? where org_unit_id = ?", toOrgUnitId, fromOrgUnitId);
    }

    public void record(OrgChange c) {
        jdbc.update("insert into " + (c.kind().movesUnit() ? "org_change" : "org_unit_change") + " (kind, org_unit_id, unit_name, from_path, to_unit_id, to_path,"
                        + " reports_moved, reports_closed, plans_closed, tasks_moved, users_moved, changed_by, changed_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", c.kind().name(), c.orgUnitId(), c.unitName(),
                c.fromPath(), c.toUnitId(), c.toPath(), c.reportsMoved(), c.reportsClosed(), c.plansClosed(),
                c.tasksMoved(), c.usersMoved(), c.changedBy(), Timestamp.from(c.changedAt()));
    }

    public List<OrgChange> history(long orgUnitId) {
        return jdbc.query("select * from (select * from org_change where org_unit_id = ? or to_unit_id = ?"
                        + " union all select * from org_unit_change where org_unit_id = ?) c order by changed_at, id",
                (rs, i) -> new OrgChange(rs.getLong("id"), OrgChange.Kind.valueOf(rs.getString("kind")),
                        rs.getLong("org_unit_id"), rs.getString("unit_name"), rs.getString("from_path"),
                        rs.getLong("to_unit_id"), rs.getString("to_path"), rs.getInt("reports_moved"),
                        rs.getInt("reports_closed"), rs.getInt("plans_closed"), rs.getInt("tasks_moved"),
                        rs.getInt("users_moved"), rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant()), orgUnitId, orgUnitId,
                orgUnitId);
    }
}
