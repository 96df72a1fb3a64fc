package vn.congtactreem.reporting.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.indicator.IndicatorCatalog;
import vn.congtactreem.indicator.IndicatorValues;
import vn.congtactreem.indicator.PlanTargets;
import vn.congtactreem.indicator.Reading;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.IndicatorFixture;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestOrgs;
import vn.congtactreem.support.WebIntegrationTest;

/**
 * The spreadsheets over HTTP as a script would use them: downloads with their names, the upload of a
 * filled template (400 with every error, nothing saved; then saved), and the scoping: another
 * commune's reporter gets nothing.
 */
class ReportSpreadsheetApiIntegrationTests extends WebIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static int nextYear = 2170;

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
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IndicatorCatalog catalog;
    @Autowired
    PlanTargets targets;
    @Autowired
    IndicatorValues values;

    private final HttpClient http = HttpClient.newHttpClient();
    private CycleFixture.OpenPeriod cycle;
    private IndicatorFixture.Asked asked;
    private TestOrgs test;
    /** The police's reporter, of the commune whose cycle runs. */
    private String police;
    /** A reporter of another commune's police. */
    private String otherCommune;
    /** The commune's officer. */
    private String officer;

    @BeforeEach
    void thePoliceReportAsksForFiveIndicators() {
        CycleFixture fixture = new CycleFixture(plans, reporting, users, orgs, management);
        test = new TestOrgs(orgs, users);
        TestOrgs.Commune built = test.commune("xlsx");
        // the police named with the letters a file name must spell out ("Công an xã An Dương <suffix>")
        String policeName = "Công an xã An Dương";
        long policeId = test.agency(built.commune().id(), policeName, "POLICE");
        police = test.user("congan.andu", policeId, Role.REPORTER);
        TestOrgs.Commune place = new TestOrgs.Commune(built.province(), built.district(), built.commune(), policeId,
                policeName + " " + test.suffix(), police, built.health(), built.healthName(), built.healthReporter());
        cycle = fixture.periodOpenFor(place, nextYear++);
        asked = new IndicatorFixture(jdbc, catalog, targets).targetsFor(cycle, place.police());
        officer = place.commune().officer();
        otherCommune = test.commune("phula").policeReporter();
    }

    @AfterEach
    void realTime() {
        ProcessJobs.resetClock();
    }

    @Test
    void theUnitDownloadsItsTemplateAndAnotherCommunesReporterGetsNothing() throws IOException {
        HttpResponse<byte[]> template = get(police, "/api/v1/reports/" + cycle.policeReportId()
                + "/template.xlsx");
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type").orElseThrow()).isEqualTo(XLSX);
        assertThat(template.headers().firstValue("Content-Disposition").orElseThrow()).isEqualTo(
                "attachment; filename=\"mau-so-lieu-cong-an-xa-an-duong-" + test.suffix() + "-6-thang-" + cycle.year()
                        + ".xlsx\"; "
                        + "filename*=UTF-8''M%E1%BA%ABu%20s%E1%BB%91%20li%E1%BB%87u%20-%20C%C3%B4ng%20an%20x%C3%A3%20"
                        + "An%20D%C6%B0%C6%A1ng%20" + test.suffix() + "%20-%206%20th%C3%A1ng%20" + cycle.year() + ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
            assertThat(workbook.getSheet("Số liệu").getRow(4).getCell(0).getStringCellValue())
                    .isEqualTo(asked.caredFor().code());
        }
        // the commune's officer may read the report, hence its template
        assertThat(get(officer, "/api/v1/reports/" + cycle.policeReportId() + "/template.xlsx")
                .statusCode()).isEqualTo(200);

        String report = "/api/v1/reports/" + cycle.policeReportId();
        assertThat(get(otherCommune, report + "/template.xlsx").statusCode()).isEqualTo(404);
        assertThat(get(otherCommune, report + "/figures.xlsx").statusCode()).isEqualTo(404);
        assertThat(get(otherCommune, "/api/v1/plans/" + cycle.planId() + "/targets.xlsx").statusCode())
                .isEqualTo(404);
        HttpResponse<byte[]> refused = upload(otherCommune, template.body(), "vi");
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(values.ofUnitReport(cycle.policeReportId())).isEmpty();
    }

    @Test
    void aFileWithErrorsIsAnswered400WithEveryErrorAndAGoodOneIsSaved() throws IOException {
        byte[] template = get(police, "/api/v1/reports/" + cycle.policeReportId() + "/template.xlsx")
                .body();
        byte[] bad = fill(template, sheet -> {
            sheet.getRow(4).getCell(4).setCellValue("nhiều");
            sheet.getRow(4).getCell(5).setCellValue(100);
            sheet.getRow(5).getCell(4).setCellValue(7);
            sheet.getRow(5).getCell(5).setCellValue(5);
            sheet.getRow(7).getCell(4).setCellValue(-1);
        });

        HttpResponse<byte[]> refused = upload(police, bad, "vi");
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("title").asText()).isEqualTo("Tệp Excel có lỗi");
        assertThat(problem.get("detail").asText()).isEqualTo(
                "Tệp có 3 lỗi, chưa lưu số liệu nào: sửa hết các lỗi rồi tải lên lại.");
        JsonNode errors = problem.get("errors");
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0).get("sheet").asText()).isEqualTo("Số liệu");
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(5);
        assertThat(errors.get(0).get("column").asText()).isEqualTo("E");
        assertThat(errors.get(0).get("cell").asText()).isEqualTo("E5");
        assertThat(errors.get(0).get("message").asText()).isEqualTo("\"nhiều\" không phải là số: nhập số nguyên.");
        assertThat(errors.get(1).get("cell").asText()).isEqualTo("E6");
        assertThat(errors.get(2).get("cell").asText()).isEqualTo("E8");
        assertThat(errors.get(2).get("message").asText()).isEqualTo("Số liệu không được âm.");
        assertThat(values.ofUnitReport(cycle.policeReportId())).isEmpty();

        JsonNode english = JSON.readTree(upload(police, bad, "en").body());
        assertThat(english.get("title").asText()).isEqualTo("The Excel file has errors");
        assertThat(english.get("errors").get(0).get("message").asText())
                .isEqualTo("\"nhiều\" is not a number: type a whole number.");

        byte[] good = fill(template, sheet -> {
            sheet.getRow(4).getCell(4).setCellValue(97);
            sheet.getRow(4).getCell(5).setCellValue(100);
            sheet.getRow(7).getCell(4).setCellValue(1);
        });
        HttpResponse<byte[]> saved = upload(police, good, "vi");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(saved.body()).get("id").asLong()).isEqualTo(cycle.policeReportId());
        assertThat(values.ofUnitReport(cycle.policeReportId()))
                .containsEntry(asked.caredFor().id(), new Reading(asked.caredFor().id(), 97L, 100L, false))
                .containsEntry(asked.injuryDeaths().id(), new Reading(asked.injuryDeaths().id(), 1L, null, false));

        HttpResponse<byte[]> figures = get(police, "/api/v1/reports/" + cycle.policeReportId()
                + "/figures.xlsx");
        assertThat(figures.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(figures.body()))) {
            assertThat(workbook.getSheet("Số liệu").getRow(4).getCell(6).getNumericCellValue()).isEqualTo(97);
            assertThat(workbook.getSheet("Số liệu").getRow(4).getCell(8).getStringCellValue()).isEqualTo("Đạt");
        }
        HttpResponse<byte[]> planTargets = get(police, "/api/v1/plans/" + cycle.planId() + "/targets.xlsx");
        assertThat(planTargets.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(planTargets.body()))) {
            assertThat(workbook.getSheet("Chỉ tiêu").getLastRowNum()).isEqualTo(8);
        }
    }

    private static byte[] fill(byte[] template, Consumer<XSSFSheet> fill) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            fill.accept(workbook.getSheet("Số liệu"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private HttpResponse<byte[]> get(String user, String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic(user, TestOrgs.PASSWORD))
                .GET().build());
    }

    /** POST /reports/{id}/values.xlsx as a browser's form would send the file. */
    private HttpResponse<byte[]> upload(String user, byte[] content, String language) {
        String boundary = "----xlsx" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"so-lieu.xlsx\"\r\nContent-Type: " + XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(url("/api/v1/reports/" + cycle.policeReportId()
                        + "/values.xlsx")))
                .header("Authorization", basic(user, TestOrgs.PASSWORD)).header("Accept-Language", language)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
