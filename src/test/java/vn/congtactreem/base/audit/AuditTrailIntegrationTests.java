package vn.congtactreem.base.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.support.ApiClient;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestOrgs;
import vn.congtactreem.support.WebIntegrationTest;

/** The audit trail: state changes, sign-ins and refusals with who, when and from where; append-only; purged. */
class AuditTrailIntegrationTests extends WebIntegrationTest {

    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlanService plans;
    @Autowired
    ReportingService reporting;
    @Autowired
    UserService users;
    @Autowired
    OrgService orgs;
    @Autowired
    ManagementService management;

    @AfterEach
    void realTime() {
        ProcessJobs.resetClock();
    }

    @Test
    void aSubmissionAndARefusedReadAreRecordedWithWhoWhenAndWhere() {
        TestOrgs test = new TestOrgs(orgs, users);
        TestOrgs.Commune place = test.commune("nhatky");
        String reporter = place.policeReporter();
        // an officer of another commune of the same district, who may not read the report
        String outsider = test.area(place.district().id(), "Xã Ngoài Cuộc", "COMMUNE", "ngoaicuoc").officer();
        CycleFixture.OpenPeriod cycle = new CycleFixture(plans, reporting, users, orgs, management)
                .periodOpenFor(place, 2420);
        ApiClient api = new ApiClient(port);
        String report = "/api/v1/reports/" + cycle.policeReportId();
        api.post(reporter, report + "/acknowledge", null).expect(200);
        api.post(reporter, report + "/submit", Map.of("results", "Đã tuyên truyền.")).expect(200);
        api.get(outsider, report).expect(404);

        Map<String, Object> submitted = jdbc.queryForMap("select * from audit_event where action = 'REPORT_SUBMITTED' "
                + "and target_type = 'UNIT_REPORT' and target_id = ?", String.valueOf(cycle.policeReportId()));
        assertThat(submitted.get("actor")).isEqualTo(reporter);
        assertThat(submitted.get("outcome")).isEqualTo("OK");
        assertThat(submitted.get("address")).asString().isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(((Timestamp) submitted.get("happened_at")).toInstant().toString())
                .as("the cycle's clock (2 May %d), not the wall clock", cycle.year())
                .startsWith(cycle.year() + "-05-02");
        assertThat(audit.search(new AuditQuery(outsider, "ACCESS_REFUSED", null, null), 10))
                .anySatisfy(row -> {
                    assertThat(row.actor()).isEqualTo(outsider);
                    assertThat(row.outcome()).isEqualTo(AuditTrail.Outcome.REFUSED);
                    assertThat(row.targetId()).isEqualTo("GET " + report);
                });
    }

    @Test
    void signInsSuccessfulAndFailedAreRecorded() {
        String leader = new TestOrgs(orgs, users).area(null, "Tỉnh Đăng Nhập", "PROVINCE", "dangnhap").leader();
        long before = jdbc.queryForObject("select count(*) from audit_event where actor = ? "
                + "and action like 'SIGN_IN%'", Long.class, leader);
        signIn(browser(), leader, "sai-mat-khau");
        signIn(browser(), leader, TestOrgs.PASSWORD);

        List<AuditRecord> rows = audit.search(new AuditQuery(leader, null, null, null), 10);
        assertThat(rows).extracting(AuditRecord::action).contains("SIGN_IN", "SIGN_IN_FAILED");
        assertThat(rows).allSatisfy(row -> assertThat(row.address()).isNotBlank());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ? "
                + "and action like 'SIGN_IN%'", Long.class, leader)).isEqualTo(before + 2);
    }

    @Test
    void aRefusalByAddressAndAScriptsSignInAreRecordedOnceAndNotPerCall() {
        String officer = new TestOrgs(orgs, users).area(null, "Tỉnh Kịch Bản", "PROVINCE", "kichban").officer();
        ApiClient api = new ApiClient(port);
        api.get(officer, "/engine-rest/task").expect(403);
        api.get(officer, "/api/v1/admin/users").expect(403);
        api.get(officer, "/api/v1/plans").expect(200);
        api.get(officer, "/api/v1/plans").expect(200);

        List<AuditRecord> rows = audit.search(new AuditQuery(officer, null, null, null), 20);
        assertThat(rows).filteredOn(row -> row.action().equals("ACCESS_REFUSED")).extracting(AuditRecord::targetId)
                .as("refused by the filters' rules, before any service ran")
                .contains("GET /engine-rest/task", "GET /api/v1/admin/users");
        assertThat(rows).filteredOn(row -> row.action().equals("SIGN_IN_API"))
                .as("four HTTP Basic calls from one address: one sign-in row").hasSize(1)
                .allSatisfy(row -> assertThat(row.address()).isNotBlank());
        assertThat(rows).extracting(AuditRecord::action).as("a script's call is not a person's sign-in")
                .doesNotContain("SIGN_IN");
    }

    @Test
    void rowsCannotBeChangedOrDeletedAndTheRetentionPurgeRemovesOnlyOldOnes() {
        audit.record("kiem.tra", "TEST_OLD", AuditTrail.Outcome.OK, null, null, "cũ");
        long old = jdbc.queryForObject("select max(id) from audit_event", Long.class);

        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'ai-do' where id = ?", old))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", old))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");

        // on the cycle's clock, the old row is now older than the retention period
        ProcessJobs.setClock(Instant.now().plus(audit.retention()).plus(Duration.ofDays(1)));
        audit.record("kiem.tra", "TEST_NEWER", AuditTrail.Outcome.OK, null, null, "mới hơn");
        int purged = audit.purge();

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where id = ?", Long.class, old)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'TEST_NEWER'", Long.class))
                .isEqualTo(1L);
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where action = 'TEST_NEWER'"))
                .as("still append-only after the purge's transaction").isInstanceOf(DataAccessException.class);
    }
}
