package vn.congtactreem.orgchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.Assignment;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReportForm;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.TestOrgs;

/**
 * A commune and its police renamed after a plan was issued and a report submitted: what was made keeps the names
 * it was made under, what is made afterwards carries the new ones, and the history says old → new
 * ({@link TestOrgs}, {@link CycleFixture}).
 */
@WithMockUser(username = OrgRenameIntegrationTests.ADMIN, roles = "ADMIN")
class OrgRenameIntegrationTests extends PostgresIntegrationTest {

    static final String ADMIN = "quantri.doiten";

    private static final AtomicInteger YEAR = new AtomicInteger(2171);

    @Autowired OrgChangeService changes;
    @Autowired OrgService orgs;
    @Autowired UserService users;
    @Autowired PlanService plans;
    @Autowired ReportingService reporting;
    @Autowired ManagementService management;

    private CycleFixture fixture;
    private TestOrgs.Commune place;

    @BeforeEach
    void aCommuneWithItsPolice() {
        fixture = new CycleFixture(plans, reporting, users, orgs, management);
        place = new TestOrgs(orgs, users).commune("doiten");
    }

    @Test
    void anIssuedPlanAndASubmittedReportKeepTheOldNamesWhileNewOnesUseTheNewNames() {
        CycleFixture.OpenPeriod before = fixture.periodOpenFor(place, YEAR.getAndIncrement());
        UserAccount police = users.findByUsername(place.policeReporter()).orElseThrow();
        reporting.acknowledge(police, before.policeReportId());
        reporting.submit(police, before.policeReportId(), new UnitReportForm("Đã làm trước khi đổi tên.", "", ""));
        String oldCommune = place.commune().name();
        String oldPolice = place.policeName();

        orgs.rename(place.commune().id(), "Phường " + oldCommune);
        orgs.rename(place.police(), "Công an phường " + oldCommune);

        assertThat(plans.load(before.planId()).orgUnitName()).as("the plan issued before").isEqualTo(oldCommune);
        assertThat(reporting.load(before.policeReportId()).orgUnitName()).as("the report submitted before")
                .isEqualTo(oldPolice);
        CycleFixture.OpenPeriod after = fixture.periodOpenFor(place, YEAR.getAndIncrement());
        assertThat(plans.load(after.planId()).orgUnitName()).isEqualTo("Phường " + oldCommune);
        // the assignments keep the unit's name as assigned (assignment.org_unit_name)
        assertThat(plans.load(before.planId()).assignments()).extracting(Assignment::orgUnitName)
                .contains(oldPolice).doesNotContain("Công an phường " + oldCommune);
        assertThat(plans.load(after.planId()).assignments()).extracting(Assignment::orgUnitName)
                .contains("Công an phường " + oldCommune).doesNotContain(oldPolice);
        assertThat(reporting.load(after.policeReportId()).orgUnitName()).isEqualTo("Công an phường " + oldCommune);
        assertThat(changes.history(place.police())).singleElement().satisfies(rename -> {
            assertThat(rename.kind()).isEqualTo(OrgChange.Kind.RENAME);
            assertThat(rename.unitName()).isEqualTo(oldPolice);
            assertThat(rename.toPath()).endsWith("Phường " + oldCommune + " › Công an phường " + oldCommune);
        });
    }
}
