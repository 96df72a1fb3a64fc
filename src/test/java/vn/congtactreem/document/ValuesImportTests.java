package vn.congtactreem.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.congtactreem.document.Sheets.ASKED;
import static vn.congtactreem.document.Sheets.CARED_FOR;
import static vn.congtactreem.document.Sheets.CHILD_FRIENDLY;
import static vn.congtactreem.document.Sheets.INFANT_DEATHS;
import static vn.congtactreem.document.Sheets.INJURIES;
import static vn.congtactreem.document.Sheets.INJURY_DEATHS;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.congtactreem.indicator.Reading;

/** A filled template read back: values by code, and every problem by sheet, row and column. */
class ValuesImportTests {

    private static final long REPORT = 1234;

    /** The blank template, filled by {@code fill} as a unit would in Excel. */
    private static byte[] filled(Consumer<XSSFSheet> fill) {
        byte[] blank = ValuesTemplate.write(Sheets.VIETNAMESE, new ValuesTemplate.Heading(REPORT, "Công an xã An Dương",
                "Kế hoạch năm 2024", "6 tháng 2024"), ASKED.stream()
                .map(i -> new ValuesTemplate.Line(i, null, null)).toList());
        XSSFWorkbook workbook = Sheets.open(blank);
        fill.accept(workbook.getSheet("Số liệu"));
        return Sheets.save(workbook);
    }

    private static ValuesImport.Result read(byte[] content) {
        return ValuesImport.read(content, REPORT, ASKED, Sheets::byCode);
    }

    /** Sets a cell by its Excel name ("E5"): numbers as numbers, anything else as text. */
    static void set(XSSFSheet sheet, String cell, Object value) {
        int column = cell.charAt(0) - 'A';
        int row = Integer.parseInt(cell.substring(1)) - 1;
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        var c = r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
        if (value instanceof Number number) {
            c.setCellValue(number.doubleValue());
        } else {
            c.setCellValue(String.valueOf(value));
        }
    }

    @Test
    void aCorrectFileGivesOneReadingPerRow() {
        ValuesImport.Result result = read(filled(sheet -> {
            set(sheet, "E5", 1234);
            set(sheet, "F5", 1296);
            set(sheet, "E6", 3);
            set(sheet, "F6", 2500);
            set(sheet, "E7", "1");        // a number typed in a text cell
            set(sheet, "F7", 180);
            set(sheet, "E8", 0);
            set(sheet, "E9", "Có");
        }));
        assertThat(result.errors()).isEmpty();
        assertThat(result.readings()).containsExactly(
                new Reading(CARED_FOR.id(), 1234L, 1296L, false),
                new Reading(INJURIES.id(), 3L, 2500L, false),
                new Reading(INFANT_DEATHS.id(), 1L, 180L, false),
                new Reading(INJURY_DEATHS.id(), 0L, null, false),
                new Reading(CHILD_FRIENDLY.id(), 1L, null, false));
    }

    @Test
    void notApplicableInTheValueBoxWithAnOptionalNoteIsReadAsSuch() {
        ValuesImport.Result result = read(filled(sheet -> {
            set(sheet, "E5", "Không phát sinh: không có trẻ em có HCĐB");
            set(sheet, "E6", "khong phat sinh");
            set(sheet, "E7", 1);
            set(sheet, "F7", 180);
            set(sheet, "E8", "Không phát sinh");
            set(sheet, "E9", "Không phát sinh");
        }));
        assertThat(result.errors()).isEmpty();
        assertThat(result.readings()).containsExactly(
                Reading.notApplicable(CARED_FOR.id(), "không có trẻ em có HCĐB"),
                Reading.notApplicable(INJURIES.id(), null),
                new Reading(INFANT_DEATHS.id(), 1L, 180L, false),
                Reading.notApplicable(INJURY_DEATHS.id(), null),
                Reading.notApplicable(CHILD_FRIENDLY.id(), null));
    }

    @Test
    void notApplicableWithADenominatorIsAnErrorOnTheDenominator() {
        ValuesImport.Result result = read(filled(sheet -> {
            set(sheet, "E5", "Không phát sinh");
            set(sheet, "F5", 100);
        }));
        assertThat(result.readings()).isEmpty();
        assertThat(result.errors()).extracting(SheetError::row, SheetError::column).containsExactly(tuple(5, "F"));
    }

    @Test
    void aSavedNotApplicableValueIsPrefilledAndReadBackTheSame() {
        byte[] template = ValuesTemplate.write(Sheets.VIETNAMESE, new ValuesTemplate.Heading(REPORT, "Trạm Y tế",
                "Kế hoạch năm 2024", "6 tháng 2024"), List.of(
                new ValuesTemplate.Line(CARED_FOR, null, Reading.notApplicable(CARED_FOR.id(), "không có")),
                new ValuesTemplate.Line(INJURY_DEATHS, null, Reading.notApplicable(INJURY_DEATHS.id(), null))));
        XSSFSheet sheet = Sheets.open(template).getSheet("Số liệu");
        assertThat(sheet.getRow(4).getCell(4).getStringCellValue()).isEqualTo("Không phát sinh: không có");
        assertThat(sheet.getRow(5).getCell(4).getStringCellValue()).isEqualTo("Không phát sinh");
        assertThat(sheet.getDataValidations()).anySatisfy(v -> assertThat(v.getValidationConstraint().getFormula1())
                .contains("Không phát sinh"));
        ValuesImport.Result result = ValuesImport.read(template, REPORT, List.of(CARED_FOR, INJURY_DEATHS),
                Sheets::byCode);
        assertThat(result.errors()).isEmpty();
        assertThat(result.readings()).containsExactly(Reading.notApplicable(CARED_FOR.id(), "không có"),
                Reading.notApplicable(INJURY_DEATHS.id(), null));
    }

    @Test
    void everyErrorIsListedWithSheetRowAndColumnAndNothingIsGoodToSave() {
        ValuesImport.Result result = read(filled(sheet -> {
            set(sheet, "E5", "mười");      // text in a number cell
            set(sheet, "F5", 100);
            set(sheet, "E6", 7);           // numerator above denominator
            set(sheet, "F6", 5);
            set(sheet, "E7", 1);           // zero denominator
            set(sheet, "F7", 0);
            set(sheet, "E8", -1);          // a negative count
            set(sheet, "E9", "Không");     // fine
            set(sheet, "A10", "XX-99");    // unknown code
            set(sheet, "E10", 3);
            set(sheet, "A11", "HT-01");    // in the catalogue, not asked
            set(sheet, "E11", 5);
            set(sheet, "E12", 2.5);        // no code, and a decimal
        }));

        assertThat(result.ok()).isFalse();
        assertThat(result.readings()).isEmpty();
        assertThat(result.errors()).extracting(SheetError::sheet, SheetError::row, SheetError::column,
                SheetError::messageKey).containsExactly(
                tuple("Số liệu", 5, "E", "xlsx.error.notANumber"),
                tuple("Số liệu", 6, "E", "indicator.error.numeratorAboveDenominator"),
                tuple("Số liệu", 7, "F", "indicator.error.zeroDenominator"),
                tuple("Số liệu", 8, "E", "indicator.error.negative"),
                tuple("Số liệu", 10, "A", "xlsx.error.unknownCode"),
                tuple("Số liệu", 11, "A", "xlsx.error.notAsked"),
                tuple("Số liệu", 12, "A", "xlsx.error.codeMissing"));
        assertThat(result.errors()).extracting(e -> e.cell() + ": " + e.message(Sheets.VIETNAMESE)).containsExactly(
                "E5: \"mười\" không phải là số: nhập số nguyên.",
                "E6: Tử số (Số trẻ em bị TNTT) không được lớn hơn mẫu số (Tổng số trẻ em).",
                "F7: Mẫu số bằng 0 (Số trẻ đẻ ra sống) nên không tính được tỷ lệ: nếu đơn vị không có đối tượng "
                        + "này, để trống cả hai ô.",
                "E8: Số liệu không được âm.",
                "A10: Mã chỉ tiêu \"XX-99\" không có trong danh mục.",
                "A11: Chỉ tiêu HT-01 không thuộc các chỉ tiêu đơn vị được giao báo cáo.",
                "A12: Dòng có số liệu nhưng thiếu mã chỉ tiêu.");
    }

    @Test
    void decimalsCodesTwiceAndAWrongAnswerAreErrorsToo() {
        ValuesImport.Result result = read(filled(sheet -> {
            set(sheet, "E5", 95.5);        // a percentage typed instead of the numbers
            set(sheet, "F5", 100);
            set(sheet, "F8", 3);           // a count has no denominator
            set(sheet, "E9", "Có lẽ");
            set(sheet, "G6", "Chắc chắn");
            set(sheet, "A10", "bv-01");    // the same indicator again (codes ignore case)
            set(sheet, "E10", 1);
        }));
        assertThat(result.errors()).extracting(SheetError::cell, SheetError::messageKey).containsExactly(
                tuple("E5", "xlsx.error.notWhole"),
                tuple("G6", "xlsx.error.confirmed"),
                tuple("F8", "xlsx.error.noDenominator"),
                tuple("E9", "xlsx.error.yesNo"),
                tuple("A10", "xlsx.error.duplicate"));
        assertThat(result.errors().get(0).message(Sheets.VIETNAMESE))
                .isEqualTo("95.5 không phải là số nguyên: nhập số người, số vụ… (không nhập tỷ lệ).");
        assertThat(result.errors().get(4).message(Sheets.VIETNAMESE)).isEqualTo("Chỉ tiêu bv-01 đã có ở dòng 5.");
    }

    @Test
    void anUnusualValueNeedsXacNhanCo() {
        ValuesImport.Result unconfirmed = read(filled(sheet -> {
            set(sheet, "E5", 20);
            set(sheet, "F5", 100);
        }));
        assertThat(unconfirmed.errors()).extracting(SheetError::cell, SheetError::messageKey)
                .containsExactly(tuple("G5", "xlsx.error.implausible"));
        assertThat(unconfirmed.errors().get(0).message(Sheets.VIETNAMESE)).isEqualTo(
                "Giá trị 20 % nằm ngoài khoảng thường gặp (50 % – 100 %): kiểm tra lại; nếu đúng, chọn Có ở "
                        + "cột \"Xác nhận\".");

        ValuesImport.Result confirmed = read(filled(sheet -> {
            set(sheet, "E5", 20);
            set(sheet, "F5", 100);
            set(sheet, "G5", "Có");
        }));
        assertThat(confirmed.errors()).isEmpty();
        assertThat(confirmed.readings().get(0)).isEqualTo(new Reading(CARED_FOR.id(), 20L, 100L, true));
    }

    @Test
    void aFileThatIsNoTemplateOfThisReportIsRefusedAsAWhole() {
        assertThat(read("%PDF-1.4 biên bản".getBytes()).errors()).extracting(SheetError::messageKey, SheetError::cell)
                .containsExactly(tuple("xlsx.error.unreadable", ""));

        byte[] renamed = filled(sheet -> sheet.getWorkbook().setSheetName(0, "Sheet1"));
        ValuesImport.Result noSheet = read(renamed);
        assertThat(noSheet.errors()).extracting(SheetError::sheet, SheetError::row, SheetError::messageKey)
                .containsExactly(tuple("Số liệu", null, "xlsx.error.noSheet"));

        ValuesImport.Result other = ValuesImport.read(filled(sheet -> set(sheet, "E8", 1)), 99, ASKED,
                Sheets::byCode);
        assertThat(other.errors()).extracting(SheetError::cell, SheetError::messageKey)
                .containsExactly(tuple("B3", "xlsx.error.otherReport"));
        assertThat(other.errors().get(0).message(Sheets.VIETNAMESE))
                .isEqualTo("Tệp là mẫu của báo cáo số 1234, không phải báo cáo số 99: tải mẫu của báo cáo này.");
    }

    @Test
    void blankRowsWithACodeClearTheValueAndEmptyLinesAreSkipped() {
        ValuesImport.Result result = read(filled(sheet -> set(sheet, "E8", 4)));
        assertThat(result.errors()).isEmpty();
        Map<Long, Reading> byIndicator = new java.util.HashMap<>();
        result.readings().forEach(r -> byIndicator.put(r.indicatorId(), r));
        assertThat(byIndicator.get(INJURY_DEATHS.id())).isEqualTo(new Reading(INJURY_DEATHS.id(), 4L, null, false));
        assertThat(byIndicator.get(CARED_FOR.id()).blank()).isTrue();
        assertThat(List.copyOf(byIndicator.keySet())).hasSize(5);
    }
}
