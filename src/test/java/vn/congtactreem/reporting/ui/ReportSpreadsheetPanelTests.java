package vn.congtactreem.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.document.ui.XlsxDownloadLink;
import vn.congtactreem.indicator.IndicatorCatalog;
import vn.congtactreem.indicator.IndicatorValues;
import vn.congtactreem.indicator.PlanTargets;
import vn.congtactreem.indicator.Reading;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReportForm;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.IndicatorFixture;
import vn.congtactreem.support.KaribuUiTest;
import vn.congtactreem.support.TestOrgs;
import vn.congtactreem.support.ProcessJobs;

/** The report page's Excel panel as the police reporter and the commune officer use it. */
class ReportSpreadsheetPanelTests extends KaribuUiTest {

    private static int nextYear = 2190;

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

    private CycleFixture.OpenPeriod cycle;
    private IndicatorFixture.Asked asked;

    /** This test's commune, its police and health station and their people (made by the fixture). */
    private TestOrgs.Commune place;

    @BeforeEach
    void thePoliceReportAsksForFiveIndicators() {
        place = testOrgs().commune("bangtinh");
        CycleFixture fixture = new CycleFixture(plans, reporting, users, orgs, management);
        cycle = fixture.periodOpenFor(place, nextYear++);
        asked = new IndicatorFixture(jdbc, catalog, targets).targetsFor(cycle, place.police());
        reporting.acknowledge(fixture.user(place.policeReporter()), cycle.policeReportId());
        reporting.saveDraft(fixture.user(place.policeReporter()), cycle.policeReportId(),
                new UnitReportForm("Đã tuyên truyền tại 6 thôn", "", ""));
    }

    @AfterEach
    void realTime() {
        ProcessJobs.resetClock();
    }

    private ReportSpreadsheetPanel openAsThePolice() {
        login(place.policeReporter());
        UI.getCurrent().navigate("reports/" + cycle.policeReportId());
        return _get(ReportSpreadsheetPanel.class);
    }

    private static byte[] fill(byte[] template, Consumer<XSSFSheet> fill) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            fill.accept(workbook.getSheet("Số liệu"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aBadFileIsListedErrorByErrorAndNothingIsSavedThenAGoodOneIsSaved() throws IOException {
        ReportSpreadsheetPanel panel = openAsThePolice();
        assertThat(panel.upload.getAcceptedFileTypes()).contains(".xlsx");
        assertThat(panel.upload.getMaxFileSize()).isEqualTo(5 * 1024 * 1024);
        assertThat(panel.errors.isVisible()).isFalse();
        byte[] template = panel.template.build().content();

        panel.receive("so-lieu-cong-an.xlsx", fill(template, sheet -> {
            sheet.getRow(4).getCell(4).setCellValue("mười");
            sheet.getRow(4).getCell(5).setCellValue(100);
            sheet.getRow(6).getCell(4).setCellValue(1);
            sheet.getRow(6).getCell(5).setCellValue(0);
            sheet.createRow(9).createCell(0).setCellValue("KHONG-CO");
        }));

        assertThat(panel.errorSummary.getText())
                .isEqualTo("Tệp so-lieu-cong-an.xlsx có 3 lỗi, chưa lưu số liệu nào. Sửa các lỗi sau rồi tải lên lại:");
        assertThat(panel.errors.isVisible()).isTrue();
        assertThat(panel.errors.getChildren().map(item -> item.getElement().getText()).toList()).containsExactly(
                "Trang \"Số liệu\", dòng 5, cột E: \"mười\" không phải là số: nhập số nguyên.",
                "Trang \"Số liệu\", dòng 7, cột F: Mẫu số bằng 0 (Số trẻ đẻ ra sống) nên không tính được tỷ lệ: "
                        + "nếu đơn vị không có đối tượng này, để trống cả hai ô.",
                "Trang \"Số liệu\", dòng 10, cột A: Mã chỉ tiêu \"KHONG-CO\" không có trong danh mục.");
        assertThat(values.ofUnitReport(cycle.policeReportId())).isEmpty();

        panel.receive("so-lieu-cong-an.xlsx", fill(template, sheet -> {
            sheet.getRow(4).getCell(4).setCellValue(97);
            sheet.getRow(4).getCell(5).setCellValue(100);
            sheet.getRow(8).getCell(4).setCellValue("Có");
        }));

        assertThat(values.ofUnitReport(cycle.policeReportId()))
                .containsEntry(asked.caredFor().id(), new Reading(asked.caredFor().id(), 97L, 100L, false))
                .containsEntry(asked.childFriendly().id(), new Reading(asked.childFriendly().id(), 1L, null, false));
        assertThat(reporting.load(cycle.policeReportId()).results()).isEqualTo("Đã tuyên truyền tại 6 thôn");
        // the page was shown again: a fresh panel without errors, the texts as saved
        ReportSpreadsheetPanel shownAgain = _get(ReportSpreadsheetPanel.class);
        assertThat(shownAgain).isNotSameAs(panel);
        assertThat(shownAgain.errors.isVisible()).isFalse();
        assertThat(_get(UnitReportView.class).results.getValue()).isEqualTo("Đã tuyên truyền tại 6 thôn");
    }

    @Test
    void theOfficerDownloadsTheTemplateAndFiguresButImportsNothing() throws IOException {
        login(place.commune().officer());
        UI.getCurrent().navigate("reports/" + cycle.policeReportId());
        ReportSpreadsheetPanel panel = _get(ReportSpreadsheetPanel.class);
        assertThat(panel.upload).isNull();
        assertThat(panel.template.getText()).isEqualTo(" Tải mẫu Excel");
        assertThat(panel.figures.getText()).isEqualTo(" Xuất Excel số liệu");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(panel.figures.build().content()))) {
            assertThat(workbook.getSheet("Số liệu").getRow(4).getCell(1).getStringCellValue())
                    .isEqualTo(asked.caredFor().code());
        }
    }

    @Test
    void thePlanPageExportsItsTargets() throws IOException {
        login(place.commune().officer());
        UI.getCurrent().navigate("plans/" + cycle.planId());
        XlsxDownloadLink link = _get(XlsxDownloadLink.class, spec -> spec.withClasses("plan-targets-xlsx"));
        assertThat(link.isVisible()).isTrue();
        assertThat(link.getText()).isEqualTo(" Xuất Excel chỉ tiêu");
        var file = link.build();
        assertThat(file.fileName()).isEqualTo("Chỉ tiêu - Kế hoạch thử năm " + cycle.year() + ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            assertThat(workbook.getSheet("Chỉ tiêu").getRow(4).getCell(1).getStringCellValue())
                    .isEqualTo(asked.caredFor().code());
            assertThat(workbook.getSheet("Chỉ tiêu").getRow(4).getCell(9).getStringCellValue())
                    .isEqualTo(place.policeName());
        }
    }
}
