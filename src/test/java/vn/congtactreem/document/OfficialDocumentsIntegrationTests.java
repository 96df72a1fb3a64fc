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
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
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
import vn.congtactreem.org.UserForm;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.ConsolidatedReport;
import vn.congtactreem.reporting.ConsolidationService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReportForm;
import vn.congtactreem.security.SystemAuthentication;
import vn.congtactreem.support.ApiClient;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.ProcessJobs;
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

    @BeforeEach
    void setUp() {
        fixture = new CycleFixture(plans, reporting, users, orgs, management);
        api = new ApiClient(port);
    }

    @AfterEach
    void realTime() {
        ProcessJobs.resetClock();
    }

    @Test
    void theIssuedPlanAndTheApprovedReportDownloadAsDocxForThoseWhoMayReadThem() throws Exception {
        CycleFixture.OpenPeriod cycle = fixture.periodOpenForThePolice(YEAR);
        long reportId = approvedConsolidatedReport(cycle);
        Plan plan = plans.load(cycle.planId());
        ConsolidatedReport report = consolidation.load(reportId);
        assertThat(report.documentNumber()).matches("\\d+/BC-UBND");
        String planPath = "/api/v1/plans/" + cycle.planId() + "/document.docx";
        String reportPath = "/api/v1/consolidated-reports/" + reportId + "/document.docx";

        HttpResponse<byte[]> planDocx = download("canbo.anduong", planPath);
        assertThat(planDocx.statusCode()).isEqualTo(200);
        assertThat(planDocx.headers().firstValue("Content-Type")).hasValue(DOCX);
        assertThat(planDocx.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"KH-"
                + plan.docNumber() + "-" + YEAR + "-An-Duong.docx\"; filename*=UTF-8''KH-" + plan.docNumber() + "-"
                + YEAR + "-An-D%C6%B0%C6%A1ng.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(planDocx.body()))) {
            assertThat(doc.getTables().get(0).getRow(1).getCell(0).getText())
                    .isEqualTo("Số: " + plan.documentNumber());
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("KẾ HOẠCH", "Thử năm " + YEAR)
                    .anyMatch(text -> text.startsWith("Căn cứ Kế hoạch số 9/KH-UBND"));
        }

        HttpResponse<byte[]> reportDocx = download("lanhdao.anduong", reportPath);
        assertThat(reportDocx.statusCode()).isEqualTo(200);
        assertThat(reportDocx.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value)
                .startsWith("attachment; filename=\"BC-" + report.docNumber() + "-" + YEAR + "-An-Duong.docx\""));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(reportDocx.body()))) {
            assertThat(doc.getTables().get(0).getRow(1).getCell(0).getText())
                    .isEqualTo("Số: " + report.documentNumber());
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).contains("BÁO CÁO",
                    "Kết quả thực hiện công tác trẻ em 6 tháng đầu năm " + YEAR, "I. KẾT QUẢ THỰC HIỆN",
                    "Báo cáo 6 tháng năm " + YEAR + " của xã An Dương.");
        }
        // the district above reads both
        assertThat(download("canbo.tanyen", planPath).statusCode()).isEqualTo(200);
        assertThat(download("canbo.tanyen", reportPath).statusCode()).isEqualTo(200);

        // the assigned police reads the plan, not the commune's report; a unit of another commune neither:
        // each exactly as the JSON of the same resource answers
        String otherUnit = reporterOfAnotherCommune();
        for (String user : new String[] {"congan.anduong", otherUnit}) {
            for (String path : new String[] {planPath, reportPath}) {
                int json = api.get(user, path.replace("/document.docx", "")).status();
                assertThat(download(user, path).statusCode()).as("%s %s", user, path).isEqualTo(json);
            }
        }
        assertThat(download("congan.anduong", planPath).statusCode()).isEqualTo(200);
        assertThat(download("congan.anduong", reportPath).statusCode()).isEqualTo(404);
        assertThat(download(otherUnit, planPath).statusCode()).isEqualTo(404);
        assertThat(download(otherUnit, reportPath).statusCode()).isEqualTo(404);
    }

    @Test
    void thePlanDocxConvertsToPdfWithLibreOffice() throws Exception {
        CycleFixture.OpenPeriod cycle = fixture.periodOpenForThePolice(YEAR + 1);
        HttpResponse<byte[]> docx = download("canbo.anduong", "/api/v1/plans/" + cycle.planId() + "/document.docx");
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
        UserAccount police = fixture.user("congan.anduong");
        UserAccount officer = fixture.user("canbo.anduong");
        reporting.acknowledge(police, cycle.policeReportId());
        reporting.submit(police, cycle.policeReportId(), new UnitReportForm("Tổ chức 03 buổi tuyên truyền.", "", ""));
        reporting.accept(officer, cycle.policeReportId());
        ProcessJobs.runDue(management); // every report accepted: the consolidation starts
        long id = consolidation.ofPeriod(cycle.periodId(), fixture.org("Xã An Dương")).orElseThrow().id();
        consolidation.submitForApproval(officer, id, "Báo cáo 6 tháng năm " + cycle.year() + " của xã An Dương.");
        consolidation.approve(fixture.user("lanhdao.anduong"), id);
        ProcessJobs.runDue(management);
        return id;
    }

    /** A police station of Phường Phú La (another commune-level area) and its reporter. */
    private String reporterOfAnotherCommune() {
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(60_466_176L, 2_176_782_336L), 36);
        long police = SystemAuthentication.runAsSystem(() -> orgs.createAgency(fixture.org("Phường Phú La"),
                "Công an phường Phú La " + suffix, "POLICE").id());
        String username = "congan.phula." + suffix;
        SystemAuthentication.runAsSystem(() -> users.createDemoAccount(new UserForm(username, "Cán bộ " + username, null, police,
                Set.of(Role.REPORTER), "demo123")));
        return username;
    }

    private HttpResponse<byte[]> download(String user, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", basic(user, "demo123")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
