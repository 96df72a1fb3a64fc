package vn.congtactreem.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import vn.congtactreem.plan.PlanDocument;

/**
 * A {@link PlanDocument} (an issued plan, a consolidated report) as a DOCX in the layout of Nghị định
 * 30/2020/NĐ-CP, Phụ lục I: A4, margins top and bottom 20 mm, left 30 mm, right 15 mm, Times New Roman
 * (also for east-asian and complex scripts); the issuing body and the national motto in two columns
 * with a line under each, number and place/date on one line; the kind and title centred; body text
 * 14 pt, justified, first line indented 1.27 cm; "Nơi nhận" and the signature block side by side;
 * page numbers centred at the top from the second page. Pure: the same record in, the same bytes'
 * content out, as on the review page.
 */
public final class OfficialDocumentDocx {

    public static final String CONTENT_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String FONT = "Times New Roman";

    /** A4 in twentieths of a point (twips). */
    public static final int PAGE_WIDTH = 11906;
    public static final int PAGE_HEIGHT = 16838;
    /** 20 mm, 20 mm, 30 mm, 15 mm (1 mm = 56.7 twips). */
    public static final int MARGIN_TOP = 1134;
    public static final int MARGIN_BOTTOM = 1134;
    public static final int MARGIN_LEFT = 1701;
    public static final int MARGIN_RIGHT = 851;
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

    static final double BODY_SIZE = 14;
    private static final double HEADER_SIZE = 13;
    private static final double MOTTO_TITLE_SIZE = 12;
    private static final double TABLE_SIZE = 12;
    private static final double RECIPIENTS_TITLE_SIZE = 12;
    private static final double RECIPIENTS_SIZE = 11;
    private static final int FIRST_LINE_INDENT = 720; // 1.27 cm
    private static final int ISSUER_COLUMN = 3800;
    private static final int RECIPIENTS_COLUMN = 4300;
    private static final int SIGNATURE_SPACE_LINES = 5;
    private static final int MIN_FIRST_COLUMN = 600; // "TT"
    private static final int MIN_COLUMN = 900;
    private static final int MOTTO_LINE_LENGTH = 3200;

    private final XWPFDocument doc = new XWPFDocument();

    private OfficialDocumentDocx() {
    }

    /** The document as the bytes of a .docx file. */
    public static byte[] write(PlanDocument document) {
        OfficialDocumentDocx writer = new OfficialDocumentDocx();
        try (XWPFDocument doc = writer.doc) {
            writer.page();
            writer.header(document);
            writer.titleBlock(document);
            document.preamble().forEach(writer::bodyParagraph);
            document.sections().forEach(writer::section);
            if (document.closing() != null && !document.closing().isBlank()) {
                // the last words stay on the page of the signature
                writer.bodyParagraph(document.closing()).setKeepNext(true);
            }
            writer.footer(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("DOCX could not be written", e);
        }
    }

    // ------------------------------------------------------------------ page

    private void page() {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setEastAsia(FONT);
        fonts.setCs(FONT);
        var styles = doc.createStyles();
        styles.setDefaultFonts(fonts);
        styles.setSpellingLanguage("vi-VN");

        var body = doc.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
        margins.setGutter(BigInteger.ZERO);

        // page numbers from the second page on, centred at the top (NĐ 30); none on the first page
        doc.createHeader(HeaderFooterType.FIRST);
        XWPFHeader numbers = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph number = numbers.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        pageNumberField(number);
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg();
        }
    }

    private static void pageNumberField(XWPFParagraph paragraph) {
        styled(paragraph.createRun(), BODY_SIZE, false, false).getCTR().addNewFldChar()
                .setFldCharType(STFldCharType.BEGIN);
        var instruction = styled(paragraph.createRun(), BODY_SIZE, false, false).getCTR().addNewInstrText();
        instruction.setStringValue(" PAGE ");
        instruction.setSpace(SpaceAttribute.Space.PRESERVE);
        styled(paragraph.createRun(), BODY_SIZE, false, false).getCTR().addNewFldChar()
                .setFldCharType(STFldCharType.SEPARATE);
        text(paragraph, "2", BODY_SIZE, false, false);
        styled(paragraph.createRun(), BODY_SIZE, false, false).getCTR().addNewFldChar()
                .setFldCharType(STFldCharType.END);
    }

    // ------------------------------------------------------------------ header: issuing body | motto

    /**
     * Two columns, two rows: the issuing body and the motto (each with its line) side by side, then
     * the number and the place/date on one line.
     */
    private void header(PlanDocument document) {
        XWPFTable table = layoutTable(2, ISSUER_COLUMN, TEXT_WIDTH - ISSUER_COLUMN);
        XWPFTableCell issuer = table.getRow(0).getCell(0);
        XWPFParagraph first = null;
        for (String line : document.issuingBody()) {
            XWPFParagraph paragraph = first == null ? firstParagraph(issuer) : issuer.addParagraph();
            first = paragraph;
            centred(paragraph);
            text(paragraph, line, HEADER_SIZE, true, false);
        }
        shortLine(issuer.addParagraph(), (ISSUER_COLUMN - issuerLine(document.issuingBody())) / 2);

        XWPFTableCell motto = table.getRow(0).getCell(1);
        XWPFParagraph mottoTitle = firstParagraph(motto);
        centred(mottoTitle);
        text(mottoTitle, PlanDocument.MOTTO, MOTTO_TITLE_SIZE, true, false);
        XWPFParagraph mottoLine = motto.addParagraph();
        centred(mottoLine);
        text(mottoLine, PlanDocument.MOTTO_LINE, HEADER_SIZE, true, false);
        // as long as "Độc lập - Tự do - Hạnh phúc" (about 3,200 twips at 13 pt bold)
        shortLine(motto.addParagraph(), (TEXT_WIDTH - ISSUER_COLUMN - MOTTO_LINE_LENGTH) / 2);

        XWPFParagraph number = firstParagraph(table.getRow(1).getCell(0));
        centred(number);
        number.setSpacingBefore(80);
        text(number, document.number(), HEADER_SIZE, false, false);
        XWPFParagraph placeAndDate = firstParagraph(table.getRow(1).getCell(1));
        centred(placeAndDate);
        placeAndDate.setSpacingBefore(80);
        text(placeAndDate, document.placeAndDate(), BODY_SIZE, false, true);
    }

    /**
     * The line under the issuing body: 45 % of its longest line (NĐ 30: a third to a half), measured
     * as about 0.62 of the font size per capital letter.
     */
    static int issuerLine(List<String> issuingBody) {
        int longest = issuingBody.stream().mapToInt(String::length).max().orElse(12);
        int textWidth = (int) Math.round(longest * 0.62 * HEADER_SIZE * 20);
        return Math.min(ISSUER_COLUMN - 400, (int) Math.round(textWidth * 0.45));
    }

    /** A thin line under a heading: a bottom border on an almost empty paragraph, narrowed by its indents. */
    private static void shortLine(XWPFParagraph paragraph, int indent) {
        paragraph.setIndentationLeft(indent);
        paragraph.setIndentationRight(indent);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBetween(1, LineSpacingRule.AUTO);
        paragraph.setBorderBottom(Borders.SINGLE);
        CTBorder border = paragraph.getCTP().getPPr().getPBdr().getBottom();
        border.setSz(BigInteger.valueOf(6));
        border.setSpace(BigInteger.ZERO);
        border.setColor("000000");
        // a paragraph mark of 2 pt keeps the line right under the text above
        XWPFRun run = styled(paragraph.createRun(), 2, false, false);
        run.setText("");
        paragraph.getCTP().getPPr().addNewRPr().addNewSz().setVal(BigInteger.valueOf(4));
    }

    // ------------------------------------------------------------------ kind, title, body

    private void titleBlock(PlanDocument document) {
        XWPFParagraph kind = doc.createParagraph();
        centred(kind);
        kind.setSpacingBefore(360);
        text(kind, document.kind(), BODY_SIZE, true, false);
        XWPFParagraph title = doc.createParagraph();
        centred(title);
        text(title, document.title(), BODY_SIZE, true, false);
        XWPFParagraph line = doc.createParagraph();
        shortLine(line, (TEXT_WIDTH - 2400) / 2);
        line.setSpacingAfter(240);
    }

    private void section(PlanDocument.Section section) {
        heading(section.heading());
        section.paragraphs().forEach(this::bodyParagraph);
        if (section.hasTable()) {
            table(section.table());
        }
        for (PlanDocument.Item item : section.items()) {
            heading(item.heading());
            item.paragraphs().forEach(this::bodyParagraph);
        }
    }

    private void heading(String text) {
        XWPFParagraph paragraph = body(doc.createParagraph());
        paragraph.setKeepNext(true);
        text(paragraph, text, BODY_SIZE, true, false);
    }

    private XWPFParagraph bodyParagraph(String text) {
        XWPFParagraph paragraph = body(doc.createParagraph());
        text(paragraph, text, BODY_SIZE, false, false);
        return paragraph;
    }

    private static XWPFParagraph body(XWPFParagraph paragraph) {
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(FIRST_LINE_INDENT);
        paragraph.setSpacingBefore(60);
        paragraph.setSpacingAfter(60);
        paragraph.setSpacingBetween(1.1, LineSpacingRule.AUTO);
        return paragraph;
    }

    // ------------------------------------------------------------------ the targets' table

    /** Bordered, as wide as the text, header row bold and repeated on every page, rows kept whole. */
    private void table(PlanDocument.Table data) {
        int columns = data.headers().size();
        int[] widths = columnWidths(data);
        XWPFTable table = doc.createTable(data.rows().size() + 1, columns);
        fixedWidths(table, widths);
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setCellMargins(40, 80, 40, 80);
        boolean[] centredColumn = centredColumns(data);

        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns; c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            XWPFParagraph paragraph = tableParagraph(firstParagraph(cell));
            centred(paragraph);
            text(paragraph, data.headers().get(c), TABLE_SIZE, true, false);
        }
        for (int r = 0; r < data.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                XWPFParagraph paragraph = tableParagraph(firstParagraph(cell));
                paragraph.setAlignment(centredColumn[c] ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                text(paragraph, data.cell(r, c), TABLE_SIZE, false, false);
            }
        }
        // a table must not run into the next paragraph
        XWPFParagraph after = doc.createParagraph();
        after.setSpacingAfter(0);
        text(after, "", 8, false, false);
    }

    private static XWPFParagraph tableParagraph(XWPFParagraph paragraph) {
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBetween(1, LineSpacingRule.AUTO);
        return paragraph;
    }

    /**
     * Widths by how much each column holds: its longest cell, or its header on two lines (headers
     * wrap), at most 30 characters' worth; never narrower than "TT".
     */
    static int[] columnWidths(PlanDocument.Table data) {
        int columns = data.headers().size();
        double[] weights = new double[columns];
        for (int c = 0; c < columns; c++) {
            String header = data.headers().get(c);
            int longest = (header.length() + 1) / 2;
            for (String word : header.split("\\s+")) {
                longest = Math.max(longest, word.length() + 2);
            }
            for (int r = 0; r < data.rows().size(); r++) {
                longest = Math.max(longest, data.cell(r, c).length());
            }
            weights[c] = Math.max(3, Math.min(longest, 30));
        }
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        int[] widths = new int[columns];
        int used = 0;
        for (int c = 0; c < columns; c++) {
            widths[c] = Math.max(c == 0 ? MIN_FIRST_COLUMN : MIN_COLUMN,
                    (int) Math.round(TEXT_WIDTH * weights[c] / total));
            used += widths[c];
        }
        widths[widestColumn(widths)] -= used - TEXT_WIDTH;
        return widths;
    }

    private static int widestColumn(int[] widths) {
        int widest = 0;
        for (int c = 1; c < widths.length; c++) {
            if (widths[c] > widths[widest]) {
                widest = c;
            }
        }
        return widest;
    }

    /** Short values (numbers, units, "TT") are centred; text is left-aligned. */
    private static boolean[] centredColumns(PlanDocument.Table data) {
        boolean[] centred = new boolean[data.headers().size()];
        for (int c = 0; c < centred.length; c++) {
            boolean allShort = true;
            for (int r = 0; r < data.rows().size(); r++) {
                allShort &= data.cell(r, c).length() <= 16;
            }
            centred[c] = allShort;
        }
        return centred;
    }

    // ------------------------------------------------------------------ Nơi nhận | signature

    private void footer(PlanDocument document) {
        XWPFParagraph space = doc.createParagraph();
        space.setSpacingAfter(0);
        space.setKeepNext(true);
        XWPFTable table = layoutTable(1, RECIPIENTS_COLUMN, TEXT_WIDTH - RECIPIENTS_COLUMN);
        table.getRow(0).setCantSplitRow(true);
        XWPFTableCell recipients = table.getRow(0).getCell(0);
        XWPFParagraph title = tableParagraph(firstParagraph(recipients));
        text(title, "Nơi nhận:", RECIPIENTS_TITLE_SIZE, true, true);
        for (String recipient : document.recipients()) {
            text(tableParagraph(recipients.addParagraph()), recipientLine(recipient), RECIPIENTS_SIZE, false, false);
        }

        XWPFTableCell signature = table.getRow(0).getCell(1);
        XWPFParagraph first = null;
        for (String line : document.signature()) {
            XWPFParagraph paragraph = tableParagraph(first == null ? firstParagraph(signature)
                    : signature.addParagraph());
            first = paragraph;
            centred(paragraph);
            text(paragraph, line, BODY_SIZE, true, false);
        }
        // room for the signature and the seal
        for (int i = 0; i < SIGNATURE_SPACE_LINES; i++) {
            XWPFParagraph paragraph = tableParagraph(first == null ? firstParagraph(signature)
                    : signature.addParagraph());
            first = paragraph;
            text(paragraph, "", BODY_SIZE, false, false);
        }
        XWPFParagraph signer = tableParagraph(signature.addParagraph());
        centred(signer);
        signer.setSpacingBefore(120);
        text(signer, document.signerName() == null ? "" : document.signerName(), BODY_SIZE, true, false);
    }

    /** "- Phòng LĐTB&XH (b/c);": each recipient on its own dash line; headings like "Bản điện tử:" as they are. */
    static String recipientLine(String recipient) {
        String line = recipient.strip();
        if (line.startsWith("-") || line.startsWith("+") || line.endsWith(":")) {
            return line;
        }
        return "- " + line;
    }

    // ------------------------------------------------------------------ building blocks

    /** A borderless table of fixed column widths, used to lay text out side by side. */
    private XWPFTable layoutTable(int rows, int... widths) {
        XWPFTable table = doc.createTable(rows, widths.length);
        table.removeBorders();
        table.setCellMargins(0, 40, 0, 40);
        fixedWidths(table, widths);
        return table;
    }

    private static void fixedWidths(XWPFTable table, int[] widths) {
        CTTblPr properties = table.getCTTbl().getTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(sum(widths)));
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                CTTcPr cell = row.getCell(c).getCTTc().isSetTcPr() ? row.getCell(c).getCTTc().getTcPr()
                        : row.getCell(c).getCTTc().addNewTcPr();
                var width = cell.isSetTcW() ? cell.getTcW() : cell.addNewTcW();
                width.setType(STTblWidth.DXA);
                width.setW(BigInteger.valueOf(widths[c]));
            }
        }
    }

    private static int sum(int[] values) {
        int sum = 0;
        for (int value : values) {
            sum += value;
        }
        return sum;
    }

    private static XWPFParagraph firstParagraph(XWPFTableCell cell) {
        return cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
    }

    private static void centred(XWPFParagraph paragraph) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBetween(1, LineSpacingRule.AUTO);
    }

    private static XWPFRun text(XWPFParagraph paragraph, String text, double size, boolean bold, boolean italic) {
        XWPFRun run = styled(paragraph.createRun(), size, bold, italic);
        run.setText(text == null ? "" : text);
        // keep the blanks of an unissued number and date ("Số:        /KH-UBND") as typed
        run.getCTR().getTArray(0).setSpace(SpaceAttribute.Space.PRESERVE);
        return run;
    }

    private static XWPFRun styled(XWPFRun run, double size, boolean bold, boolean italic) {
        for (XWPFRun.FontCharRange range : List.of(XWPFRun.FontCharRange.ascii, XWPFRun.FontCharRange.hAnsi,
                XWPFRun.FontCharRange.eastAsia, XWPFRun.FontCharRange.cs)) {
            run.setFontFamily(FONT, range);
        }
        run.setFontSize(size);
        run.setComplexScriptFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setLang("vi-VN");
        return run;
    }
}
