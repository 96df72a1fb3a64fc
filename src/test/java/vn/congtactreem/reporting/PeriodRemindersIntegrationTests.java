package vn.congtactreem.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.process.PlanCycleProcess;
import vn.congtactreem.reporting.process.UnitReportProcess;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestOrgs;

/**
 * Reminders and overdue escalations are the period's: one timer of the plan cycle per period (none in the units'
 * report processes) reminds, in one job, every unit whose report is still owed (not written, a draft, or returned),
 * and at the cut-off escalates every report still missing, except one first submitted on time and returned since.
 * A commune's period with four units: the police submit on time and are returned, the health station keeps a
 * draft, the school submits, the women's union writes nothing.
 */
class PeriodRemindersIntegrationTests extends PostgresIntegrationTest {

    private static final int YEAR = 2043;

    @Autowired PlanService plans;
    @Autowired ReportingService reporting;
    @Autowired UserService users;
    @Autowired OrgService orgs;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired JdbcTemplate jdbc;

    private CycleFixture fixture;
    private TestOrgs.Commune place;
    private long school;
    private String schoolReporter;
    private long women;

    @BeforeEach
    void commune() {
        fixture = new CycleFixture(plans, reporting, users, orgs, management);
        TestOrgs test = new TestOrgs(orgs, users);
        place = test.commune("nhac");
        school = test.agency(place.commune().id(), "Trường THCS", "SCHOOL");
        schoolReporter = test.user("thcs", school, Role.REPORTER);
        women = test.agency(place.commune().id(), "Hội Liên hiệp Phụ nữ", "WOMEN_UNION");
    }

    @AfterEach
    void resetClock() {
        ProcessJobs.resetClock();
    }

    @Test
    void oneJobPerReminderDateRemindsTheUnitsStillOwingTheirReportAndTheCutOffEscalatesTheMissingOnes() {
        CycleFixture.OpenPeriod cycle = fixture.periodOpenFor(place, YEAR, List.of(), place.health(), school, women);
        long police = cycle.policeReportId();
        long health = reportOf(cycle, place.health());
        long schoolReport = reportOf(cycle, school);
        long womenReport = reportOf(cycle, women);
        assertThat(timers(UnitReportProcess.KEY)).as("no timer in the units' report processes").isZero();
        assertThat(reminderTimersOf(cycle.periodId())).as("the period's next reminder, 08:00 on 11/5")
                .containsExactly(moment(5, 11, 8, 0));

        at(5, 6, 10, 0);
        var policeReporter = fixture.user(place.policeReporter());
        reporting.acknowledge(policeReporter, police);
        reporting.submit(policeReporter, police, new UnitReportForm("Tổ chức 02 buổi tuyên truyền.", "", ""));
        reporting.returnForChanges(fixture.user(place.commune().officer()), police, "Bổ sung số liệu.");
        var healthReporter = fixture.user(place.healthReporter());
        reporting.acknowledge(healthReporter, health);
        reporting.saveDraft(healthReporter, health, new UnitReportForm("Đang tổng hợp.", "", ""));
        var schoolUser = fixture.user(schoolReporter);
        reporting.acknowledge(schoolUser, schoolReport);
        reporting.submit(schoolUser, schoolReport, new UnitReportForm("Lồng ghép nội dung vào giờ sinh hoạt.", "", ""));
        ProcessJobs.runDue(management);

        at(5, 11, 8, 30);
        assertThat(eventsOf(cycle.periodId(), "REMINDER_SENT")).as("returned, draft, nothing written: reminded")
                .containsExactlyInAnyOrder(police, health, womenReport);
        assertThat(notified("REMINDER_DUE", police)).isOne();
        assertThat(notified("REMINDER_DUE", health)).isOne();
        assertThat(notified("REMINDER_DUE", schoolReport)).as("submitted: not reminded").isZero();
        assertThat(reminderTimersOf(cycle.periodId())).containsExactly(moment(5, 17, 8, 0));

        at(5, 17, 8, 30);
        assertThat(eventsOf(cycle.periodId(), "REMINDER_SENT")).hasSize(6);
        assertThat(reminderTimersOf(cycle.periodId())).as("no reminder left before the last day").isEmpty();
        assertThat(eventsOf(cycle.periodId(), "REPORT_OVERDUE")).isEmpty();

        at(5, 19, 9, 0);
        assertThat(eventsOf(cycle.periodId(), "REPORT_OVERDUE"))
                .as("the police were on time before being returned; the school submitted")
                .containsExactlyInAnyOrder(health, womenReport);
        assertThat(notified("REPORT_OVERDUE", health)).isOne();
        assertThat(notified("REPORT_OVERDUE", police)).isZero();

        at(5, 26, 9, 0);
        assertThat(eventsOf(cycle.periodId(), "REPORT_OVERDUE")).as("escalated once").hasSize(2);
        assertThat(eventsOf(cycle.periodId(), "REMINDER_SENT")).hasSize(6);
        assertThat(management.createJobQuery().noRetriesLeft().count()).isZero();
    }

    private long reportOf(CycleFixture.OpenPeriod cycle, long unit) {
        return reporting.reportOf(cycle.periodId(), unit).orElseThrow().id();
    }

    /** Moves the engine's clock to this day of {@link #YEAR} (Vietnam's time) and runs the jobs due. */
    private void at(int month, int day, int hour, int minute) {
        ProcessJobs.setClock(LocalDateTime.of(YEAR, month, day, hour, minute).atZone(Deadlines.VIETNAM).toInstant());
        ProcessJobs.runDue(management);
    }

    private static java.util.Date moment(int month, int day, int hour, int minute) {
        return java.util.Date.from(LocalDateTime.of(YEAR, month, day, hour, minute).atZone(Deadlines.VIETNAM)
                .toInstant());
    }

    private long timers(String processKey) {
        return management.createJobQuery().timers().processDefinitionKey(processKey).count();
    }

    private List<java.util.Date> reminderTimersOf(long periodId) {
        return management.createJobQuery().timers().activityId(PlanCycleProcess.Element.PERIOD_REMINDER_DUE).list()
                .stream().filter(job -> Long.valueOf(periodId).equals(
                        runtime.getVariable(job.getExecutionId(), PlanCycleProcess.Var.PERIOD_ID)))
                .map(org.camunda.bpm.engine.runtime.Job::getDuedate).toList();
    }

    private List<Long> eventsOf(long periodId, String action) {
        return jdbc.queryForList("select unit_report_id from cycle_event where period_id = ? and action = ?",
                Long.class, periodId, action);
    }

    private long notified(String kind, long reportId) {
        return jdbc.queryForObject("select count(*) from notification where kind = ? and subject_id = ?", Long.class,
                kind, String.valueOf(reportId));
    }
}
