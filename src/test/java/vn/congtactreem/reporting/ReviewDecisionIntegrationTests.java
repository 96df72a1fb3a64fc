package vn.congtactreem.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.process.UnitReportProcess;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestOrgs;

/**
 * The officer's decision on a report goes to the engine for the gateway after the review. A report accepted at the
 * first review passes it transient: its process ends without storing it, so its history has no such variable. A
 * report returned before stores "false" from the return; its acceptance then updates that variable (a transient one
 * of the same name would be refused) and the process ends all the same.
 */
class ReviewDecisionIntegrationTests extends PostgresIntegrationTest {

    @Autowired PlanService plans;
    @Autowired ReportingService reporting;
    @Autowired UserService users;
    @Autowired OrgService orgs;
    @Autowired ManagementService management;
    @Autowired HistoryService history;

    @Test
    void aFirstAcceptanceStoresNoDecisionAndOneAfterAReturnUpdatesTheStoredOne() {
        CycleFixture fixture = new CycleFixture(plans, reporting, users, orgs, management);
        TestOrgs test = new TestOrgs(orgs, users);
        TestOrgs.Commune place = test.commune("quyetdinh");
        long school = test.agency(place.commune().id(), "Trường Tiểu học", "SCHOOL");
        UserAccount schoolReporter = fixture.user(test.user("thquyetdinh", school, Role.REPORTER));
        CycleFixture.OpenPeriod cycle = fixture.periodOpenFor(place, 2044, List.of(), school);
        UserAccount police = fixture.user(place.policeReporter());
        UserAccount officer = fixture.user(place.commune().officer());
        long policeReport = cycle.policeReportId();
        long schoolReport = reporting.reportOf(cycle.periodId(), school).orElseThrow().id();

        reporting.acknowledge(police, policeReport);
        reporting.submit(police, policeReport, new UnitReportForm("Tổ chức 02 buổi tuyên truyền.", "", ""));
        reporting.accept(officer, policeReport);
        ProcessJobs.runDue(management);

        assertThat(instanceOf(policeReport).getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
        assertThat(decisionsOf(policeReport)).as("accepted at the first review: nothing stored").isEmpty();

        reporting.acknowledge(schoolReporter, schoolReport);
        reporting.submit(schoolReporter, schoolReport, new UnitReportForm("Sinh hoạt dưới cờ về phòng tránh đuối nước.",
                "", ""));
        reporting.returnForChanges(officer, schoolReport, "Ghi rõ số học sinh tham gia.");
        ProcessJobs.runDue(management);
        reporting.submit(schoolReporter, schoolReport, new UnitReportForm("Sinh hoạt dưới cờ, 420 học sinh tham gia.",
                "", ""));
        reporting.accept(officer, schoolReport);
        ProcessJobs.runDue(management);

        assertThat(instanceOf(schoolReport).getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
        assertThat(decisionsOf(schoolReport)).extracting(HistoricVariableInstance::getValue)
                .as("the return's decision, updated by the acceptance").containsExactly(true);
        assertThat(reporting.reportOf(cycle.periodId(), school).orElseThrow().status())
                .isEqualTo(UnitReportStatus.ACCEPTED);
    }

    private HistoricProcessInstance instanceOf(long reportId) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(UnitReportProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(reportId)).singleResult();
    }

    private List<HistoricVariableInstance> decisionsOf(long reportId) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(instanceOf(reportId).getId())
                .variableName(UnitReportProcess.Var.ACCEPTED).list();
    }
}
