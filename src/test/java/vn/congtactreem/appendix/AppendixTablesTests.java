package vn.congtactreem.appendix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.congtactreem.document.OfficialDocument;
import vn.congtactreem.document.OfficialDocumentDocx;
import vn.congtactreem.document.OfficialStyle;

class AppendixTablesTests {

    private static final AppendixForm PER_UNIT = new AppendixForm(2, 10, "k2", 2, "Kinh phí theo đơn vị",
            RowMode.ONE_PER_UNIT, List.of(), List.of(new FormColumn("c1", "Kinh phí", ColumnKind.NUMBER, true),
            new FormColumn("c2", "Có kế hoạch riêng", ColumnKind.YES_NO, false)));

    @Test
    void thePlanPrintsEachFormBlankAfterTheSignature() throws Exception {
        List<OfficialDocument.Section> blank = AppendixTables.blank(List.of(PER_UNIT),
                List.of(new FormRow("unit-1", "Công an xã"), new FormRow("unit-2", "Trạm Y tế")));
        assertThat(blank.get(0).heading()).isEqualTo("Phụ lục 2: Kinh phí theo đơn vị");
        assertThat(blank.get(0).table().headers()).containsExactly("TT", "Nội dung", "Kinh phí", "Có kế hoạch riêng");
        assertThat(blank.get(0).table().rows()).containsExactly(List.of("1", "Công an xã", "", ""),
                List.of("2", "Trạm Y tế", "", ""));

        byte[] docx = OfficialDocumentDocx.write(document().withAppendices(blank));
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(read)) {
            String all = text.getText();
            assertThat(all.indexOf("Phụ lục 2: Kinh phí theo đơn vị")).isGreaterThan(all.indexOf("Lục Xuân Đức"));
            XWPFTable last = read.getTables().get(read.getTables().size() - 1);
            assertThat(last.getRow(1).getCell(1).getText()).isEqualTo("Công an xã");
        }
    }

    @Test
    void theConsolidatedReportPrintsTheTotalsWithATotalRow() {
        FormTotals totals = FormRollUp.of(PER_UNIT, List.of(new FormRow("unit-1", "Công an xã")),
                List.of(new FormRollUp.UnitCells("Công an xã", Map.of("unit-1", Map.of(
                        "c1", CellValue.of(new BigDecimal("1500.5")), "c2", CellValue.of(true))))), List.of());
        OfficialDocument.Section section = AppendixTables.totals(List.of(totals)).get(0);
        assertThat(section.table().rows()).containsExactly(List.of("1", "Công an xã", "1.500,5", "1/1 Có"),
                List.of("", "Tổng cộng", "1.500,5", "1/1 Có"));
        // a document signed by another keeps its appendices
        OfficialDocument signed = document().withAppendices(List.of(section))
                .signedBy(OfficialStyle.signatureInStead("CHỦ TỊCH", true), "Trần Văn Phó");
        assertThat(signed.appendices()).containsExactly(section);
    }

    private static OfficialDocument document() {
        return new OfficialDocument(List.of("ỦY BAN NHÂN DÂN", "XÃ AN DƯƠNG"), "Số: 1/KH-UBND",
                "An Dương, ngày 01 tháng 3 năm 2024", "KẾ HOẠCH", "Công tác trẻ em", List.of("Căn cứ"), List.of(),
                "Kết thúc", List.of("Như trên"), OfficialStyle.signature("CHỦ TỊCH"), "Lục Xuân Đức", true);
    }
}
