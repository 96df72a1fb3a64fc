package vn.congtactreem.orgchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserForm;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReport;
import vn.congtactreem.reporting.UnitReportForm;
import vn.congtactreem.reporting.UnitReportStatus;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.PostgresIntegrationTest;

/**
 * A unit merged into another in the middle of a reporting period, with An Dương's cycles running: what is open
 * follows the new tree, what was made keeps its organisation and name. Units are made for each test (the demo's
 * are never merged).
 */
@WithMockUser(username = "admin", roles = "ADMIN")
class OrgChangeIntegrationTests extends PostgresIntegrationTest {

    private static final AtomicInteger YEAR = new AtomicInteger(2091);

    @Autowired OrgChangeService changes;
    @Autowired OrgService orgs;
    @Autowired UserService users;
    @Autowired PlanService plans;
    @Autowired ReportingService reporting;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;

    private CycleFixture fixture;
    private OrgUnit team;
    private OrgUnit joined;
    private String tag;

    @BeforeEach
    void twoNewUnitsOfAnDuong() {
        fixture = new CycleFixture(plans, reporting, users, orgs, management);
        tag = UUID.randomUUID().toString().substring(0, 6);
        long anDuong = fixture.org("Xã An Dương");
        team = orgs.createAgency(anDuong, "Đội thử sáp nhập " + tag, "OTHER");
        joined = orgs.createAgency(anDuong, "Đội thử tiếp nhận " + tag, "OTHER");
        users.create(new UserForm("bc." + tag, "Người Báo Cáo " + tag, null, team.id(), Set.of(Role.REPORTER),
                "mat-khau-rieng-" + tag));
    }

    @Test
    void aUnitMergedMidPeriodHandsItsOpenReportAndTasksOnWhileItsPastReportKeepsItsName() {
        UnitReport past = report(fixture.periodOpenForThePoliceAnd(YEAR.getAndIncrement(), team.name()), team);
        reporting.acknowledge(reporter(), past.id());
        reporting.submit(reporter(), past.id(), new UnitReportForm("Đã làm.", "", ""));
        UnitReport open = report(fixture.periodOpenForThePoliceAnd(YEAR.getAndIncrement(), team.name()), team);
        assertThat(offeredTo(team)).isPositive();

        OrgChangeImpact impact = changes.impactOfMerge(team.id(), joined.id());
        assertThat(impact.reportsToMove()).containsExactly(open.id());
        assertThat(impact.reportsToClose()).isEmpty();
        assertThat(impact.openTasks()).isPositive();
        assertThat(impact.users()).isEqualTo(1);

        OrgChange merge = changes.merge(team.id(), joined.id());

        assertThat(merge.reportsMoved()).isEqualTo(1);
        assertThat(merge.usersMoved()).isEqualTo(1);
        assertThat(orgs.get(team.id()).active()).isFalse();
        // what was made stays with the unit that made it, under its name
        UnitReport pastNow = reporting.load(past.id());
        assertThat(pastNow.orgUnitId()).isEqualTo(team.id());
        assertThat(pastNow.orgUnitName()).isEqualTo("Đội thử sáp nhập " + tag);
        assertThat(pastNow.status()).isEqualTo(UnitReportStatus.SUBMITTED);
        // what is open follows the new tree: the report, its tasks and the people
        UnitReport openNow = reporting.load(open.id());
        assertThat(openNow.orgUnitId()).isEqualTo(joined.id());
        assertThat(openNow.orgUnitName()).isEqualTo("Đội thử tiếp nhận " + tag);
        assertThat(offeredTo(team)).isZero();
        assertThat(offeredTo(joined)).isPositive();
        assertThat(reporter().orgUnitId()).isEqualTo(joined.id());
        reporting.acknowledge(reporter(), open.id());
        reporting.submit(reporter(), open.id(), new UnitReportForm("Làm sau sáp nhập.", "", ""));
        assertThat(reporting.load(open.id()).status()).isEqualTo(UnitReportStatus.SUBMITTED);

        assertThat(changes.history(team.id())).singleElement().satisfies(recorded -> {
            assertThat(recorded.kind()).isEqualTo(OrgChange.Kind.MERGE);
            assertThat(recorded.fromPath()).endsWith("Xã An Dương › Đội thử sáp nhập " + tag);
            assertThat(recorded.toUnitId()).isEqualTo(joined.id());
            assertThat(recorded.changedBy()).isEqualTo("admin");
        });
    }

    @Test
    void whereTheUnitMergedIntoReportsInTheSamePeriodTheMergedUnitsOpenReportEnds() {
        CycleFixture.OpenPeriod cycle = fixture.periodOpenForThePoliceAnd(YEAR.getAndIncrement(), team.name(),
                joined.name());
        UnitReport ended = report(cycle, team);
        UnitReport kept = report(cycle, joined);
        assertThat(changes.impactOfMerge(team.id(), joined.id()).reportsToClose()).containsExactly(ended.id());

        OrgChange merge = changes.merge(team.id(), joined.id());

        assertThat(merge.reportsClosed()).isEqualTo(1);
        assertThat(merge.reportsMoved()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(ended.id()))
                .count()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(kept.id()))
                .count()).isEqualTo(1);
        assertThat(reporting.load(ended.id()).orgUnitId()).isEqualTo(team.id());
        assertThat(offeredTo(team)).isZero();
    }

    @Test
    void aMovedUnitKeepsItsWorkAndTheMoveIsRecordedWithTheFormerPath() {
        OrgUnit commune = orgs.createArea(orgs.get(fixture.org("Huyện Tân Yên")).id(), "Xã thử chuyển " + tag, "COMMUNE");
        long otherProvince = fixture.org("Tỉnh Quảng Ngãi");
        OrgChange move = changes.move(commune.id(), otherProvince);
        assertThat(move.fromPath()).isEqualTo("Tỉnh Bắc Giang › Huyện Tân Yên › Xã thử chuyển " + tag);
        assertThat(move.toPath()).isEqualTo("Tỉnh Quảng Ngãi › Xã thử chuyển " + tag);
        assertThat(orgs.get(commune.id()).parentId()).isEqualTo(otherProvince);
    }

    @Test
    void onlyUnitsOfTheSameLevelMergeAndNeverIntoThemselves() {
        long anDuong = fixture.org("Xã An Dương");
        assertThatThrownBy(() -> changes.merge(team.id(), anDuong)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.messageKey()).isEqualTo("admin.orgChange.error.notSameLevel"));
        assertThatThrownBy(() -> changes.merge(team.id(), team.id())).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.messageKey()).isEqualTo("admin.orgChange.error.intoItself"));
        assertThat(orgs.get(team.id()).active()).isTrue();
    }

    private UnitReport report(CycleFixture.OpenPeriod cycle, OrgUnit unit) {
        return reporting.reportOf(cycle.periodId(), unit.id()).orElseThrow();
    }

    private UserAccount reporter() {
        return users.findByUsername("bc." + tag).orElseThrow();
    }

    private long offeredTo(OrgUnit unit) {
        return tasks.createTaskQuery().taskCandidateGroup("org:" + unit.id() + ":REPORTER").includeAssignedTasks()
                .count();
    }
}
