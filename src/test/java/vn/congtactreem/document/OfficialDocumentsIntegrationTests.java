package vn.congtactreem.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.ConsolidatedReport;
import vn.congtactreem.reporting.ConsolidationService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReportForm;
import vn.congtactreem.support.ApiClient;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestOrgs;
import vn.congtactreem.support.WebIntegrationTest;

/**
 * The issued plan and the approved consolidated report downloaded as DOCX over the API, by those who
 * may read them and refused like their JSON to the others; the plan's DOCX converts to PDF with
 * LibreOffice.
 */
class OfficialDocumentsIntegrationTests extends WebIntegrationTest {

    private static final int YEAR = 2141;
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Autowired
    PlanService plans;
    @Autowired
    ReportingService reporting;
    @Autowired
    ConsolidationService consolidation;
    @Autowired
    UserService users;
    @Autowired
    OrgService orgs;
    @Autowired
    ManagementService management;

    private CycleFixture fixture;
    private ApiClient api;
    private TestOrgs test;
    /** Xã Hòa Dương: its name's diacritics are in the files' names. */
    private TestOrgs.Commune place;

    @BeforeEach
    void setUp() {
        fixture = new CycleFixture(plans, reporting, users, orgs, management);
        api = new ApiClient(port);
        test = new TestOrgs(orgs, users);
        place = test.commune("hoaduong", "Hòa Dương");
    }

    @AfterEach
    void realTime() {
        ProcessJobs.resetClock();
    }

    @Test
    void theIssuedPlanAndTheApprovedReportDownloadAsDocxForThoseWhoMayReadThem() throws Exception {
        CycleFixture.OpenPeriod cycle = fixture.periodOpenFor(place, YEAR);
        long reportId = approvedConsolidatedReport(cycle);
        Plan plan = plans.load(cycle.planId());
        ConsolidatedReport report = consolidation.load(reportId);
        assertThat(report.documentNumber()).matches("\\d+/BC-UBND");
        String planPath = "/api/v1/plans/" + cycle.planId() + "/document.docx";
        String reportPath = "/api/v1/consolidated-reports/" + reportId + "/document.docx";

        String officer = place.commune().officer();
        String reporter = place.policeReporter();
        HttpResponse<byte[]> planDocx = download(officer, planPath);
        assertThat(planDocx.statusCode()).isEqualTo(200);
        assertThat(planDocx.headers().firstValue("Content-Type")).hasValue(DOCX);
        assertThat(planDocx.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"KH-"
                + plan.docNumber() + "-" + YEAR + "-Hoa-Duong-" + test.suffix() + ".docx\"; filename*=UTF-8''KH-"
                + plan.docNumber() + "-" + YEAR + "-H%C3%B2a-D%C6%B0%C6%A1ng-" + test.suffix() + ".docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(planDocx.body()))) {
            assertThat(doc.getTables().get(0).getRow(1).getCell(0).getText())
                    .isEqualTo("Số: " + plan.documentNumber());
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("KẾ HOẠCH", "Thử năm " + YEAR)
                    .anyMatch(text -> text.startsWith("Thực hiện Kế hoạch số 9/KH-UBND"));
        }

        HttpResponse<byte[]> reportDocx = download(place.commune().leader(), reportPath);
        assertThat(reportDocx.statusCode()).isEqualTo(200);
        assertThat(reportDocx.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value)
                .startsWith("attachment; filename=\"BC-" + report.docNumber() + "-" + YEAR + "-Hoa-Duong-"
                        + test.suffix() + ".docx\""));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(reportDocx.body()))) {
            assertThat(doc.getTables().get(0).getRow(1).getCell(0).getText())
                    .isEqualTo("Số: " + report.documentNumber());
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).contains("BÁO CÁO",
                    "Kết quả thực hiện công tác trẻ em 6 tháng đầu năm " + YEAR, "I. KẾT QUẢ THỰC HIỆN",
                    "Báo cáo 6 tháng năm " + YEAR + " của xã Hòa Dương.");
        }
        // the district above reads both
        assertThat(download(place.district().officer(), planPath).statusCode()).isEqualTo(200);
        assertThat(download(place.district().officer(), reportPath).statusCode()).isEqualTo(200);

        // the assigned police reads the plan, not the commune's report; a unit of another commune neither:
        // each exactly as the JSON of the same resource answers
        String otherUnit = reporterOfAnotherCommune();
        for (String user : new String[] {reporter, otherUnit}) {
            for (String path : new String[] {planPath, reportPath}) {
                int json = api.get(user, path.replace("/document.docx", "")).status();
                assertThat(download(user, path).statusCode()).as("%s %s", user, path).isEqualTo(json);
            }
        }
        assertThat(download(reporter, planPath).statusCode()).isEqualTo(200);
        assertThat(download(reporter, reportPath).statusCode()).isEqualTo(404);
        assertThat(download(otherUnit, planPath).statusCode()).isEqualTo(404);
        assertThat(download(otherUnit, reportPath).statusCode()).isEqualTo(404);
    }

    @Test
    void thePlanDocxConvertsToPdfWithLibreOffice() throws Exception {
        CycleFixture.OpenPeriod cycle = fixture.periodOpenFor(place, YEAR + 1);
        HttpResponse<byte[]> docx = download(place.commune().officer(), "/api/v1/plans/" + cycle.planId() + "/document.docx");
        assertThat(docx.statusCode()).isEqualTo(200);

        Path folder = Files.createTempDirectory("ctte-docx-");
        Path profile = Files.createTempDirectory("lo-");
        try {
            Path input = Files.write(folder.resolve("ke-hoach.docx"), docx.body());
            Process soffice = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                    "--convert-to", "pdf", "--outdir", folder.toString(), input.toString())
                    .redirectErrorStream(true).redirectOutput(folder.resolve("soffice.log").toFile()).start();
            boolean finished = soffice.waitFor(120, TimeUnit.SECONDS);
            if (!finished) {
                soffice.destroyForcibly();
            }
            assertThat(finished).as("LibreOffice finished within 120 s").isTrue();
            Path pdf = folder.resolve("ke-hoach.pdf");
            assertThat(pdf).as("soffice said: %s", Files.readString(folder.resolve("soffice.log"))).exists();
            byte[] bytes = Files.readAllBytes(pdf);
            assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(bytes.length).isGreaterThan(5_000);
        } finally {
            delete(folder);
            delete(profile);
        }
    }

    private long approvedConsolidatedReport(CycleFixture.OpenPeriod cycle) {
        UserAccount police = fixture.user(place.policeReporter());
        UserAccount officer = fixture.user(place.commune().officer());
        reporting.acknowledge(police, cycle.policeReportId());
        reporting.submit(police, cycle.policeReportId(), new UnitReportForm("Tổ chức 03 buổi tuyên truyền.", "", ""));
        reporting.accept(officer, cycle.policeReportId());
        ProcessJobs.runDue(management); // every report accepted: the consolidation starts
        long id = consolidation.ofPeriod(cycle.periodId(), place.commune().id()).orElseThrow().id();
        consolidation.submitForApproval(officer, id, "Báo cáo 6 tháng năm " + cycle.year() + " của xã Hòa Dương.");
        consolidation.approve(fixture.user(place.commune().leader()), id);
        ProcessJobs.runDue(management);
        return id;
    }

    /** A police station of another commune-level area of the same district and its reporter. */
    private String reporterOfAnotherCommune() {
        TestOrgs.Area other = test.area(place.district().id(), "Phường Phú La", "COMMUNE", "phula");
        long police = test.agency(other.id(), "Công an phường Phú La", "POLICE");
        return test.user("congan.phula", police, Role.REPORTER);
    }

    private HttpResponse<byte[]> download(String user, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", basic(user, TestOrgs.PASSWORD)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
