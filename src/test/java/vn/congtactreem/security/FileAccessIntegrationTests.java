package vn.congtactreem.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.PeriodForm;
import vn.congtactreem.plan.PeriodKind;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.UpperPlanForm;
import vn.congtactreem.reporting.ReportFiles;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.support.CycleCleanUp;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestOrgs;
import vn.congtactreem.support.WebIntegrationTest;

/**
 * Files are read only by those who may read what they belong to: the upper level's plan by whoever
 * may read the plan, a report's evidence by whoever may read the report. Anyone else is told the file
 * does not exist (404), the same answer as for an id that was never used.
 */
class FileAccessIntegrationTests extends WebIntegrationTest {

    private static final byte[] PDF = "%PDF-1.4\n% Kế hoạch 50/KH-UBND\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    private static int nextYear = 2260;

    @Autowired
    PlanService plans;
    @Autowired
    ReportingService reporting;
    @Autowired
    ReportFiles reportFiles;
    @Autowired
    UserService users;
    @Autowired
    OrgService orgs;
    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;
    @Autowired
    vn.congtactreem.document.AttachmentService attachments;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    private final HttpClient http = HttpClient.newHttpClient();
    private CycleFixture fixture;
    /** The commune whose plan and reports hold the files. */
    private TestOrgs.Commune place;
    /** A reporter of another commune's police. */
    private String otherCommune;
    /** An officer of another commune. */
    private String otherOfficer;

    @BeforeEach
    void aCommuneAndAnotherOne() {
        fixture = new CycleFixture(plans, reporting, users, orgs, management);
        TestOrgs test = new TestOrgs(orgs, users);
        place = test.commune("tep");
        TestOrgs.Commune other = test.commune("phula");
        otherCommune = other.policeReporter();
        otherOfficer = other.commune().officer();
    }

    @AfterEach
    void realTime() {
        ProcessJobs.resetClock();
    }

    @Test
    void theUpperPlansPdfIsReadByThePlansPeopleAndByNoOneOfAnotherCommune() throws Exception {
        int year = nextYear++;
        HttpResponse<String> uploaded = upload(place.commune().officer(), "KH 50-KH-UBND.pdf", PDF);
        assertThat(uploaded.statusCode()).isEqualTo(201);
        long fileId = Long.parseLong(uploaded.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
        long planId = plans.startCycle(fixture.user(place.commune().officer()), place.commune().id(),
                "Kế hoạch tệp " + year, year, year).id();
        plans.registerUpperPlan(fixture.user(place.commune().officer()), planId, new UpperPlanForm("50/KH-UBND",
                LocalDate.of(year, 2, 1), "UBND " + place.district().name(), "Kế hoạch năm " + year, fileId,
                List.of(new PeriodForm(year, PeriodKind.SIX_MONTHS, LocalDate.of(year - 1, 12, 15),
                        LocalDate.of(year, 6, 14), LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 18),
                        LocalDate.of(year, 5, 24), "7,1"))));

        CycleCleanUp.endProcessesOf(runtime, planId);

        assertThat(download(place.commune().officer(), fileId).statusCode()).isEqualTo(200);
        assertThat(download(place.commune().officer(), fileId).body()).isEqualTo(PDF);
        assertThat(download(place.commune().leader(), fileId).statusCode()).as("the plan's leader").isEqualTo(200);
        assertThat(download(otherCommune, fileId).statusCode()).isEqualTo(404);
        assertThat(download(otherOfficer, fileId).statusCode()).as("another commune's officer").isEqualTo(404);
        HttpResponse<byte[]> never = download(otherCommune, Long.MAX_VALUE);
        assertThat(never.statusCode()).as("an id never used: the same answer").isEqualTo(404);
    }

    @Test
    void aReportsEvidenceIsReadByTheUnitAndTheOfficerAndByNoOneOfAnotherCommune() throws Exception {
        CycleFixture.OpenPeriod cycle = fixture.periodOpenFor(place, nextYear++);
        long fileId = reportFiles.attach(fixture.user(place.policeReporter()), cycle.policeReportId(),
                "Biên bản.pdf", PDF).id();

        assertThat(download(place.policeReporter(), fileId).statusCode()).as("the unit").isEqualTo(200);
        assertThat(download(place.commune().officer(), fileId).statusCode()).as("the plan's officer").isEqualTo(200);
        assertThat(download(place.commune().officer(), fileId).body()).isEqualTo(PDF);
        HttpResponse<byte[]> refused = download(otherCommune, fileId);
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).doesNotContain("Biên bản");
        assertThat(download("nobody.files", fileId).statusCode()).as("not signed in").isEqualTo(401);
    }

    @Test
    void refusingAReaderOfEvidenceLeavesTheSurroundingTransactionFreeToCommit() {
        CycleFixture.OpenPeriod cycle = fixture.periodOpenFor(place, nextYear++);
        long fileId = reportFiles.attach(fixture.user(place.policeReporter()), cycle.policeReportId(),
                "Biên bản.pdf", PDF).id();
        var stranger = fixture.user(otherCommune);

        // the attachments' own check: refused, and its transaction commits (no UnexpectedRollbackException)
        assertThat(attachments.mayRead(stranger, fileId)).isFalse();
        assertThat(attachments.mayRead(fixture.user(place.commune().officer()), fileId)).isTrue();
        // inside a caller's transaction that goes on after the refusal: not marked for rollback, and it commits
        Boolean refused = transactions.execute(status -> {
            boolean may = reportFiles.mayRead(stranger, fileId);
            assertThat(status.isRollbackOnly()).as("marked for rollback by the refusal").isFalse();
            return !may;
        });
        assertThat(refused).isTrue();
    }

    @Test
    void anIdNeverUsedAndAnIdNotTheCallersAnswerTheSame404AndErrorIsNoServerError() throws Exception {
        CycleFixture.OpenPeriod cycle = fixture.periodOpenFor(place, nextYear++);
        for (String path : new String[] {"/api/v1/plans/", "/api/v1/reports/", "/api/v1/consolidated-reports/"}) {
            HttpResponse<byte[]> never = get(otherCommune, path + 999_999_999);
            assertThat(never.statusCode()).as(path).isEqualTo(404);
        }
        HttpResponse<byte[]> plan = get(otherCommune, "/api/v1/plans/" + cycle.planId());
        assertThat(plan.statusCode()).isEqualTo(404);
        assertThat(new String(plan.body(), StandardCharsets.UTF_8))
                .contains("Không tìm thấy kế hoạch số " + cycle.planId()).doesNotContain("quyền");
        HttpResponse<byte[]> report = get(otherCommune, "/api/v1/reports/" + cycle.policeReportId());
        assertThat(report.statusCode()).isEqualTo(404);
        assertThat(get(place.commune().officer(), "/api/v1/reports/" + cycle.policeReportId()).statusCode()).isEqualTo(200);
        assertThat(get(place.commune().officer(), "/error").statusCode()).as("GET /error").isEqualTo(404);
    }

    private HttpResponse<byte[]> get(String user, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "application/json")
                .header("Authorization", basic(user, TestOrgs.PASSWORD)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> download(String user, long id) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/attachments/" + id)))
                .header("Authorization", basic(user, TestOrgs.PASSWORD)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> upload(String user, String fileName, byte[] content) throws Exception {
        String boundary = "ranh-gioi-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/attachments")))
                        .header("Authorization", basic(user, TestOrgs.PASSWORD))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
