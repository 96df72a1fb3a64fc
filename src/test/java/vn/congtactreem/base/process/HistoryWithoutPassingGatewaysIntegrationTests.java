package vn.congtactreem.base.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.process.PlanCycleProcess;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReportForm;
import vn.congtactreem.reporting.process.UnitReportProcess;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.TestOrgs;

/**
 * The history the engine keeps on PostgreSQL: full, with its id 3 in the database, but no activity instance of an
 * exclusive gateway passed; every task and wait state still has its row, started and (once left) ended.
 */
@WithMockUser(roles = "ADMIN")
class HistoryWithoutPassingGatewaysIntegrationTests extends PostgresIntegrationTest {

    @Autowired OrgService orgs;
    @Autowired UserService users;
    @Autowired PlanService plans;
    @Autowired ReportingService reporting;
    @Autowired ManagementService management;
    @Autowired JdbcTemplate jdbc;

    private TestOrgs.Commune place;
    private CycleFixture fixture;

    @Test
    void theLevelIsFullAsTheDatabaseSays() {
        assertThat(management.getHistoryLevel()).isEqualTo(3);
        assertThat(jdbc.queryForObject("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'",
                String.class)).isEqualTo("3");
    }

    @Test
    void aReportThroughItsTasksLeavesTheTasksAndNoPassedGateway() {
        CycleFixture.OpenPeriod cycle = periodOpenFor("lichsu", 2470);
        long report = cycle.policeReportId();
        reporting.acknowledge(fixture.user(place.policeReporter()), report);
        reporting.submit(fixture.user(place.policeReporter()), report, new UnitReportForm("Đã thực hiện", "", ""));

        String instance = jdbc.queryForObject("select PROC_INST_ID_ from ACT_HI_PROCINST where BUSINESS_KEY_ = ?"
                + " and PROC_DEF_KEY_ = ?", String.class, String.valueOf(report), UnitReportProcess.KEY);
        List<Map<String, Object>> rows = jdbc.queryForList("select ACT_ID_, ACT_TYPE_, END_TIME_ from ACT_HI_ACTINST"
                + " where PROC_INST_ID_ = ? order by SEQUENCE_COUNTER_", instance);

        assertThat(rows).extracting(row -> row.get("ACT_TYPE_")).doesNotContain("exclusiveGateway");
        assertThat(rows).extracting(row -> row.get("ACT_ID_")).containsExactly(
                UnitReportProcess.Element.STARTED, UnitReportProcess.Element.ACKNOWLEDGE_ASSIGNMENT,
                UnitReportProcess.Element.SUBMIT_REPORT, UnitReportProcess.Element.REVIEW_REPORT);
        assertThat(rows).extracting(row -> row.get("END_TIME_") != null).containsExactly(true, true, true, false);
    }

    @Test
    void aGatewayThatWaitsKeepsItsRow() {
        CycleFixture.OpenPeriod cycle = periodOpenFor("chokybc", 2471);
        String instance = jdbc.queryForObject("select process_instance_id from plan where id = ?", String.class,
                cycle.planId());

        assertThat(jdbc.queryForList("select ACT_ID_ from ACT_HI_ACTINST where PROC_INST_ID_ = ?"
                + " and ACT_TYPE_ = 'eventBasedGateway' and END_TIME_ is null", String.class, instance))
                .contains(PlanCycleProcess.Element.WAIT_FOR_REPORTS);
    }

    /** A commune of its own (its police and health station assigned) with the period of {@code year} open. */
    private CycleFixture.OpenPeriod periodOpenFor(String people, int year) {
        place = new TestOrgs(orgs, users).commune(people);
        fixture = new CycleFixture(plans, reporting, users, orgs, management);
        return fixture.periodOpenFor(place, year, List.of(), place.health());
    }
}
