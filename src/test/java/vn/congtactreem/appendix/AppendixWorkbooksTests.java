package vn.congtactreem.appendix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import vn.congtactreem.document.SheetError;
import vn.congtactreem.document.Texts;
import vn.congtactreem.document.XlsxWriter;

class AppendixWorkbooksTests {

    private static final Texts TEXTS = (key, args) -> key.equals("appendix.xlsx.rowKey") ? "Mã dòng" : "Nội dung";
    private static final AppendixForm FORM = new AppendixForm(7, 10, "k", 1, "Trẻ em được hỗ trợ", RowMode.FIXED,
            List.of(new FormRow("r1", "Trẻ em mồ côi"), new FormRow("r2", "Trẻ em khuyết tật")),
            List.of(new FormColumn("c1", "Số trẻ em", ColumnKind.NUMBER, true),
                    new FormColumn("c2", "Có sổ theo dõi", ColumnKind.YES_NO, false)));
    private static final List<AppendixWorkbooks.Part> PARTS = List.of(new AppendixWorkbooks.Part(FORM, FORM.rows(),
            Map.of(new CellRef(7, "r1", "c1"), CellValue.of(new BigDecimal("3")))));

    @Test
    void aFilledTemplateComesBackAsTypedCells() throws Exception {
        byte[] filled = edit(AppendixWorkbooks.template(TEXTS, "Công an xã", PARTS), sheet -> {
            assertThat(sheet.getRow(XlsxWriter.HEADER_ROW).getCell(2).getStringCellValue()).isEqualTo("3");
            sheet.getRow(XlsxWriter.HEADER_ROW).getCell(2).setCellValue(12.5);
            sheet.getRow(XlsxWriter.HEADER_ROW).createCell(3).setCellValue("Có");
            sheet.getRow(XlsxWriter.HEADER_ROW + 1).createCell(2).setCellValue("1.234");
        });
        AppendixWorkbooks.Result result = AppendixWorkbooks.read(filled, PARTS);
        assertThat(result.errors()).isEmpty();
        assertThat(result.cells()).contains(new CellInput(7, "r1", "c1", "12.5"), new CellInput(7, "r1", "c2", "Có"),
                new CellInput(7, "r2", "c1", "1.234"), new CellInput(7, "r2", "c2", ""));
    }

    @Test
    void everyProblemIsListedWithItsCellAndNothingIsRead() throws Exception {
        byte[] filled = edit(AppendixWorkbooks.template(TEXTS, "Công an xã", PARTS), sheet -> {
            sheet.getRow(XlsxWriter.HEADER_ROW).getCell(2).setCellValue("ba");
            sheet.getRow(XlsxWriter.HEADER_ROW + 1).createCell(3).setCellValue("có lẽ");
            sheet.createRow(XlsxWriter.HEADER_ROW + 2).createCell(0).setCellValue("r9");
        });
        AppendixWorkbooks.Result result = AppendixWorkbooks.read(filled, PARTS);
        assertThat(result.cells()).isEmpty();
        assertThat(result.errors()).extracting(SheetError::sheet, SheetError::cell, SheetError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PL1", "C5", "appendix.error.notNumber"),
                        org.assertj.core.groups.Tuple.tuple("PL1", "D6", "appendix.error.notYesNo"),
                        org.assertj.core.groups.Tuple.tuple("PL1", "A7", "appendix.xlsx.error.unknownRow"));
    }

    @Test
    void notAWorkbookIsRefused() {
        assertThat(AppendixWorkbooks.read("không phải Excel".getBytes(), PARTS).errors())
                .extracting(SheetError::messageKey).containsExactly("xlsx.error.unreadable");
    }

    private static byte[] edit(byte[] content, java.util.function.Consumer<Sheet> change) throws Exception {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            change.accept(workbook.getSheet("PL1"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
