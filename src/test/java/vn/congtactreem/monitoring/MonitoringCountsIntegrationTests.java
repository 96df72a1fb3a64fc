package vn.congtactreem.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congtactreem.monitoring.internal.MonitoringQueries;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReportForm;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestOrgs;

/**
 * The read model of the dashboard's counts ({@code monitoring_count}, kept by PostgreSQL triggers) against the
 * counts read from the reports, after each event of a period run through the services: submissions on time and
 * late, a return and the corrected report, acceptances, a unit deactivated before and one after it submitted.
 * At every step the two agree at several moments (before the last day, after it, long after) — "missing" and
 * "not yet due" included — and the groups kept by moving each changed report (V37) are those a recount gives,
 * also after the rows were lost by hand, and for reports created and deleted by SQL.
 */
@WithMockUser(roles = "ADMIN")
class MonitoringCountsIntegrationTests extends PostgresIntegrationTest {

    private static final AtomicInteger YEAR = new AtomicInteger(2480);

    @Autowired OrgService orgs;
    @Autowired UserService users;
    @Autowired PlanService plans;
    @Autowired ReportingService reporting;
    @Autowired ManagementService management;
    @Autowired MonitoringQueries queries;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    private long period;
    private LocalDate lastDay;

    @AfterEach
    void realTime() {
        ProcessJobs.resetClock();
    }

    @Test
    void theReadModelEqualsTheReportsAfterEveryEventOfAMixedPeriod() {
        TestOrgs testOrgs = new TestOrgs(orgs, users);
        TestOrgs.Commune place = testOrgs.commune("demdem");
        long school = testOrgs.agency(place.commune().id(), "Trường THCS " + testOrgs.suffix(), "SCHOOL");
        long youth = testOrgs.agency(place.commune().id(), "Đoàn Thanh niên " + testOrgs.suffix(), "YOUTH_UNION");
        long women = testOrgs.agency(place.commune().id(), "Hội Phụ nữ " + testOrgs.suffix(), "WOMEN_UNION");
        String schoolReporter = testOrgs.user("truong.demdem", school, Role.REPORTER);
        String youthReporter = testOrgs.user("doan.demdem", youth, Role.REPORTER);
        String womenReporter = testOrgs.user("phunu.demdem", women, Role.REPORTER);
        CycleFixture fixture = new CycleFixture(plans, reporting, users, orgs, management);
        CycleFixture.OpenPeriod cycle = fixture.periodOpenFor(place, YEAR.getAndIncrement(), List.of(),
                place.health(), school, youth, women);
        period = cycle.periodId();
        lastDay = jdbc.queryForObject("select unit_due from reporting_period where id = ?", LocalDate.class, period);
        UserAccount officer = fixture.user(place.commune().officer());
        long police = cycle.policeReportId();
        long health = report(place.health());
        long schoolReport = report(school);
        long youthReport = report(youth);
        long womenReport = report(women);
        agreeEverywhere("opened");

        ProcessJobs.setClock(Deadlines.startOf(lastDay.minusDays(3)).plus(9, ChronoUnit.HOURS));
        submit(fixture.user(place.policeReporter()), police);
        submit(fixture.user(place.healthReporter()), health);
        agreeEverywhere("two on time");
        // rows lost by hand: the next change cannot move a report out of a group that is not there, and recounts
        jdbc.update("delete from monitoring_count where period_id = ?", period);
        reporting.returnForChanges(officer, health, "Bổ sung số liệu");
        ProcessJobs.runDue(management); // the report goes back to its unit through an async step
        agreeEverywhere("returned");
        submit(fixture.user(youthReporter), youthReport);
        reporting.acknowledge(fixture.user(womenReporter), womenReport);
        reporting.acknowledge(fixture.user(schoolReporter), schoolReport);
        ProcessJobs.setClock(Deadlines.startOf(lastDay.minusDays(2)));
        users.deactivate(users.findByUsername(schoolReporter).orElseThrow().id());
        orgs.deactivate(school);
        midPeriod(school);
        agreeEverywhere("deactivated before submitting");
        users.deactivate(users.findByUsername(youthReporter).orElseThrow().id());
        orgs.deactivate(youth);
        midPeriod(youth);
        agreeEverywhere("deactivated after submitting");

        ProcessJobs.setClock(Deadlines.dueInstant(lastDay).plus(2, ChronoUnit.DAYS));
        reporting.submit(fixture.user(womenReporter), womenReport, new UnitReportForm("Nộp muộn", "", ""));
        reporting.submit(fixture.user(place.healthReporter()), health, new UnitReportForm("Đã bổ sung", "", ""));
        reporting.accept(officer, police);
        reporting.accept(officer, womenReport);
        agreeEverywhere("late, corrected, accepted");

        Instant after = Deadlines.dueInstant(lastDay).plus(30, ChronoUnit.DAYS);
        assertThat(jdbc.queryForObject("select count(*) from monitoring_count where period_id = ? and"
                + " (last_submitted_at > ? or last_deactivated_at > ?)", Integer.class, period,
                java.sql.Timestamp.from(after), java.sql.Timestamp.from(after))).isZero();
        assertThat(reportsCounted()).isEqualTo(5);
        // police and health on time, the youth union counted (it submitted before it went), the women late
        assertThat(ReportingRates.tallyOfAlike(queries.counts(List.of(period), after).get(period), after))
                .isEqualTo(new Tally(4, 4, 3, 1, 0, 0, 2, 0));
    }

    @Test
    void aPeriodWithASubmissionAfterTheClockIsCountedFromItsReports() {
        policeSubmittedTheDayBeforeTheLastDay(new TestOrgs(orgs, users), "lui");

        Instant before = Deadlines.startOf(lastDay.minusDays(2)); // the demo clock set back before the submission
        Tally counted = ReportingRates.tallyOfAlike(queries.counts(List.of(period), before).get(period), before);

        assertThat(counted).isEqualTo(live(before));
        assertThat(counted.submitted()).isZero();
        assertThat(counted.notYetDue()).isEqualTo(2);
    }

    @Test
    void reportsCreatedAndDeletedBySqlAreCountedInAndOut() {
        TestOrgs testOrgs = new TestOrgs(orgs, users);
        TestOrgs.Commune place = policeSubmittedTheDayBeforeTheLastDay(testOrgs, "themxoa");
        long assignment = jdbc.queryForObject("select assignment_id from unit_report where id = ?", Long.class,
                report(place.police()));
        long kindergarten = testOrgs.agency(place.commune().id(), "Trường Mầm non " + testOrgs.suffix(), "SCHOOL");
        long primary = testOrgs.agency(place.commune().id(), "Trường Tiểu học " + testOrgs.suffix(), "SCHOOL");

        // two at once, one already submitted: both counted (the period recounted)
        jdbc.update("insert into unit_report (period_id, assignment_id, org_unit_id, status, sub_area,"
                + " first_submitted_at) values (?, ?, ?, 'OPEN', false, null), (?, ?, ?, 'SUBMITTED', false, ?)",
                period, assignment, kindergarten, period, assignment, primary,
                java.sql.Timestamp.from(Deadlines.startOf(lastDay.minusDays(2))));
        agreeEverywhere("two reports created by SQL");
        assertThat(reportsCounted()).isEqualTo(4);

        jdbc.update("delete from unit_report where period_id = ? and org_unit_id in (?, ?)", period, kindergarten,
                primary);
        agreeEverywhere("deleted by SQL");
        assertThat(reportsCounted()).isEqualTo(2);
    }

    /** A commune's period opened, its police report submitted the day before the units' last day. */
    private TestOrgs.Commune policeSubmittedTheDayBeforeTheLastDay(TestOrgs testOrgs, String name) {
        TestOrgs.Commune place = testOrgs.commune(name);
        CycleFixture fixture = new CycleFixture(plans, reporting, users, orgs, management);
        CycleFixture.OpenPeriod cycle = fixture.periodOpenFor(place, YEAR.getAndIncrement(), List.of(), place.health());
        period = cycle.periodId();
        lastDay = jdbc.queryForObject("select unit_due from reporting_period where id = ?", LocalDate.class, period);
        ProcessJobs.setClock(Deadlines.startOf(lastDay.minusDays(1)));
        submit(fixture.user(place.policeReporter()), cycle.policeReportId());
        return place;
    }

    private int reportsCounted() {
        return jdbc.queryForObject("select coalesce(sum(reports), 0) from monitoring_count where period_id = ?",
                Integer.class, period);
    }

    private void agreeEverywhere(String step) {
        // the groups as kept step by step (one report moved from its group to another) are those of a recount
        List<String> kept = groups();
        List<String> recounted = transactions.execute(status -> {
            jdbc.queryForList("select monitoring_count_refresh(array[?]::bigint[])", period);
            status.setRollbackOnly();
            return groups();
        });
        assertThat(kept).as(step + ": the groups kept").containsExactlyInAnyOrderElementsOf(recounted);
        for (Instant at : List.of(Deadlines.startOf(lastDay.minusDays(20)), Deadlines.startOf(lastDay),
                Deadlines.dueInstant(lastDay).minusSeconds(1), Deadlines.dueInstant(lastDay),
                Deadlines.dueInstant(lastDay).plus(400, ChronoUnit.DAYS))) {
            Tally model = ReportingRates.tallyOfAlike(queries.counts(List.of(period), at)
                    .getOrDefault(period, List.of()), at);
            assertThat(model).as(step + " at " + at).isEqualTo(live(at));
        }
    }

    private List<String> groups() {
        return jdbc.queryForList("select status || ' ' || coalesce(submitted_on::text, '-') || ' ' || deactivation"
                + " || ' ' || reports from monitoring_count where period_id = ?", String.class, period);
    }

    private Tally live(Instant at) {
        return ReportingRates.tally(queries.expectedOf(List.of(period)).getOrDefault(period, List.of()), at);
    }

    /** The organisations stamp a deactivation with the wall clock: moved to the cycle clock's moment, mid-period. */
    private void midPeriod(long unit) {
        jdbc.update("update org_unit set deactivated_at = ? where id = ?",
                java.sql.Timestamp.from(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant()), unit);
    }

    private long report(long unit) {
        return jdbc.queryForObject("select id from unit_report where period_id = ? and org_unit_id = ?", Long.class,
                period, unit);
    }

    private void submit(UserAccount reporter, long reportId) {
        reporting.acknowledge(reporter, reportId);
        reporting.submit(reporter, reportId, new UnitReportForm("Đã thực hiện", "", ""));
    }
}
