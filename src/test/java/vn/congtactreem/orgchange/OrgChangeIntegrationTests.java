package vn.congtactreem.orgchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
import vn.congtactreem.reporting.process.UnitReportProcess;
import vn.congtactreem.reporting.UnitReportForm;
import vn.congtactreem.reporting.UnitReportStatus;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.TestOrgs;

/**
 * A unit merged into another in the middle of a reporting period, with its commune's cycles running: what is open
 * follows the new tree, what was made keeps its organisation and name. The commune, its units and people are made
 * for each test ({@link TestOrgs}).
 */
@WithMockUser(username = OrgChangeIntegrationTests.ADMIN, roles = "ADMIN")
class OrgChangeIntegrationTests extends PostgresIntegrationTest {

    /** The name the changes are recorded under: a signed-in administrator's. */
    static final String ADMIN = "quantri.sapnhap";

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
    private TestOrgs test;
    private TestOrgs.Commune place;
    private OrgUnit team;
    private OrgUnit joined;
    private String tag;

    @BeforeEach
    void twoNewUnitsOfACommune() {
        fixture = new CycleFixture(plans, reporting, users, orgs, management);
        test = new TestOrgs(orgs, users);
        place = test.commune("sapnhap");
        tag = UUID.randomUUID().toString().substring(0, 6);
        long commune = place.commune().id();
        team = orgs.createAgency(commune, "Đội thử sáp nhập " + tag, "OTHER");
        joined = orgs.createAgency(commune, "Đội thử tiếp nhận " + tag, "OTHER");
        users.create(new UserForm("bc." + tag, "Người Báo Cáo " + tag, null, team.id(), Set.of(Role.REPORTER),
                "mat-khau-rieng-" + tag));
    }

    @Test
    void aUnitMergedMidPeriodHandsItsOpenReportAndTasksOnWhileItsPastReportKeepsItsName() {
        UnitReport past = report(fixture.periodOpenFor(place, YEAR.getAndIncrement(), List.of(), team.id()), team);
        reporting.acknowledge(reporter(), past.id());
        reporting.submit(reporter(), past.id(), new UnitReportForm("Đã làm.", "", ""));
        UnitReport open = report(fixture.periodOpenFor(place, YEAR.getAndIncrement(), List.of(), team.id()), team);
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
            assertThat(recorded.fromPath()).endsWith(place.commune().name() + " › Đội thử sáp nhập " + tag);
            assertThat(recorded.toUnitId()).isEqualTo(joined.id());
            assertThat(recorded.changedBy()).isEqualTo(ADMIN);
        });
    }

    @Test
    void whereTheUnitMergedIntoReportsInTheSamePeriodTheMergedUnitsOpenReportEnds() {
        CycleFixture.OpenPeriod cycle = fixture.periodOpenFor(place, YEAR.getAndIncrement(), List.of(),
                team.id(), joined.id());
        UnitReport ended = report(cycle, team);
        UnitReport kept = report(cycle, joined);
        assertThat(changes.impactOfMerge(team.id(), joined.id()).reportsToClose()).containsExactly(ended.id());

        OrgChange merge = changes.merge(team.id(), joined.id());

        assertThat(merge.reportsClosed()).isEqualTo(1);
        assertThat(merge.reportsMoved()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(UnitReportProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(ended.id()))
                .count()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(UnitReportProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(kept.id()))
                .count()).isEqualTo(1);
        assertThat(reporting.load(ended.id()).orgUnitId()).isEqualTo(team.id());
        assertThat(offeredTo(team)).isZero();
    }

    @Test
    void aMovedUnitKeepsItsWorkAndTheMoveIsRecordedWithTheFormerPath() {
        OrgUnit commune = orgs.createArea(place.district().id(), "Xã thử chuyển " + tag, "COMMUNE");
        TestOrgs.Area other = test.area(null, "Tỉnh Quảng Ngãi", "PROVINCE", "quangngai");
        long otherProvince = other.id();
        OrgChange move = changes.move(commune.id(), otherProvince);
        assertThat(move.fromPath()).isEqualTo(place.province().name() + " › " + place.district().name()
                + " › Xã thử chuyển " + tag);
        assertThat(move.toPath()).isEqualTo(other.name() + " › Xã thử chuyển " + tag);
        assertThat(orgs.get(commune.id()).parentId()).isEqualTo(otherProvince);
    }

    @Test
    void onlyUnitsOfTheSameLevelMergeAndNeverIntoThemselves() {
        long commune = place.commune().id();
        assertThatThrownBy(() -> changes.merge(team.id(), commune)).isInstanceOfSatisfying(ValidationException.class,
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
