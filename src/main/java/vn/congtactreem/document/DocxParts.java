package vn.congtactreem.document;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** The pieces an official document is made of in POI: Times New Roman runs, short lines, layout tables. */
final class DocxParts {

    static final String FONT = "Times New Roman";

    private DocxParts() {
    }

    /** A run of text in Times New Roman (every script), Vietnamese; its spaces kept as typed. */
    static XWPFRun text(XWPFParagraph paragraph, String text, double size, boolean bold, boolean italic) {
        XWPFRun run = styled(paragraph.createRun(), size, bold, italic);
        run.setText(text == null ? "" : text);
        // keep the blanks of an unissued number and date ("Số:        /KH-UBND") as typed
        run.getCTR().getTArray(0).setSpace(SpaceAttribute.Space.PRESERVE);
        return run;
    }

    static XWPFRun styled(XWPFRun run, double size, boolean bold, boolean italic) {
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

    /** A thin line under a heading: a bottom border on an almost empty paragraph, narrowed by its indents. */
    static void shortLine(XWPFParagraph paragraph, int indent) {
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
        styled(paragraph.createRun(), 2, false, false).setText("");
        paragraph.getCTP().getPPr().addNewRPr().addNewSz().setVal(BigInteger.valueOf(4));
    }

    /** The page number as a field ("PAGE"), showing 2 until a reader updates it. */
    static void pageNumberField(XWPFParagraph paragraph, double size) {
        styled(paragraph.createRun(), size, false, false).getCTR().addNewFldChar()
                .setFldCharType(STFldCharType.BEGIN);
        var instruction = styled(paragraph.createRun(), size, false, false).getCTR().addNewInstrText();
        instruction.setStringValue(" PAGE ");
        instruction.setSpace(SpaceAttribute.Space.PRESERVE);
        styled(paragraph.createRun(), size, false, false).getCTR().addNewFldChar()
                .setFldCharType(STFldCharType.SEPARATE);
        text(paragraph, "2", size, false, false);
        styled(paragraph.createRun(), size, false, false).getCTR().addNewFldChar()
                .setFldCharType(STFldCharType.END);
    }

    /** A borderless table of fixed column widths (twips), used to lay text out side by side. */
    static XWPFTable layoutTable(XWPFDocument doc, int rows, int... widths) {
        XWPFTable table = doc.createTable(rows, widths.length);
        table.removeBorders();
        table.setCellMargins(0, 40, 0, 40);
        fixedWidths(table, widths);
        return table;
    }

    static void fixedWidths(XWPFTable table, int[] widths) {
        CTTblPr properties = table.getCTTbl().getTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
        table.setWidthType(TableWidthType.DXA);
        int total = 0;
        for (int width : widths) {
            total += width;
        }
        table.setWidth(String.valueOf(total));
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

    /** The next paragraph of a cell: the empty one a new cell starts with, then new ones. */
    static XWPFParagraph nextParagraph(XWPFTableCell cell) {
        List<XWPFParagraph> paragraphs = cell.getParagraphs();
        if (paragraphs.size() == 1 && paragraphs.get(0).getRuns().isEmpty()) {
            return paragraphs.get(0);
        }
        return cell.addParagraph();
    }

    /** Centred, tight: the header's and the signature's lines. */
    static XWPFParagraph centred(XWPFParagraph paragraph) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBetween(1, LineSpacingRule.AUTO);
        return paragraph;
    }

    /** No space around: lines in a table cell. */
    static XWPFParagraph tight(XWPFParagraph paragraph) {
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBetween(1, LineSpacingRule.AUTO);
        return paragraph;
    }
}
