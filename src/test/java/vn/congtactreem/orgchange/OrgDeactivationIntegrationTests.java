package vn.congtactreem.orgchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.PlanStatus;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.process.UnitReportProcess;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.TestOrgs;

/**
 * A district abolished while its commune's cycle runs (the 2025 reform): the administrator sees what it touches,
 * is refused while the commune is still under it, moves the commune, then deactivates. What the commune has open
 * (its cycle, its police's report and tasks, its periods) stays its own under the new tree. Units and people are
 * made for each test ({@link TestOrgs}).
 */
@WithMockUser(username = OrgDeactivationIntegrationTests.ADMIN, roles = "ADMIN")
class OrgDeactivationIntegrationTests extends PostgresIntegrationTest {

    static final String ADMIN = "quantri.giaithe";

    private static final AtomicInteger YEAR = new AtomicInteger(2131);

    @Autowired OrgDeactivationService deactivation;
    @Autowired OrgChangeService changes;
    @Autowired OrgService orgs;
    @Autowired UserService users;
    @Autowired PlanService plans;
    @Autowired ReportingService reporting;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;

    private CycleFixture fixture;
    private TestOrgs.Commune place;

    @BeforeEach
    void aCommuneWithItsDistrictAndProvince() {
        fixture = new CycleFixture(plans, reporting, users, orgs, management);
        place = new TestOrgs(orgs, users).commune("giaithe");
    }

    @Test
    void aDistrictWithARunningCycleBelowShowsItsImpactAndTheCommunesWorkFollowsTheNewTree() {
        CycleFixture.OpenPeriod cycle = fixture.periodOpenFor(place, YEAR.getAndIncrement());
        long district = place.district().id();
        long commune = place.commune().id();
        String title = plans.load(cycle.planId()).title();
        long policeTasks = offeredTo(place.police());
        assertThat(policeTasks).isPositive();

        DeactivationImpact before = deactivation.impact(district);
        assertThat(before.activeChildren()).containsExactly(place.commune().name());
        assertThat(before.runningCycles()).contains(title);
        assertThat(before.ownCycles()).isZero();
        assertThat(before.openTasks()).isGreaterThanOrEqualTo(policeTasks);
        assertThat(before.periodsToCome()).as("the cycle's only period is already open").isZero();
        assertThatThrownBy(() -> deactivation.deactivate(district, true))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("orgchange.deactivate.error.activeChildren"));
        assertThat(orgs.get(district).active()).isTrue();

        // the reform: the commune goes straight under the province, then the district's people leave
        changes.move(commune, place.province().id());
        users.deactivate(users.findByUsername(place.district().officer()).orElseThrow().id());
        users.deactivate(users.findByUsername(place.district().leader()).orElseThrow().id());
        DeactivationImpact after = deactivation.impact(district);
        assertThat(after.activeChildren()).isEmpty();
        assertThat(after.runningCycles()).doesNotContain(title);
        assertThatThrownBy(() -> deactivation.deactivate(district, false))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("orgchange.deactivate.error.confirm"));

        OrgChange done = deactivation.deactivate(district, true);

        assertThat(orgs.get(district).active()).isFalse();
        assertThat(done.kind()).isEqualTo(OrgChange.Kind.DEACTIVATE);
        assertThat(changes.history(district)).extracting(OrgChange::kind).containsExactly(OrgChange.Kind.DEACTIVATE);
        assertThat(changes.history(district).get(0).fromPath())
                .isEqualTo(place.province().name() + " › " + place.district().name());
        // the commune's cycle runs on under the province: its plan, period, open report and tasks
        assertThat(orgs.path(commune)).isEqualTo(place.province().name() + " › " + place.commune().name());
        assertThat(plans.load(cycle.planId()).status()).isNotEqualTo(PlanStatus.CLOSED);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(UnitReportProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(cycle.policeReportId())).count()).isEqualTo(1);
        assertThat(offeredTo(place.police())).isEqualTo(policeTasks);
        assertThat(deactivation.impact(commune).runningCycles()).contains(title);
    }

    @Test
    void aRenameIsRecordedWithTheOldNameAndTheDate() {
        long commune = place.commune().id();
        String oldName = place.commune().name();
        orgs.rename(commune, "Phường " + oldName);

        List<OrgChange> history = changes.history(commune);
        assertThat(history).singleElement().satisfies(rename -> {
            assertThat(rename.kind()).isEqualTo(OrgChange.Kind.RENAME);
            assertThat(rename.unitName()).isEqualTo(oldName);
            assertThat(rename.fromPath()).endsWith(" › " + oldName);
            assertThat(rename.toPath()).endsWith(" › Phường " + oldName);
            assertThat(rename.changedBy()).isEqualTo(ADMIN);
            assertThat(rename.changedAt()).isNotNull();
        });
    }

    private long offeredTo(long orgUnitId) {
        return tasks.createTaskQuery().taskCandidateGroup("org:" + orgUnitId + ":REPORTER").includeAssignedTasks()
                .count();
    }
}
