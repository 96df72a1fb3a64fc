package vn.congtactreem.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.base.NotAllowedException;
import vn.congtactreem.document.SheetError;
import vn.congtactreem.document.SpreadsheetImportException;
import vn.congtactreem.document.Texts;
import vn.congtactreem.indicator.IndicatorCatalog;
import vn.congtactreem.indicator.IndicatorValues;
import vn.congtactreem.indicator.PlanTargets;
import vn.congtactreem.indicator.Reading;
import vn.congtactreem.indicator.TargetStatus;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.IndicatorFixture;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestOrgs;

/**
 * The police fill their template offline and upload it: a good file is saved (the texts stay), a
 * file with errors lists every one and changes nothing, and the figures — the unit's and, once
 * accepted, the commune's rolled up — come back as workbooks.
 */
class ReportSpreadsheetsIntegrationTests extends PostgresIntegrationTest {

    private static int nextYear = 2150;

    @Autowired
    ReportSpreadsheets spreadsheets;
    @Autowired
    ReportingService reporting;
    @Autowired
    ConsolidationService consolidation;
    @Autowired
    ReportFigures figures;
    @Autowired
    IndicatorValues values;
    @Autowired
    PlanService plans;
    @Autowired
    PlanTargets targets;
    @Autowired
    IndicatorCatalog catalog;
    @Autowired
    UserService users;
    @Autowired
    OrgService orgs;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MessageSource messages;

    private CycleFixture fixture;
    private TestOrgs.Commune place;
    private CycleFixture.OpenPeriod cycle;
    private IndicatorFixture.Asked asked;
    private UserAccount police;
    private Texts vietnamese;

    @BeforeEach
    void thePoliceReportAsksForFiveIndicators() {
        fixture = new CycleFixture(plans, reporting, users, orgs, management);
        place = new TestOrgs(orgs, users).commune("bangtinh");
        cycle = fixture.periodOpenFor(place, nextYear++);
        asked = new IndicatorFixture(jdbc, catalog, targets).targetsFor(cycle, place.police());
        police = fixture.user(place.policeReporter());
        reporting.acknowledge(police, cycle.policeReportId());
        reporting.saveDraft(police, cycle.policeReportId(), new UnitReportForm("Đã tuyên truyền tại 6 thôn",
                "Địa bàn rộng", "Thêm kinh phí", List.of(new Reading(asked.caredFor().id(), 60L, 100L, false))));
        vietnamese = Texts.of(messages, Locale.forLanguageTag("vi"));
    }

    @AfterEach
    void realTime() {
        ProcessJobs.resetClock();
    }

    private byte[] filledTemplate(Consumer<XSSFSheet> fill) throws IOException {
        byte[] template = spreadsheets.template(police, cycle.policeReportId(), vietnamese).content();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            fill.accept(workbook.getSheet("Số liệu"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void set(XSSFSheet sheet, String cell, Object value) {
        var row = sheet.getRow(Integer.parseInt(cell.substring(1)) - 1);
        var c = row.getCell(cell.charAt(0) - 'A') == null ? row.createCell(cell.charAt(0) - 'A')
                : row.getCell(cell.charAt(0) - 'A');
        if (value instanceof Number n) {
            c.setCellValue(n.doubleValue());
        } else {
            c.setCellValue(String.valueOf(value));
        }
    }

    @Test
    void theTemplateListsTheUnitsIndicatorsWithTheirTargetsAndWhatIsSaved() throws IOException {
        var file = spreadsheets.template(police, cycle.policeReportId(), vietnamese);
        assertThat(file.fileName()).isEqualTo("Mẫu số liệu - " + place.policeName() + " - 6 tháng " + cycle.year() + ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            XSSFSheet sheet = workbook.getSheet("Số liệu");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Kế hoạch thử năm " + cycle.year() + " · 6 tháng " + cycle.year());
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(cycle.policeReportId());
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo(asked.caredFor().code());
            assertThat(sheet.getRow(4).getCell(4).getNumericCellValue()).isEqualTo(60);
            assertThat(sheet.getRow(4).getCell(5).getNumericCellValue()).isEqualTo(100);
            // the requirement under the plan's own number of the target
            assertThat(sheet.getRow(4).getCell(8).getStringCellValue()).isEqualTo("Chỉ tiêu 1: > 95 %");
            assertThat(sheet.getRow(7).getCell(8).getStringCellValue()).matches("Chỉ tiêu \\d+: = 0");
            assertThat(sheet.getRow(8).getCell(0).getStringCellValue()).isEqualTo(asked.childFriendly().code());
            assertThat(sheet.getRow(8).getCell(8).getStringCellValue()).matches("Chỉ tiêu \\d+: = Có");
        }
    }

    @Test
    void aCorrectFileIsSavedTheTextsStayAndTheUnitsFiguresShowIt() throws IOException {
        byte[] upload = filledTemplate(sheet -> {
            set(sheet, "E5", 97);
            set(sheet, "F5", 100);
            set(sheet, "E6", 3);
            set(sheet, "F6", 2500);
            set(sheet, "E7", 1);
            set(sheet, "F7", 180);
            set(sheet, "E8", 0);
            set(sheet, "E9", "Có");
        });

        assertThat(spreadsheets.importValues(police, cycle.policeReportId(), upload)).isEqualTo(5);

        Map<Long, Reading> saved = values.ofUnitReport(cycle.policeReportId());
        assertThat(saved).containsEntry(asked.caredFor().id(), new Reading(asked.caredFor().id(), 97L, 100L, false))
                .containsEntry(asked.injuryDeaths().id(), new Reading(asked.injuryDeaths().id(), 0L, null, false))
                .containsEntry(asked.childFriendly().id(), new Reading(asked.childFriendly().id(), 1L, null, false));
        UnitReport report = reporting.load(cycle.policeReportId());
        assertThat(report.results()).isEqualTo("Đã tuyên truyền tại 6 thôn");
        assertThat(report.difficulties()).isEqualTo("Địa bàn rộng");
        assertThat(report.proposals()).isEqualTo("Thêm kinh phí");

        List<TargetFigure> unit = figures.ofUnitReport(cycle.policeReportId());
        assertThat(unit).extracting(f -> f.target().indicator().code(), f -> f.figure().value().toPlainString(), TargetFigure::status)
                .containsExactly(
                        tuple(asked.caredFor().code(), "97", TargetStatus.ACHIEVED),
                        tuple(asked.injuries().code(), "120", TargetStatus.ON_TRACK),
                        tuple(asked.infantDeaths().code(), "5.555556", TargetStatus.ACHIEVED),
                        tuple(asked.injuryDeaths().code(), "0", TargetStatus.ACHIEVED),
                        tuple(asked.childFriendly().code(), "1", TargetStatus.ACHIEVED));
    }

    @Test
    void aFileWithSeveralErrorsListsEachAndSavesNothing() throws IOException {
        Map<Long, Reading> before = values.ofUnitReport(cycle.policeReportId());
        Integer rowsBefore = jdbc.queryForObject("select count(*) from indicator_value where unit_report_id = ?",
                Integer.class, cycle.policeReportId());
        byte[] upload = filledTemplate(sheet -> {
            set(sheet, "E5", "chín mươi");
            set(sheet, "E6", 7);
            set(sheet, "F6", 5);
            set(sheet, "E7", 1);
            set(sheet, "F7", 0);
            set(sheet, "E8", -2);
            set(sheet, "E9", "Có");
            var row = sheet.createRow(9);
            row.createCell(0).setCellValue("KHONG-CO");
            row.createCell(4).setCellValue(4);
        });

        SpreadsheetImportException refused = catchThrowableOfType(
                () -> spreadsheets.importValues(police, cycle.policeReportId(), upload), SpreadsheetImportException.class);

        assertThat(refused.errors()).extracting(SheetError::sheet, SheetError::row, SheetError::column)
                .containsExactly(tuple("Số liệu", 5, "E"), tuple("Số liệu", 6, "E"), tuple("Số liệu", 7, "F"),
                        tuple("Số liệu", 8, "E"), tuple("Số liệu", 10, "A"));
        assertThat(refused.errors()).extracting(e -> e.message(vietnamese)).containsExactly(
                "\"chín mươi\" không phải là số: nhập số nguyên.",
                "Tử số (Số trẻ em bị tai nạn, thương tích) không được lớn hơn mẫu số (Tổng số trẻ em).",
                "Mẫu số bằng 0 (Số trẻ đẻ ra sống) nên không tính được tỷ lệ: nếu đơn vị không có đối tượng này, "
                        + "để trống cả hai ô.",
                "Số liệu không được âm.",
                "Mã chỉ tiêu \"KHONG-CO\" không có trong danh mục.");
        assertThat(values.ofUnitReport(cycle.policeReportId())).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from indicator_value where unit_report_id = ?",
                Integer.class, cycle.policeReportId())).isEqualTo(rowsBefore);
    }

    @Test
    void onlyTheUnitsReportersImportAndOnlyWhileTheyWrite() throws IOException {
        byte[] upload = filledTemplate(sheet -> set(sheet, "E8", 1));
        assertThatThrownBy(() -> spreadsheets.importValues(fixture.user(place.healthReporter()), cycle.policeReportId(), upload))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> spreadsheets.template(fixture.user(place.healthReporter()), cycle.policeReportId(), vietnamese))
                .isInstanceOf(NotAllowedException.class);
        assertThat(spreadsheets.template(fixture.user(place.commune().officer()), cycle.policeReportId(), vietnamese).content())
                .isNotEmpty();
        assertThatThrownBy(() -> spreadsheets.importValues(fixture.user(place.commune().officer()), cycle.policeReportId(), upload))
                .isInstanceOf(NotAllowedException.class);
        assertThat(values.ofUnitReport(cycle.policeReportId())).doesNotContainKey(asked.injuryDeaths().id());
    }

    @Test
    void onceAcceptedTheCommunesFiguresRollUpIntoAWorkbookWithTheirSources() throws IOException {
        spreadsheets.importValues(police, cycle.policeReportId(), filledTemplate(sheet -> {
            set(sheet, "E5", 97);
            set(sheet, "F5", 100);
            set(sheet, "E6", 3);
            set(sheet, "F6", 2500);
            set(sheet, "E7", 1);
            set(sheet, "F7", 180);
            set(sheet, "E8", 2);
            set(sheet, "E9", "Không");
        }));
        reporting.submit(police, cycle.policeReportId(), null);
        reporting.accept(fixture.user(place.commune().officer()), cycle.policeReportId());
        ProcessJobs.runDue(management);
        long consolidatedId = consolidation.ofPeriod(cycle.periodId(), place.commune().id()).orElseThrow().id();

        var file = spreadsheets.consolidatedFigures(fixture.user(place.commune().officer()), consolidatedId, vietnamese);
        assertThat(file.fileName()).isEqualTo("Số liệu - " + place.commune().name() + " - 6 tháng " + cycle.year() + ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            XSSFSheet sheet = workbook.getSheet("Số liệu");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Số liệu chỉ tiêu — " + place.commune().name());
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo(asked.caredFor().code());
            assertThat(sheet.getRow(4).getCell(4).getNumericCellValue()).isEqualTo(97);
            assertThat(sheet.getRow(4).getCell(5).getNumericCellValue()).isEqualTo(100);
            assertThat(sheet.getRow(4).getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(4).getCell(6).getNumericCellValue()).isEqualTo(97);
            assertThat(sheet.getRow(4).getCell(8).getStringCellValue()).isEqualTo("Đạt");
            assertThat(sheet.getRow(7).getCell(8).getStringCellValue()).isEqualTo("Đúng tiến độ");
            assertThat(sheet.getRow(8).getCell(6).getNumericCellValue()).isEqualTo(0);
            XSSFSheet sources = workbook.getSheet("Nguồn số liệu");
            assertThat(sources.getRow(4).getCell(0).getStringCellValue()).isEqualTo(asked.caredFor().code());
            assertThat(sources.getRow(4).getCell(1).getStringCellValue()).isEqualTo(place.policeName());
            assertThat(sources.getRow(4).getCell(5).getHyperlink().getAddress())
                    .endsWith("/reports/" + cycle.policeReportId());
        }
        assertThatThrownBy(() -> spreadsheets.consolidatedFigures(fixture.user(place.policeReporter()), consolidatedId,
                vietnamese)).isInstanceOf(NotAllowedException.class);
    }
}
