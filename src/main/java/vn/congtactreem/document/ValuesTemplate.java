package vn.congtactreem.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.congtactreem.indicator.Indicator;
import vn.congtactreem.indicator.Measure;
import vn.congtactreem.indicator.ObjectiveGroups;
import vn.congtactreem.indicator.Reading;

/**
 * The workbook a unit fills offline and uploads back ({@link ValuesImport}). Sheet "Số liệu": row 3
 * holds the report's number, row 4 the header, then one row per indicator the report asks for:
 * A the indicator's code (grey: not to be changed), B its name, C and D what the numerator and the
 * denominator count, E and F the boxes to fill (pre-filled with what is saved; F only for rates),
 * G "Xác nhận" (Có: the value is right although unusual), H the unit, I the target. Everything but
 * E–G is locked (sheet protection without a password); E and F accept whole numbers ≥ 0, yes/no a
 * list Có/Không; E also "Không phát sinh" (with an optional ": note"), pre-filled so for a value saved
 * as such. Sheet "Hướng dẫn" says how, in the reader's language. A plan with objectives groups the rows as its
 * screens and the figures workbook do ({@link ObjectiveGroups}): a bold row "Mục tiêu n: …" (no code, nothing to
 * fill: {@link ValuesImport} passes over it) above the indicators of its targets.
 */
public final class ValuesTemplate {

    public static final String SHEET = "Số liệu";
    public static final String HELP_SHEET = "Hướng dẫn";
    public static final String YES = "Có";
    public static final String NO = "Không";
    /** In the value box instead of numbers: nothing to count this period (optionally ": note"). */
    public static final String NOT_APPLICABLE = "Không phát sinh";
    /** Excel's row of the report's number (in column B). */
    static final int REPORT_ROW = 3;
    static final int CODE = 0;
    static final int NAME = 1;
    static final int NUMERATOR_TEXT = 2;
    static final int DENOMINATOR_TEXT = 3;
    static final int NUMERATOR = 4;
    static final int DENOMINATOR = 5;
    static final int CONFIRMED = 6;
    static final int UNIT = 7;
    static final int TARGET = 8;
    /** How many numbered lines {@code xlsx.help.N} the help sheet has. */
    private static final int HELP_LINES = 9;
    private static final int[] WIDTHS = {12, 46, 34, 34, 14, 14, 11, 14, 24};
    private static final String[] HEADERS = {"code", "indicator", "numeratorText", "denominatorText", "numeratorValue",
        "denominatorValue", "confirmed", "unit", "requirement"};

    private ValuesTemplate() {
    }

    /** What the report is and for whom: "Công an xã An Dương", "Kế hoạch …", "6 tháng đầu năm 2024". */
    public record Heading(long reportId, String unitName, String planTitle, String periodLabel) {
    }

    /** One indicator the report asks for, what its targets require, and the value saved so far (null: none). */
    public record Line(Indicator indicator, String requirement, Reading saved) {
    }

    /** The column letter Excel shows for a 0-based column index (0 → A). */
    static String letter(int column) {
        return String.valueOf((char) ('A' + column));
    }

    /** The lines without objectives, one after the other. */
    public static byte[] write(Texts texts, Heading heading, List<Line> lines) {
        return writeGrouped(texts, heading, List.of(new ObjectiveGroups.Group<>(null, lines)));
    }

    /** The lines as the plan groups them: objective by objective, each under its "Mục tiêu n: …" row. */
    public static byte[] writeGrouped(Texts texts, Heading heading, List<ObjectiveGroups.Group<Line>> groups) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(workbook);
            XSSFSheet sheet = workbook.createSheet(SHEET);
            XlsxWriter.heading(sheet, styles, texts.get("xlsx.template.title", heading.unitName()),
                    heading.planTitle() + " · " + heading.periodLabel(), HEADERS.length);
            Row reportRow = sheet.createRow(REPORT_ROW - 1);
            reportRow.createCell(CODE).setCellValue(texts.get("xlsx.template.reportNumber"));
            Cell reportId = reportRow.createCell(NAME);
            reportId.setCellValue(heading.reportId());
            reportId.setCellStyle(styles.number(XlsxStyles.YEAR));
            reportRow.createCell(NUMERATOR_TEXT).setCellValue(texts.get("xlsx.template.seeHelp", HELP_SHEET));
            Row header = sheet.createRow(XlsxWriter.HEADER_ROW - 1);
            for (int c = 0; c < HEADERS.length; c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(texts.get("xlsx.template.column." + HEADERS[c]));
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int r = XlsxWriter.HEADER_ROW;
            boolean grouped = ObjectiveGroups.grouped(groups);
            for (ObjectiveGroups.Group<Line> group : groups) {
                if (grouped && group.objective() != null) {
                    objectiveRow(styles, sheet, r++, group.heading());
                }
                for (Line line : group.items()) {
                    writeLine(texts, styles, sheet, r++, line);
                }
            }
            sheet.createFreezePane(0, XlsxWriter.HEADER_ROW);
            XlsxWriter.landscapeOnePageWide(sheet);
            // locked cells stay locked; columns and rows may still be resized
            sheet.enableLocking();
            sheet.lockFormatColumns(false);
            sheet.lockFormatRows(false);
            help(texts, workbook, styles, heading);
            workbook.setActiveSheet(0);
            return XlsxWriter.bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Mục tiêu 1: …" in bold across the sheet, locked, nothing to fill. */
    private static void objectiveRow(XlsxStyles styles, XSSFSheet sheet, int r, String heading) {
        Row row = sheet.createRow(r);
        text(row, CODE, null, styles.unused);
        for (int c = NAME; c < HEADERS.length; c++) {
            text(row, c, c == NAME ? heading : null, styles.header);
        }
        sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r, NAME, HEADERS.length - 1));
    }

    private static void writeLine(Texts texts, XlsxStyles styles, XSSFSheet sheet, int r, Line line) {
        Indicator indicator = line.indicator();
        Measure measure = indicator.measure();
        Reading saved = line.saved();
        Row row = sheet.createRow(r);
        text(row, CODE, indicator.code(), styles.unused);
        text(row, NAME, indicator.name(), styles.text);
        if (measure == Measure.YES_NO) {
            text(row, NUMERATOR_TEXT, texts.get("xlsx.template.yesNoHint"), styles.text);
        } else {
            text(row, NUMERATOR_TEXT, indicator.numerator(), styles.text);
        }
        text(row, DENOMINATOR_TEXT, measure.isRate() ? indicator.denominator() : null,
                measure.isRate() ? styles.text : styles.unused);
        Cell numerator = row.createCell(NUMERATOR);
        numerator.setCellStyle(styles.input);
        if (saved != null && saved.notApplicable()) {
            numerator.setCellValue(saved.note() == null ? NOT_APPLICABLE : NOT_APPLICABLE + ": " + saved.note());
        } else if (saved != null && saved.numerator() != null) {
            if (measure == Measure.YES_NO) {
                numerator.setCellValue(saved.numerator() == 1 ? YES : NO);
            } else {
                numerator.setCellValue(saved.numerator());
            }
        }
        Cell denominator = row.createCell(DENOMINATOR);
        denominator.setCellStyle(measure.isRate() ? styles.input : styles.unused);
        if (measure.isRate() && saved != null && saved.denominator() != null) {
            denominator.setCellValue(saved.denominator());
        }
        Cell confirmed = row.createCell(CONFIRMED);
        confirmed.setCellStyle(styles.input);
        if (saved != null && saved.confirmed()) {
            confirmed.setCellValue(YES);
        }
        text(row, UNIT, IndicatorWorkbooks.unit(texts, indicator), styles.text);
        text(row, TARGET, line.requirement(), styles.text);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        if (measure == Measure.YES_NO) {
            validate(texts, sheet, helper.createExplicitListConstraint(new String[] {YES, NO, NOT_APPLICABLE}), r,
                    NUMERATOR, "xlsx.validation.yesNo");
        } else {
            String cell = letter(NUMERATOR) + (r + 1);
            validate(texts, sheet, helper.createCustomConstraint("OR(AND(ISNUMBER(" + cell + ")," + cell + ">=0,INT("
                    + cell + ")=" + cell + "),LEFT(" + cell + "," + NOT_APPLICABLE.length() + ")=\"" + NOT_APPLICABLE
                    + "\")"), r, NUMERATOR, "xlsx.validation.wholeNumberOrNotApplicable");
        }
        if (measure.isRate()) {
            validate(texts, sheet, wholeNumber(helper), r, DENOMINATOR, "xlsx.validation.wholeNumber");
        }
        validate(texts, sheet, helper.createExplicitListConstraint(new String[] {YES}), r, CONFIRMED,
                "xlsx.validation.confirmed");
    }

    private static DataValidationConstraint wholeNumber(DataValidationHelper helper) {
        return helper.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
    }

    private static void validate(Texts texts, XSSFSheet sheet, DataValidationConstraint constraint, int r, int column,
                                 String messageKey) {
        DataValidation validation = sheet.getDataValidationHelper().createValidation(constraint,
                new CellRangeAddressList(r, r, column, column));
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setEmptyCellAllowed(true);
        validation.setShowErrorBox(true);
        validation.createErrorBox(texts.get("xlsx.validation.title"), texts.get(messageKey));
        validation.setShowPromptBox(true);
        validation.createPromptBox(texts.get("xlsx.validation.promptTitle"), texts.get(messageKey));
        if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
            validation.setSuppressDropDownArrow(true);
        }
        sheet.addValidationData(validation);
    }

    private static void help(Texts texts, XSSFWorkbook workbook, XlsxStyles styles, Heading heading) {
        XSSFSheet help = workbook.createSheet(HELP_SHEET);
        help.setColumnWidth(0, 110 * 256);
        Cell title = help.createRow(0).createCell(0);
        title.setCellValue(texts.get("xlsx.help.title", heading.unitName()));
        title.setCellStyle(styles.title);
        CellStyle wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        for (int i = 1; i <= HELP_LINES; i++) {
            Cell cell = help.createRow(i + 1).createCell(0);
            cell.setCellValue(texts.get("xlsx.help." + i, SHEET, heading.periodLabel()));
            cell.setCellStyle(wrap);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }
}
