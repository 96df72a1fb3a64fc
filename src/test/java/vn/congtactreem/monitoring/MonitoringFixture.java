package vn.congtactreem.monitoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserForm;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.security.SystemAuthentication;
import vn.congtactreem.support.TestRows;

/**
 * A province of its own (random suffix: the database is shared by the run) with two communes, each
 * running its own cycle of {@link #YEAR} under the province's period, written straight into the tables
 * the dashboard reads (the cycle's services are tested elsewhere; here the read side is):
 * <ul>
 * <li>province period (last day 13/05): its police accepted on time; commune 1's consolidated report
 * arrived late (15/05); commune 2's never came (missing);</li>
 * <li>commune 1 (last day 08/05): police accepted on time, health station missing; its consolidated
 * report submitted;</li>
 * <li>commune 2 (last day 08/05): police on time, health late, school missing; no consolidation yet.</li>
 * </ul>
 * Users: a province manager, a commune-1 manager and officer, commune 1's police reporter, commune 2's
 * officer, and the manager of another province. Password {@link #PASSWORD}.
 */
public final class MonitoringFixture {

    public static final String PASSWORD = "demo123";
    public static final int YEAR = 2023;

    final String suffix = Long.toString(ThreadLocalRandom.current().nextLong(60_466_176L, 2_176_782_336L), 36);
    public long province;
    public long otherProvince;
    public long commune1;
    public long commune2;
    public long provincePlan;
    public long provincePeriod;
    public long commune1Plan;
    public long commune1Period;
    public long commune2Period;
    public long commune2Plan;
    public String provinceManager;
    public String otherManager;
    public String commune1Manager;
    public String commune1Officer;
    public String commune1Reporter;
    public String commune2Officer;
    public String commune2Name;

    private final OrgService orgs;
    private final UserService users;
    private final JdbcTemplate jdbc;

    public MonitoringFixture(OrgService orgs, UserService users, JdbcTemplate jdbc) {
        this.orgs = orgs;
        this.users = users;
        this.jdbc = jdbc;
    }

    public MonitoringFixture build() {
        province = area(null, "Tỉnh Theo Dõi " + suffix, "PROVINCE");
        otherProvince = area(null, "Tỉnh Khác " + suffix, "PROVINCE");
        commune1 = area(province, "Xã Một " + suffix, "COMMUNE");
        commune2Name = "Xã Hai " + suffix;
        commune2 = area(province, commune2Name, "COMMUNE");
        long provincePolice = agency(province, "Công an tỉnh " + suffix, "POLICE");
        long police1 = agency(commune1, "Công an xã Một " + suffix, "POLICE");
        long health1 = agency(commune1, "Trạm Y tế xã Một " + suffix, "HEALTH");
        long police2 = agency(commune2, "Công an xã Hai " + suffix, "POLICE");
        long health2 = agency(commune2, "Trạm Y tế xã Hai " + suffix, "HEALTH");
        long school2 = agency(commune2, "Trường THCS xã Hai " + suffix, "SCHOOL");

        provinceManager = user("quanly.tinh", province, Role.MANAGER);
        otherManager = user("quanly.khac", otherProvince, Role.MANAGER);
        commune1Manager = user("quanly.xamot", commune1, Role.MANAGER);
        commune1Officer = user("canbo.xamot", commune1, Role.OFFICER);
        commune1Reporter = user("congan.xamot", police1, Role.REPORTER);
        commune2Officer = user("canbo.xahai", commune2, Role.OFFICER);

        provincePlan = plan(province, "Kế hoạch tỉnh " + suffix);
        provincePeriod = period(provincePlan, LocalDate.of(YEAR, 5, 13), null, null);
        report(provincePeriod, provincePlan, provincePolice, false, "ACCEPTED", at(5, 10));
        report(provincePeriod, provincePlan, commune1, true, "SUBMITTED", at(5, 15));
        report(provincePeriod, provincePlan, commune2, true, "OPEN", null);

        commune1Plan = plan(commune1, "Kế hoạch xã Một " + suffix);
        commune1Period = period(commune1Plan, LocalDate.of(YEAR, 5, 8), LocalDate.of(YEAR, 5, 13), provincePeriod);
        report(commune1Period, commune1Plan, police1, false, "ACCEPTED", at(5, 7));
        report(commune1Period, commune1Plan, health1, false, "OPEN", null);
        jdbc.update("insert into consolidated_report (period_id, org_unit_id, status, submitted_at) values (?, ?, ?, ?)",
                commune1Period, commune1, "SUBMITTED", Timestamp.from(at(5, 15)));

        commune2Plan = plan(commune2, "Kế hoạch xã Hai " + suffix);
        commune2Period = period(commune2Plan, LocalDate.of(YEAR, 5, 8), LocalDate.of(YEAR, 5, 13), provincePeriod);
        report(commune2Period, commune2Plan, police2, false, "SUBMITTED", at(5, 8));
        report(commune2Period, commune2Plan, health2, false, "SUBMITTED", at(5, 9));
        report(commune2Period, commune2Plan, school2, false, "DRAFT", null);
        return this;
    }

    /** Commune 1 reported upward on time and its health station caught up on time: nothing late or missing. */
    public void commune1AllOnTime() {
        jdbc.update("update unit_report set first_submitted_at = ?, submitted_at = ? where period_id = ? and org_unit_id = ?",
                Timestamp.from(at(5, 12)), Timestamp.from(at(5, 12)), provincePeriod, commune1);
        jdbc.update("update unit_report set first_submitted_at = ?, submitted_at = ?, status = 'SUBMITTED' "
                + "where period_id = ? and first_submitted_at is null", Timestamp.from(at(5, 6)),
                Timestamp.from(at(5, 6)), commune1Period);
    }

    private long plan(long org, String title) {
        return TestRows.insert(jdbc, "insert into plan (org_unit_id, title, year_from, year_to, status) "
                + "values (?, ?, ?, ?, 'ISSUED')", org, title, YEAR, YEAR);
    }

    private long period(long plan, LocalDate unitDue, LocalDate upperDue, Long upperPeriod) {
        return TestRows.insert(jdbc, """
                insert into reporting_period (plan_id, report_year, kind, data_from, data_to, opens_on, unit_due,
                    upper_due, status, upper_period_id)
                values (?, ?, 'SIX_MONTHS', ?, ?, ?, ?, ?, 'OPEN', ?)
                """, plan, YEAR, LocalDate.of(YEAR - 1, 12, 15), LocalDate.of(YEAR, 6, 14),
                LocalDate.of(YEAR, 5, 1), unitDue, upperDue, upperPeriod);
    }

    /**
     * The same percent target (at least 90 %, the police responsible) in both communes' plans; commune 1's
     * police reported 19 of 20 in its accepted report. Answers the indicator's code.
     */
    public String targetInBothCommunes() {
        var indicator = jdbc.queryForMap("select id, code from indicator where measure = 'PERCENT' and active "
                + "order by id limit 1");
        long police1 = jdbc.queryForObject("select org_unit_id from unit_report where period_id = ? and status = 'ACCEPTED'",
                Long.class, commune1Period);
        for (long planId : new long[] {commune1Plan, commune2Plan}) {
            jdbc.update("insert into plan_target (plan_id, position, indicator_id, milestone_year, comparator, target_value, "
                    + "responsible_unit_ids, shape) values (?, 1, ?, ?, 'AT_LEAST', 90, ?, 'LEVEL')", planId, indicator.get("id"), YEAR,
                    String.valueOf(police1));
        }
        long report = jdbc.queryForObject("select id from unit_report where period_id = ? and org_unit_id = ?",
                Long.class, commune1Period, police1);
        jdbc.update("insert into indicator_value (unit_report_id, indicator_id, numerator, denominator, entered_by, "
                + "entered_at) values (?, ?, 19, 20, 'congan', ?)", report, indicator.get("id"), Timestamp.from(at(5, 7)));
        return (String) indicator.get("code");
    }

    private void report(long period, long plan, long org, boolean subArea, String status, Instant submitted) {
        long assignment = TestRows.insert(jdbc, "insert into assignment (plan_id, org_unit_id) values (?, ?)",
                plan, org);
        Timestamp at = submitted == null ? null : Timestamp.from(submitted);
        jdbc.update("""
                insert into unit_report (period_id, assignment_id, org_unit_id, status, submitted_at,
                    first_submitted_at, sub_area)
                values (?, ?, ?, ?, ?, ?, ?)
                """, period, assignment, org, status, at, at, subArea);
    }

    private long area(Long parent, String name, String level) {
        return SystemAuthentication.runAsSystem(() -> orgs.createArea(parent, name, level).id());
    }

    private long agency(long parent, String name, String type) {
        return SystemAuthentication.runAsSystem(() -> orgs.createAgency(parent, name, type).id());
    }

    private String user(String prefix, long org, Role role) {
        String username = prefix + "." + suffix;
        SystemAuthentication.runAsSystem(() -> users.createDemoAccount(new UserForm(username, "Người dùng " + username, null,
                org, Set.of(role), PASSWORD)));
        return username;
    }

    /** Noon in Vietnam on that day of {@link #YEAR}. */
    static Instant at(int month, int day) {
        return LocalDateTime.of(YEAR, month, day, 12, 0).atZone(Deadlines.VIETNAM).toInstant();
    }
}
