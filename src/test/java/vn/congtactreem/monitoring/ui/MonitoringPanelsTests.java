package vn.congtactreem.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import vn.congtactreem.plan.process.PlanCycleProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.monitoring.MonitoringFixture;
import vn.congtactreem.monitoring.StuckTask;
import vn.congtactreem.monitoring.TargetSpread;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.KaribuUiTest;
import vn.congtactreem.support.TestOrgs;
import vn.congtactreem.support.ProcessJobs;

/** The dashboard's stuck-work panel (on a real cycle in the engine) and its targets across sub-areas. */
class MonitoringPanelsTests extends KaribuUiTest {

    @Autowired
    OrgService orgs;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlanService plans;
    @Autowired
    ReportingService reporting;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;

    @AfterEach
    void realTimeAgain() {
        ProcessJobs.resetClock();
    }

    @Test
    void theDistrictManagerSeesThePolicesOverdueReportAsStuckWorkWithALinkToIt() {
        TestOrgs.Commune place = testOrgs().commune("theodoi");
        String districtManager = testOrgs().user("quanly", place.district().id(), Role.MANAGER);
        String provinceManager = testOrgs().user("quanlytinh", place.province().id(), Role.MANAGER);
        CycleFixture fixture = new CycleFixture(plans, reporting, users, orgs, management);
        CycleFixture.OpenPeriod cycle = fixture.periodOpenFor(place, 2047);
        reporting.acknowledge(fixture.user(place.policeReporter()), cycle.policeReportId());
        // the police's last day was 18/05: six days overdue on the 25th (no job run: the cut-off waits)
        ProcessJobs.setClock(LocalDateTime.of(2047, 5, 25, 9, 0).atZone(Deadlines.VIETNAM).toInstant());

        login(districtManager);
        UI.getCurrent().navigate(MonitoringView.ROUTE, QueryParameters.of("period", String.valueOf(cycle.periodId())));
        StuckWorkPanel stuck = _get(MonitoringView.class).stuck;

        StuckTask police = stuck.shown().stream().filter(t -> ("reports/" + cycle.policeReportId()).equals(t.link()))
                .findFirst().orElseThrow();
        assertThat(police.organisation()).isEqualTo(place.policeName());
        assertThat(police.overdue()).isTrue();
        assertThat(police.days()).isEqualTo(6);
        assertThat(police.taskName()).isEqualTo("Nhập và nộp báo cáo");
        int row = stuck.shown().indexOf(police);
        Anchor link = (Anchor) GridKt._getCellComponent(stuck.grid, row, "task");
        assertThat(link.getHref()).isEqualTo("reports/" + cycle.policeReportId());
        assertThat(stuck.summary.getText()).matches("\\d+ việc quá hạn, thêm \\d+ việc chưa xong sau hơn 7 ngày\\.");
        assertThat(stuck.byOrganisation.getText()).contains(place.policeName() + ": ");

        // the diagram: the cycles of the commune waiting for reports, as the engine's own runtime query counts them
        CycleStepsPanel steps = _get(MonitoringView.class).steps;
        long anDuong = place.commune().id();
        List<String> waiting = runtime.createProcessInstanceQuery().processDefinitionKey(PlanCycleProcess.KEY)
                .activityIdIn(PlanCycleProcess.Element.WAIT_FOR_REPORTS).list().stream().map(p -> p.getId()).toList();
        long expected = jdbc.queryForList("select process_instance_id from plan where org_unit_id = ?", String.class,
                anDuong).stream().filter(waiting::contains).count();
        assertThat(expected).isPositive();
        assertThat(steps.diagram.counts()).filteredOn(c -> c.activityId().equals(PlanCycleProcess.Element.WAIT_FOR_REPORTS))
                .singleElement().satisfies(c -> {
                    assertThat(c.count()).isEqualTo(expected);
                    assertThat(c.name()).isEqualTo("Chờ báo cáo của các đơn vị");
                });
        assertThat(steps.diagram.getElement().getProperty("xml")).contains("id=\"plan-cycle\"");
        assertThat(GridKt._size(steps.table)).isEqualTo(steps.diagram.counts().size());

        // the province manager, one level up, sees it too
        logout();
        login(provinceManager);
        UI.getCurrent().navigate(MonitoringView.ROUTE, QueryParameters.of("period", String.valueOf(cycle.periodId())));
        assertThat(_get(MonitoringView.class).stuck.shown()).extracting(StuckTask::link)
                .contains("reports/" + cycle.policeReportId());
    }

    @Test
    void eachTargetCountsTheSubAreasByStatusAndNamesThoseBehind() {
        MonitoringFixture f = new MonitoringFixture(orgs, users, jdbc).build();
        String code = f.targetInBothCommunes();
        // 19 of 20 in commune 1 against "at least 99 %" by a milestone already passed: not achieved (ON_TRACK while
        // the milestone is ahead and no baseline is known); commune 2 has no consolidated report yet: no data
        jdbc.update("update plan_target set target_value = 99, milestone_year = ? where plan_id in (?, ?)",
                MonitoringFixture.YEAR - 1, f.commune1Plan, f.commune2Plan);
        jdbc.update("insert into plan_target (plan_id, position, indicator_id, milestone_year, comparator, target_value, shape) "
                + "select ?, 1, indicator_id, milestone_year, comparator, target_value, shape from plan_target where plan_id = ?",
                f.provincePlan, f.commune1Plan);

        login(f.provinceManager);
        UI.getCurrent().navigate(MonitoringView.ROUTE, QueryParameters.of("period", String.valueOf(f.provincePeriod)));

        TargetSpreadTable spread = _get(MonitoringView.class).spread;
        assertThat(GridKt._findAll(spread)).singleElement().satisfies(t -> {
            assertThat(t.code()).isEqualTo(code);
            assertThat(t.notAchieved()).isEqualTo(1);
            assertThat(t.noData()).isEqualTo(1);
            assertThat(t.achieved() + t.onTrack() + t.offTrack()).isZero();
            assertThat(t.behindNames()).containsExactly(orgs.get(f.commune1).name());
        });
        assertThat(GridKt._getFormattedRow(spread, 0)).contains(orgs.get(f.commune1).name());
    }
}
