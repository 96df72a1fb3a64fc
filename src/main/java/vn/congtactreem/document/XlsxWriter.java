package vn.congtactreem.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@link SheetTable}s as an XLSX workbook: the title in row 1, the subtitle in row 2, the
 * header in row 4 (bold, shaded, frozen with everything above it, with a filter), the rows below it;
 * numbers as numeric cells, columns at their widths, printed landscape one page wide.
 */
public final class XlsxWriter {

    /** Excel's row number of the header; data starts on the next row. */
    public static final int HEADER_ROW = 4;

    private XlsxWriter() {
    }

    public static byte[] write(List<SheetTable> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(workbook);
            for (SheetTable table : tables) {
                writeSheet(workbook, styles, table);
            }
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private static void writeSheet(XSSFWorkbook workbook, XlsxStyles styles, SheetTable table) {
        XSSFSheet sheet = workbook.createSheet(table.name());
        heading(sheet, styles, table.title(), table.subtitle(), table.headers().size());
        Row header = sheet.createRow(HEADER_ROW - 1);
        for (int c = 0; c < table.headers().size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(table.headers().get(c));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, table.widths().get(c) * 256);
        }
        int r = HEADER_ROW;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                write(workbook, styles, row.createCell(c), values.get(c));
            }
        }
        sheet.createFreezePane(0, HEADER_ROW);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW - 1, Math.max(HEADER_ROW - 1, r - 1), 0,
                table.headers().size() - 1));
        landscapeOnePageWide(sheet);
    }

    /** Row 1: the title; row 2: the subtitle, each across the table's width. */
    static void heading(XSSFSheet sheet, XlsxStyles styles, String title, String subtitle, int columns) {
        Cell titleCell = sheet.createRow(0).createCell(0);
        titleCell.setCellValue(title);
        titleCell.setCellStyle(styles.title);
        if (subtitle != null && !subtitle.isBlank()) {
            Cell sub = sheet.createRow(1).createCell(0);
            sub.setCellValue(subtitle);
            sub.setCellStyle(styles.subtitle);
        }
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, columns - 1));
        }
    }

    static void landscapeOnePageWide(XSSFSheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW - 1, HEADER_ROW - 1, -1, -1));
    }

    private static void write(XSSFWorkbook workbook, XlsxStyles styles, Cell cell, Object value) {
        if (value == null) {
            cell.setCellStyle(styles.text);
        } else if (value instanceof String text) {
            cell.setCellValue(text);
            cell.setCellStyle(styles.text);
        } else if (value instanceof Long || value instanceof Integer) {
            cell.setCellValue(((Number) value).longValue());
            cell.setCellStyle(styles.number(XlsxStyles.INTEGER));
        } else if (value instanceof SheetTable.Num number) {
            if (number.value() != null) {
                cell.setCellValue(number.value().doubleValue());
            }
            cell.setCellStyle(styles.number(number.format()));
        } else if (value instanceof SheetTable.Link link) {
            cell.setCellValue(link.text());
            Hyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
            hyperlink.setAddress(link.url());
            cell.setHyperlink(hyperlink);
            cell.setCellStyle(styles.link);
        } else {
            throw new IllegalArgumentException("cell value " + value.getClass());
        }
    }
}
