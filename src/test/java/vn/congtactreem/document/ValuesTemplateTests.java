package vn.congtactreem.document;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congtactreem.document.Sheets.ASKED;
import static vn.congtactreem.document.Sheets.CARED_FOR;
import static vn.congtactreem.document.Sheets.CHILD_FRIENDLY;
import static vn.congtactreem.document.Sheets.INJURY_DEATHS;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.congtactreem.indicator.Indicator;
import vn.congtactreem.indicator.Reading;

/** The unit's template opened with POI: its rows, what is locked, what each box accepts, the help sheet. */
class ValuesTemplateTests {

    private static final ValuesTemplate.Heading HEADING = new ValuesTemplate.Heading(1234,
            "Công an xã An Dương", "Kế hoạch công tác trẻ em năm 2024", "6 tháng 2024");

    private static byte[] template(Map<Long, Reading> saved) {
        return ValuesTemplate.write(Sheets.VIETNAMESE, HEADING, ASKED.stream()
                .map(i -> new ValuesTemplate.Line(i, i == CARED_FOR ? "> 95 %" : null, saved.get(i.id()))).toList());
    }

    @Test
    void oneRowPerAskedIndicatorWithWhatItCountsItsUnitAndTargetBelowAFrozenHeader() throws Exception {
        try (XSSFWorkbook workbook = Sheets.open(template(Map.of()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Số liệu");
            assertThat(workbook.getSheetName(1)).isEqualTo("Hướng dẫn");
            XSSFSheet sheet = workbook.getSheet("Số liệu");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Số liệu chỉ tiêu của Công an xã An Dương");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Kế hoạch công tác trẻ em năm 2024 · 6 tháng 2024");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Báo cáo số");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(1234);
            XSSFRow header = sheet.getRow(3);
            List<String> headers = new java.util.ArrayList<>();
            header.forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("Mã chỉ tiêu (không sửa)", "Chỉ tiêu", "Tử số (hoặc số liệu) là",
                    "Mẫu số là", "Tử số / Số liệu", "Mẫu số", "Xác nhận", "Đơn vị tính", "Chỉ tiêu kế hoạch");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 4);
            assertThat(sheet.getLastRowNum()).isEqualTo(8);

            XSSFRow rate = sheet.getRow(4);
            assertThat(rate.getCell(0).getStringCellValue()).isEqualTo("BV-01");
            assertThat(rate.getCell(1).getStringCellValue()).isEqualTo("Tỷ lệ trẻ em có hoàn cảnh đặc biệt được chăm sóc");
            assertThat(rate.getCell(2).getStringCellValue()).isEqualTo("Số trẻ em có HCĐB được chăm sóc");
            assertThat(rate.getCell(3).getStringCellValue()).isEqualTo("Tổng số trẻ em có HCĐB");
            assertThat(rate.getCell(4).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(rate.getCell(5).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(rate.getCell(7).getStringCellValue()).isEqualTo("%");
            assertThat(rate.getCell(8).getStringCellValue()).isEqualTo("> 95 %");
            XSSFRow count = sheet.getRow(7);
            assertThat(count.getCell(0).getStringCellValue()).isEqualTo("YT-07");
            assertThat(count.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(count.getCell(7).getStringCellValue()).isEqualTo("trẻ em");
            assertThat(sheet.getRow(8).getCell(2).getStringCellValue()).isEqualTo("Chọn Có hoặc Không");
        }
    }

    @Test
    void onlyTheBoxesToFillAreUnlockedAndTheSheetIsProtectedWithoutPassword() throws Exception {
        try (XSSFWorkbook workbook = Sheets.open(template(Map.of()))) {
            XSSFSheet sheet = workbook.getSheet("Số liệu");
            assertThat(sheet.getProtect()).isTrue();
            assertThat(sheet.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
            XSSFRow rate = sheet.getRow(4);
            for (int column : new int[] {0, 1, 2, 3, 7, 8}) {
                assertThat(rate.getCell(column).getCellStyle().getLocked()).as("column %d", column).isTrue();
            }
            for (int column : new int[] {4, 5, 6}) {
                assertThat(rate.getCell(column).getCellStyle().getLocked()).as("column %d", column).isFalse();
            }
            XSSFRow count = sheet.getRow(7);
            assertThat(count.getCell(4).getCellStyle().getLocked()).isFalse();
            assertThat(count.getCell(5).getCellStyle().getLocked()).as("a count has no denominator").isTrue();
            assertThat(sheet.getRow(2).getCell(1).getCellStyle().getLocked()).as("the report's number").isTrue();
        }
    }

    @Test
    void numberBoxesAcceptWholeNumbersFromZeroOrNotApplicableAndYesNoAListOfCoKhong() throws Exception {
        try (XSSFWorkbook workbook = Sheets.open(template(Map.of()))) {
            XSSFSheet sheet = workbook.getSheet("Số liệu");
            Map<String, DataValidation> byCell = sheet.getDataValidations().stream().collect(Collectors.toMap(
                    v -> {
                        CellRangeAddress range = v.getRegions().getCellRangeAddress(0);
                        return ValuesTemplate.letter(range.getFirstColumn()) + (range.getFirstRow() + 1);
                    }, v -> v, (a, b) -> a));
            // the value box also takes "Không phát sinh" (a formula: a whole number ≥ 0, or that text)
            for (String cell : List.of("E5", "E6", "E7", "E8")) {
                DataValidationConstraint constraint = byCell.get(cell).getValidationConstraint();
                assertThat(constraint.getValidationType()).as(cell)
                        .isEqualTo(DataValidationConstraint.ValidationType.FORMULA);
                assertThat(constraint.getFormula1()).as(cell).contains("ISNUMBER(" + cell + ")", cell + ">=0",
                        "\"Không phát sinh\"");
                assertThat(byCell.get(cell).getShowErrorBox()).isTrue();
                assertThat(byCell.get(cell).getErrorBoxText()).startsWith("Nhập số nguyên không âm")
                        .contains("Không phát sinh");
            }
            for (String cell : List.of("F5", "F6", "F7")) {
                DataValidationConstraint constraint = byCell.get(cell).getValidationConstraint();
                assertThat(constraint.getValidationType()).as(cell).isEqualTo(DataValidationConstraint.ValidationType.INTEGER);
                assertThat(constraint.getOperator()).as(cell)
                        .isEqualTo(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL);
                assertThat(constraint.getFormula1()).isEqualTo("0");
                assertThat(byCell.get(cell).getShowErrorBox()).isTrue();
                assertThat(byCell.get(cell).getErrorBoxText()).startsWith("Nhập số nguyên không âm");
            }
            assertThat(byCell).doesNotContainKey("F8");
            DataValidationConstraint yesNo = byCell.get("E9").getValidationConstraint();
            assertThat(yesNo.getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.LIST);
            assertThat(yesNo.getExplicitListValues()).containsExactly("Có", "Không", "Không phát sinh");
            assertThat(byCell.get("G5").getValidationConstraint().getExplicitListValues()).containsExactly("Có");
        }
    }

    @Test
    void whatIsSavedIsPrefilledAndTheHelpSheetExplainsInVietnamese() throws Exception {
        Map<Long, Reading> saved = Map.of(
                CARED_FOR.id(), new Reading(CARED_FOR.id(), 30L, 100L, true),
                INJURY_DEATHS.id(), new Reading(INJURY_DEATHS.id(), 2L, null, false),
                CHILD_FRIENDLY.id(), new Reading(CHILD_FRIENDLY.id(), 0L, null, false));
        try (XSSFWorkbook workbook = Sheets.open(template(saved))) {
            XSSFSheet sheet = workbook.getSheet("Số liệu");
            assertThat(sheet.getRow(4).getCell(4).getNumericCellValue()).isEqualTo(30);
            assertThat(sheet.getRow(4).getCell(5).getNumericCellValue()).isEqualTo(100);
            assertThat(sheet.getRow(4).getCell(6).getStringCellValue()).isEqualTo("Có");
            assertThat(sheet.getRow(7).getCell(4).getNumericCellValue()).isEqualTo(2);
            assertThat(sheet.getRow(8).getCell(4).getStringCellValue()).isEqualTo("Không");

            XSSFSheet help = workbook.getSheet("Hướng dẫn");
            assertThat(help.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Hướng dẫn điền số liệu — Công an xã An Dương");
            StringBuilder text = new StringBuilder();
            help.forEach(row -> row.forEach(cell -> text.append(cell.getStringCellValue()).append('\n')));
            assertThat(text).contains("Điền số liệu kỳ 6 tháng 2024 vào trang \"Số liệu\"",
                    "không nhập tỷ lệ", "chọn Có ở cột G \"Xác nhận\"", "không lưu số liệu nào");
        }
    }

    @Test
    void aTemplateReadBackUnchangedGivesTheSavedValues() {
        Map<Long, Reading> saved = Map.of(CARED_FOR.id(), new Reading(CARED_FOR.id(), 60L, 100L, false),
                CHILD_FRIENDLY.id(), new Reading(CHILD_FRIENDLY.id(), 1L, null, false));
        ValuesImport.Result result = ValuesImport.read(template(saved), 1234, ASKED, Sheets::byCode);
        assertThat(result.errors()).isEmpty();
        Map<Long, Reading> read = result.readings().stream()
                .collect(Collectors.toMap(Reading::indicatorId, r -> r));
        assertThat(read.get(CARED_FOR.id())).isEqualTo(saved.get(CARED_FOR.id()));
        assertThat(read.get(CHILD_FRIENDLY.id())).isEqualTo(saved.get(CHILD_FRIENDLY.id()));
        assertThat(read.get(INJURY_DEATHS.id()).blank()).isTrue();
        assertThat(read).hasSize(ASKED.size());
    }


    @Test
    void aPlanWithObjectivesGroupsTheRowsUnderMucTieuRowsAndTheImportStillReadsAllOrNothing() throws Exception {
        List<vn.congtactreem.indicator.ObjectiveGroups.Group<ValuesTemplate.Line>> groups = List.of(
                new vn.congtactreem.indicator.ObjectiveGroups.Group<>(null, List.of(
                        new ValuesTemplate.Line(CHILD_FRIENDLY, null, null))),
                new vn.congtactreem.indicator.ObjectiveGroups.Group<>(new vn.congtactreem.indicator.Objective(1,
                        "Giảm tỷ lệ trẻ em bị tai nạn, thương tích"), List.of(
                        new ValuesTemplate.Line(INJURY_DEATHS, "Chỉ tiêu 3: giảm dần", null))),
                new vn.congtactreem.indicator.ObjectiveGroups.Group<>(new vn.congtactreem.indicator.Objective(2,
                        "Chăm sóc trẻ em có hoàn cảnh đặc biệt"), List.of(
                        new ValuesTemplate.Line(CARED_FOR, "Chỉ tiêu 5: > 95 %", null))));
        byte[] template = ValuesTemplate.writeGrouped(Sheets.VIETNAMESE, HEADING, groups);
        try (XSSFWorkbook workbook = Sheets.open(template)) {
            XSSFSheet sheet = workbook.getSheet("Số liệu");
            // the targets outside any objective first, without a heading; then each objective above its own
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("TG-01");
            assertThat(sheet.getRow(5).getCell(0).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue())
                    .isEqualTo("Mục tiêu 1: Giảm tỷ lệ trẻ em bị tai nạn, thương tích");
            assertThat(workbook.getFontAt(sheet.getRow(5).getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getRow(5).getCell(4).getCellStyle().getLocked()).as("nothing to fill").isTrue();
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("YT-07");
            assertThat(sheet.getRow(6).getCell(8).getStringCellValue()).isEqualTo("Chỉ tiêu 3: giảm dần");
            assertThat(sheet.getRow(7).getCell(1).getStringCellValue())
                    .isEqualTo("Mục tiêu 2: Chăm sóc trẻ em có hoàn cảnh đặc biệt");
            assertThat(sheet.getRow(8).getCell(0).getStringCellValue()).isEqualTo("BV-01");
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(5, 5, 1, 8),
                    new CellRangeAddress(7, 7, 1, 8));

            // filled: the heading rows are passed over, every indicator row read
            sheet.getRow(4).getCell(4).setCellValue("Có");
            sheet.getRow(6).getCell(4).setCellValue(2);
            sheet.getRow(8).getCell(4).setCellValue(45);
            sheet.getRow(8).getCell(5).setCellValue(50);
            List<Indicator> asked = List.of(CHILD_FRIENDLY, INJURY_DEATHS, CARED_FOR);
            ValuesImport.Result read = ValuesImport.read(bytes(workbook), 1234, asked, Sheets::byCode);
            assertThat(read.errors()).isEmpty();
            assertThat(read.readings()).extracting(Reading::indicatorId, Reading::numerator).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple(CHILD_FRIENDLY.id(), 1L),
                    org.assertj.core.groups.Tuple.tuple(INJURY_DEATHS.id(), 2L),
                    org.assertj.core.groups.Tuple.tuple(CARED_FOR.id(), 45L));

            // one wrong box anywhere: its row named, nothing read
            sheet.getRow(8).getCell(4).setCellValue(60);
            ValuesImport.Result refused = ValuesImport.read(bytes(workbook), 1234, asked, Sheets::byCode);
            assertThat(refused.ok()).isFalse();
            assertThat(refused.errors()).extracting(SheetError::row).containsOnly(9);
            // a value typed on a heading row is not lost silently either
            sheet.getRow(8).getCell(4).setCellValue(45);
            sheet.getRow(5).getCell(4).setCellValue(3);
            ValuesImport.Result onHeading = ValuesImport.read(bytes(workbook), 1234, asked, Sheets::byCode);
            assertThat(onHeading.ok()).isFalse();
            assertThat(onHeading.errors()).extracting(SheetError::row).containsOnly(6);
        }
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
