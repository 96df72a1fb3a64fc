package vn.congtactreem.document;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import vn.congtactreem.indicator.Measure;

/**
 * The look of the application's workbooks, created once per workbook: a bold title, a bold shaded
 * header, thin borders, wrapped text, and number formats that a Vietnamese Excel shows as "1.234,5"
 * and "95,2 %" (the separators come from the reader's regional settings; the cell holds the number).
 */
final class XlsxStyles {

    /** Whole numbers with thousands grouped: 1.234. */
    static final String INTEGER = "#,##0";
    /** A year: 2024, not 2.024. */
    static final String YEAR = "0";

    private final Workbook workbook;
    private final Font bold;
    private final Map<String, CellStyle> numbers = new HashMap<>();
    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle text;
    final CellStyle link;
    /** a cell the unit fills in: unlocked, pale yellow. */
    final CellStyle input;
    /** a locked cell that says it is not to be filled (grey). */
    final CellStyle unused;

    XlsxStyles(Workbook workbook) {
        this.workbook = workbook;
        bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
        subtitle = workbook.createCellStyle();
        Font italic = workbook.createFont();
        italic.setItalic(true);
        subtitle.setFont(italic);
        header = bordered();
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        text = bordered();
        text.setWrapText(true);
        link = bordered();
        Font blue = workbook.createFont();
        blue.setUnderline(Font.U_SINGLE);
        blue.setColor(IndexedColors.BLUE.getIndex());
        link.setFont(blue);
        input = bordered();
        input.setLocked(false);
        input.setDataFormat(workbook.createDataFormat().getFormat(INTEGER));
        input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        unused = bordered();
        unused.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        unused.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    /** A bordered number cell in {@code format}. */
    CellStyle number(String format) {
        return numbers.computeIfAbsent(format, f -> {
            CellStyle style = bordered();
            style.setDataFormat(workbook.createDataFormat().getFormat(f));
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        });
    }

    /** How a value in the measure is shown: "95,2 %", "12,4 ‰", "300,0 /100.000", "12", "Có"/"Không". */
    static String format(Measure measure) {
        return switch (measure) {
            case PERCENT -> "#,##0.0\" %\"";
            case PER_THOUSAND -> "#,##0.0\" ‰\"";
            case PER_100K -> "#,##0.0\" /100.000\"";
            case COUNT -> INTEGER;
            case YES_NO -> "\"Có\";\"Có\";\"Không\"";
        };
    }

    private CellStyle bordered() {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }
}
