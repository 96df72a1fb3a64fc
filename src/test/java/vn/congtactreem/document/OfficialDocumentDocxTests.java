package vn.congtactreem.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The issued plan as a DOCX, opened again with POI: Nghị định 30's page, header, body, table and signature. */
class OfficialDocumentDocxTests {

    private static XWPFDocument open(OfficialDocument document) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(OfficialDocumentDocx.write(document)));
    }

    private static XWPFDocument issuedPlan() throws IOException {
        return open(AnDuongDocuments.planDocument(12));
    }

    @Test
    void theSheetIsA4WithTheMarginsOfDecree30() throws IOException {
        try (XWPFDocument doc = issuedPlan()) {
            CTSectPr section = doc.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            CTPageMar margins = section.getPgMar();
            // top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm (1 mm = 56.7 twips)
            assertThat(twips(margins.getTop())).isBetween(1134, 1418);
            assertThat(twips(margins.getBottom())).isBetween(1134, 1418);
            assertThat(twips(margins.getLeft())).isBetween(1701, 1985);
            assertThat(twips(margins.getRight())).isBetween(850, 1134);
            assertThat(section.isSetTitlePg()).as("no page number on the first page").isTrue();
        }
    }

    @Test
    void everyRunIsTimesNewRomanAlsoForEastAsianAndComplexScripts() throws IOException {
        try (XWPFDocument doc = issuedPlan()) {
            List<XWPFRun> runs = allRuns(doc);
            assertThat(runs).hasSizeGreaterThan(50);
            for (XWPFRun run : runs) {
                for (XWPFRun.FontCharRange range : XWPFRun.FontCharRange.values()) {
                    assertThat(run.getFontFamily(range)).as("%s font of \"%s\"", range, run.text())
                            .isEqualTo("Times New Roman");
                }
            }
            var defaults = doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0);
            assertThat(List.of(defaults.getAscii(), defaults.getHAnsi(), defaults.getEastAsia(), defaults.getCs()))
                    .containsOnly("Times New Roman");
        }
    }

    @Test
    void theIssuingBodyAndTheMottoStandInTwoColumnsOverTheNumberAndTheDate() throws IOException {
        try (XWPFDocument doc = issuedPlan()) {
            assertThat(doc.getBodyElements().get(0)).as("the document opens with its header").isInstanceOf(XWPFTable.class);
            XWPFTable header = doc.getTables().get(0);
            assertThat(header.getRows()).hasSize(2);
            assertThat(header.getRow(0).getTableCells()).hasSize(2);
            assertThat(header.getTopBorderType()).isNull();

            XWPFTableCell issuer = header.getRow(0).getCell(0);
            assertThat(texts(issuer)).containsSubsequence("ỦY BAN NHÂN DÂN", "XÃ AN DƯƠNG");
            assertThat(run(issuer, "XÃ AN DƯƠNG").isBold()).isTrue();
            assertThat(hasLineUnderneath(issuer)).as("a short line under the issuing body").isTrue();

            XWPFTableCell motto = header.getRow(0).getCell(1);
            assertThat(texts(motto)).containsSubsequence("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc");
            XWPFRun mottoTitle = run(motto, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            assertThat(mottoTitle.isBold()).isTrue();
            assertThat(mottoTitle.getFontSizeAsDouble()).isBetween(12.0, 13.0);
            XWPFRun mottoLine = run(motto, "Độc lập - Tự do - Hạnh phúc");
            assertThat(mottoLine.isBold()).isTrue();
            assertThat(mottoLine.getFontSizeAsDouble()).isBetween(13.0, 14.0);
            assertThat(hasLineUnderneath(motto)).as("a line under the motto").isTrue();

            assertThat(header.getRow(1).getCell(0).getText()).isEqualTo("Số: 12/KH-UBND");
            XWPFTableCell date = header.getRow(1).getCell(1);
            assertThat(date.getText()).isEqualTo("An Dương, ngày 15 tháng 3 năm 2024");
            assertThat(run(date, "An Dương, ngày 15 tháng 3 năm 2024").isItalic()).isTrue();
        }
    }

    @Test
    void kindTitleAndNumberedSectionsFollowInOrder() throws IOException {
        try (XWPFDocument doc = issuedPlan()) {
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            XWPFParagraph kind = paragraphs.stream().filter(p -> p.getText().equals("KẾ HOẠCH")).findFirst()
                    .orElseThrow();
            assertThat(kind.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(kind.getRuns().get(0).isBold()).isTrue();
            XWPFParagraph title = paragraphs.get(paragraphs.indexOf(kind) + 1);
            assertThat(title.getText()).isEqualTo("Triển khai thực hiện công tác trẻ em năm 2024");
            assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);

            assertThat(paragraphs).extracting(XWPFParagraph::getText).anyMatch(text -> text.startsWith(
                    "Thực hiện Kế hoạch số 50/KH-UBND ngày 29/02/2024 của UBND huyện Tân Yên về triển khai thực hiện "
                            + "công tác trẻ em năm 2024, Ủy ban nhân dân "));
            List<String> headings = paragraphs.stream().map(XWPFParagraph::getText)
                    .filter(text -> text.matches("^[IVX]+\\. .*")).toList();
            assertThat(headings).containsExactly("I. MỤC ĐÍCH, YÊU CẦU", "II. CHỈ TIÊU", "III. NỘI DUNG HOẠT ĐỘNG",
                    "IV. KINH PHÍ", "V. TỔ CHỨC THỰC HIỆN", "VI. CHẾ ĐỘ BÁO CÁO");
            XWPFParagraph firstHeading = paragraph(doc, "I. MỤC ĐÍCH, YÊU CẦU");
            assertThat(firstHeading.getRuns().get(0).isBold()).isTrue();
            assertThat(paragraph(doc, "1. Mục đích").getRuns().get(0).isBold()).isTrue();

            XWPFParagraph body = paragraphs.stream().filter(p -> p.getText().startsWith("Đẩy mạnh các hoạt động"))
                    .findFirst().orElseThrow();
            assertThat(body.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
            assertThat(body.getIndentationFirstLine()).isBetween(567, 720);
            assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isBetween(13.0, 14.0);
            assertThat(body.getRuns().get(0).isBold()).isFalse();
        }
    }

    @Test
    void theTargetsTableIsBorderedWithItsHeaderBoldAndRepeatedOnEveryPage() throws IOException {
        try (XWPFDocument doc = issuedPlan()) {
            int heading = doc.getBodyElements().indexOf(paragraph(doc, "II. CHỈ TIÊU"));
            XWPFTable table = (XWPFTable) doc.getBodyElements().subList(heading, doc.getBodyElements().size()).stream()
                    .filter(XWPFTable.class::isInstance).findFirst().orElseThrow();
            assertThat(table.getRows()).hasSize(1 + AnDuongDocuments.TARGETS.rows().size());
            assertThat(table.getRow(0).getTableCells()).extracting(XWPFTableCell::getText).containsExactly(
                    "TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu năm 2024", "Đơn vị chủ trì");
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(0).getCell(1).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
            assertThat(table.getRow(1).getTableCells()).extracting(XWPFTableCell::getText).containsExactly(
                    "1", "Trẻ em có hoàn cảnh đặc biệt được chăm sóc", "%", "> 95", "Công chức VH-XH");
            assertThat(table.getRow(7).getCell(3).getText()).isEqualTo("Đạt");
            assertThat(table.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0).isBold()).isFalse();
            assertThat(table.getInsideHBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
            assertThat(table.getInsideVBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
            assertThat(table.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
        }
    }

    @Test
    void recipientsAndTheSignatureCloseTheDocumentSideBySide() throws IOException {
        try (XWPFDocument doc = issuedPlan()) {
            List<IBodyElement> elements = doc.getBodyElements();
            XWPFTable footer = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(elements.indexOf(footer)).isGreaterThan(elements.indexOf(paragraph(doc,
                    "VI. CHẾ ĐỘ BÁO CÁO")));
            assertThat(footer.getTopBorderType()).isNull();

            XWPFTableCell recipients = footer.getRow(0).getCell(0);
            XWPFRun title = run(recipients, "Nơi nhận:");
            assertThat(title.isBold()).isTrue();
            assertThat(title.isItalic()).isTrue();
            assertThat(title.getFontSizeAsDouble()).isEqualTo(12.0);
            assertThat(texts(recipients)).containsExactly("Nơi nhận:", "- Phòng LĐTB&XH (b/c);",
                    "- TT ĐU, HĐND, UBND xã (b/c);", "- Các ngành đoàn thể (p/h);",
                    "- Các nhà trường, Trạm y tế (t/h);", "- Trưởng thôn (t/h);", "- Lưu: VT, LĐTBXH.");
            assertThat(run(recipients, "- Lưu: VT, LĐTBXH.").getFontSizeAsDouble()).isEqualTo(11.0);

            XWPFTableCell signature = footer.getRow(0).getCell(1);
            List<String> lines = texts(signature);
            // as the seed plans sign: "KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH", no "TM. ỦY BAN NHÂN DÂN" above
            assertThat(lines.subList(0, 2)).containsExactly("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
            assertThat(run(signature, "KT. CHỦ TỊCH").isBold()).isTrue();
            assertThat(lines.get(lines.size() - 1)).isEqualTo("Lục Xuân Đức");
            assertThat(run(signature, "Lục Xuân Đức").isBold()).isTrue();
            assertThat(lines.subList(2, lines.size() - 1)).as("room for the signature and the seal")
                    .hasSizeGreaterThanOrEqualTo(3).allMatch(String::isEmpty);
        }
    }

    @Test
    void beforeIssueTheNumberAndTheDayKeepTheirBlanks() throws IOException {
        try (XWPFDocument doc = open(AnDuongDocuments.planDocument(null))) {
            XWPFTable header = doc.getTables().get(0);
            assertThat(header.getRow(1).getCell(0).getText()).isEqualTo("Số:        /KH-UBND");
            assertThat(header.getRow(1).getCell(1).getText()).isEqualTo("An Dương, ngày      tháng      năm 2024");
        }
    }

    @Test
    void aTableIsAsWideAsTheTextAndItsNarrowColumnsStayReadable() {
        int[] widths = TableColumns.widths(AnDuongDocuments.TARGETS, OfficialDocumentDocx.TEXT_WIDTH);
        assertThat(Arrays.stream(widths).sum()).isEqualTo(OfficialDocumentDocx.TEXT_WIDTH);
        assertThat(widths[0]).as("TT").isGreaterThanOrEqualTo(560).isLessThan(widths[1]);
        assertThat(widths[1]).as("Chỉ tiêu, the widest").isEqualTo(Arrays.stream(widths).max().orElseThrow());
    }

    @Test
    void eachRecipientIsADashLineAndHeadingsStayAsTheyAre() {
        assertThat(OfficialDocumentDocx.recipientLine("Phòng LĐTB&XH (b/c);")).isEqualTo("- Phòng LĐTB&XH (b/c);");
        assertThat(OfficialDocumentDocx.recipientLine("- Lưu: VT.")).isEqualTo("- Lưu: VT.");
        assertThat(OfficialDocumentDocx.recipientLine("Bản điện tử:")).isEqualTo("Bản điện tử:");
    }

    @Test
    void theFileIsNamedAfterKindNumberYearAndPlaceInUtf8AndAscii() {
        DocxFile issued = DocxFile.of(AnDuongDocuments.planDocument(12), "KH-UBND", 12, 2024, "Xã An Dương");
        assertThat(issued.fileName()).isEqualTo("KH-12-2024-An-Dương.docx");
        assertThat(issued.asciiFileName()).isEqualTo("KH-12-2024-An-Duong.docx");
        assertThat(issued.contentDisposition()).isEqualTo("attachment; filename=\"KH-12-2024-An-Duong.docx\"; "
                + "filename*=UTF-8''KH-12-2024-An-D%C6%B0%C6%A1ng.docx");
        assertThat(DocxFile.fileName("BC-UBND", null, 2025, "Phường Đông Ngạc")).isEqualTo(
                "BC-du-thao-2025-Đông-Ngạc.docx");
        assertThat(new DocxFile("BC-du-thao-2025-Đông-Ngạc.docx", new byte[0]).asciiFileName())
                .isEqualTo("BC-du-thao-2025-Dong-Ngac.docx");
    }

    /** The seed plan and its report as files under target/documents, to open in Word or LibreOffice. */
    @Test
    void theAnDuongDocumentsOpenAgainAndAreKeptToLookAt() throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "documents"));
        byte[] plan = OfficialDocumentDocx.write(AnDuongDocuments.planDocument(12));
        byte[] report = OfficialDocumentDocx.write(AnDuongDocuments.reportDocument(5,
                List.of("Hội Liên hiệp Phụ nữ xã An Dương", "Trạm Y tế xã An Dương"), AnDuongDocuments.FIGURES));
        Files.write(folder.resolve("plan-an-duong-2024.docx"), plan);
        Files.write(folder.resolve("consolidated-report-an-duong-2024.docx"), report);
        try (XWPFDocument reopened = new XWPFDocument(new ByteArrayInputStream(report))) {
            assertThat(reopened.getTables().get(0).getRow(1).getCell(0).getText()).isEqualTo("Số: 5/BC-UBND");
            assertThat(reopened.getParagraphs()).extracting(XWPFParagraph::getText).contains("BÁO CÁO",
                    "Kết quả thực hiện công tác trẻ em 6 tháng đầu năm 2024", "II. SỐ LIỆU CHỈ TIÊU");
        }
    }

    private static int twips(Object value) {
        return ((BigInteger) value).intValue();
    }

    private static List<XWPFRun> allRuns(XWPFDocument doc) {
        List<XWPFRun> runs = new ArrayList<>();
        doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
        doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(
                c -> c.getParagraphs().forEach(p -> runs.addAll(p.getRuns())))));
        doc.getHeaderList().forEach(h -> h.getParagraphs().forEach(p -> runs.addAll(p.getRuns())));
        return runs;
    }

    private static List<String> texts(XWPFTableCell cell) {
        List<String> texts = new ArrayList<>(cell.getParagraphs().stream().map(XWPFParagraph::getText).toList());
        // the short line under a heading is an empty paragraph with a border: not a line of text
        cell.getParagraphs().stream().filter(OfficialDocumentDocxTests::isLine).forEach(p -> texts.remove(""));
        return texts;
    }

    private static XWPFRun run(XWPFTableCell cell, String text) {
        return cell.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).filter(r -> text.equals(r.text()))
                .findFirst().orElseThrow(() -> new AssertionError("no run \"" + text + "\" in " + cell.getText()));
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph \"" + text + "\""));
    }

    private static boolean hasLineUnderneath(XWPFTableCell cell) {
        return cell.getParagraphs().stream().anyMatch(OfficialDocumentDocxTests::isLine);
    }

    private static boolean isLine(XWPFParagraph paragraph) {
        return paragraph.getText().isEmpty() && paragraph.getBorderBottom() == Borders.SINGLE
                && paragraph.getIndentationLeft() > 0;
    }
}
