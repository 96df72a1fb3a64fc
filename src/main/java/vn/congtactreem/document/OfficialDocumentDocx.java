package vn.congtactreem.document;

import static vn.congtactreem.document.DocxParts.centred;
import static vn.congtactreem.document.DocxParts.nextParagraph;
import static vn.congtactreem.document.DocxParts.shortLine;
import static vn.congtactreem.document.DocxParts.text;
import static vn.congtactreem.document.DocxParts.tight;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A {@link OfficialDocument} (an issued plan, a consolidated report) as a DOCX in the layout of Nghị định
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
    public static final String FONT = DocxParts.FONT;

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
    private static final int MOTTO_LINE_LENGTH = 3200;
    private static final int TITLE_LINE_LENGTH = 2400;

    private final XWPFDocument doc = new XWPFDocument();

    private OfficialDocumentDocx() {
    }

    /** The document as the bytes of a .docx file. */
    public static byte[] write(OfficialDocument document) {
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
            document.appendices().forEach(writer::appendix);
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
        DocxParts.pageNumberField(number, BODY_SIZE);
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg();
        }
    }

    // ------------------------------------------------------------------ header: issuing body | motto

    /**
     * Two columns, two rows: the issuing body and the motto (each with its line) side by side, then
     * the number and the place/date on one line.
     */
    private void header(OfficialDocument document) {
        XWPFTable table = DocxParts.layoutTable(doc, 2, ISSUER_COLUMN, TEXT_WIDTH - ISSUER_COLUMN);
        XWPFTableCell issuer = table.getRow(0).getCell(0);
        document.issuingBody().forEach(line -> text(centred(nextParagraph(issuer)), line, HEADER_SIZE, true, false));
        shortLine(issuer.addParagraph(), (ISSUER_COLUMN - issuerLine(document.issuingBody())) / 2);

        XWPFTableCell motto = table.getRow(0).getCell(1);
        text(centred(nextParagraph(motto)), OfficialDocument.MOTTO, MOTTO_TITLE_SIZE, true, false);
        text(centred(nextParagraph(motto)), OfficialDocument.MOTTO_LINE, HEADER_SIZE, true, false);
        // as long as "Độc lập - Tự do - Hạnh phúc" (about 3,200 twips at 13 pt bold)
        shortLine(motto.addParagraph(), (TEXT_WIDTH - ISSUER_COLUMN - MOTTO_LINE_LENGTH) / 2);

        XWPFParagraph number = centred(nextParagraph(table.getRow(1).getCell(0)));
        number.setSpacingBefore(80);
        text(number, document.number(), HEADER_SIZE, false, false);
        XWPFParagraph placeAndDate = centred(nextParagraph(table.getRow(1).getCell(1)));
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

    // ------------------------------------------------------------------ kind, title, body

    private void titleBlock(OfficialDocument document) {
        XWPFParagraph kind = centred(doc.createParagraph());
        kind.setSpacingBefore(360);
        text(kind, document.kind(), BODY_SIZE, true, false);
        text(centred(doc.createParagraph()), document.title(), BODY_SIZE, true, false);
        XWPFParagraph line = doc.createParagraph();
        shortLine(line, (TEXT_WIDTH - TITLE_LINE_LENGTH) / 2);
        line.setSpacingAfter(240);
    }

    private void section(OfficialDocument.Section section) {
        heading(section.heading());
        section.paragraphs().forEach(this::bodyParagraph);
        if (section.hasTable()) {
            table(section.table());
        }
        for (OfficialDocument.Item item : section.items()) {
            heading(item.heading());
            item.paragraphs().forEach(this::bodyParagraph);
        }
    }

    /** An appendix on a page of its own: its heading centred, its table. */
    private void appendix(OfficialDocument.Section appendix) {
        XWPFParagraph heading = centred(doc.createParagraph());
        heading.setPageBreak(true);
        heading.setKeepNext(true);
        text(heading, appendix.heading(), BODY_SIZE, true, false);
        appendix.paragraphs().forEach(this::bodyParagraph);
        if (appendix.table() != null) {
            table(appendix.table());
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
    private void table(OfficialDocument.Table data) {
        int columns = data.headers().size();
        XWPFTable table = doc.createTable(data.rows().size() + 1, columns);
        DocxParts.fixedWidths(table, TableColumns.widths(data, TEXT_WIDTH));
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setCellMargins(40, 80, 40, 80);
        boolean[] centredColumn = TableColumns.centred(data);

        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns; c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            text(centred(tight(nextParagraph(cell))), data.headers().get(c), TABLE_SIZE, true, false);
        }
        for (int r = 0; r < data.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                XWPFParagraph paragraph = tight(nextParagraph(cell));
                paragraph.setAlignment(centredColumn[c] ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                text(paragraph, data.cell(r, c), TABLE_SIZE, false, false);
            }
        }
        // a table must not run into the next paragraph
        XWPFParagraph after = doc.createParagraph();
        after.setSpacingAfter(0);
        text(after, "", 8, false, false);
    }

    // ------------------------------------------------------------------ Nơi nhận | signature

    /** Side by side and kept on one page: "Nơi nhận" and its lines, the signature block and the signer. */
    private void footer(OfficialDocument document) {
        XWPFParagraph space = doc.createParagraph();
        space.setSpacingAfter(0);
        space.setKeepNext(true);
        XWPFTable table = DocxParts.layoutTable(doc, 1, RECIPIENTS_COLUMN, TEXT_WIDTH - RECIPIENTS_COLUMN);
        table.getRow(0).setCantSplitRow(true);
        XWPFTableCell recipients = table.getRow(0).getCell(0);
        text(tight(nextParagraph(recipients)), "Nơi nhận:", RECIPIENTS_TITLE_SIZE, true, true);
        for (String recipient : document.recipients()) {
            text(tight(nextParagraph(recipients)), recipientLine(recipient), RECIPIENTS_SIZE, false, false);
        }

        XWPFTableCell signature = table.getRow(0).getCell(1);
        document.signature().forEach(line -> text(centred(tight(nextParagraph(signature))), line, BODY_SIZE, true,
                false));
        // room for the signature and the seal
        for (int i = 0; i < SIGNATURE_SPACE_LINES; i++) {
            text(tight(nextParagraph(signature)), "", BODY_SIZE, false, false);
        }
        XWPFParagraph signer = centred(tight(nextParagraph(signature)));
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
}
