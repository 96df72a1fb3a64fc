package vn.congtactreem.appendix;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import vn.congtactreem.document.SheetError;
import vn.congtactreem.document.SheetTable;
import vn.congtactreem.document.Texts;
import vn.congtactreem.document.WorkbookLimits;
import vn.congtactreem.document.XlsxWriter;

/**
 * A unit's forms as a workbook to fill offline, a sheet a form ("PL1", "PL2"): the row key and label, then a
 * column per form column with what is saved so far; and the filled workbook read back into typed cells, every
 * problem listed with its sheet, row and column ({@link #read}), so that the import is all or nothing.
 */
public final class AppendixWorkbooks {

    private static final int FIRST_VALUE_COLUMN = 2;

    private AppendixWorkbooks() {
    }

    /** A form with the unit's rows and saved cells, as the template writes it. */
    public record Part(AppendixForm form, List<FormRow> rows, Map<CellRef, CellValue> cells) {
    }

    /** What a filled workbook says: the cells typed, or the problems (then nothing is to be saved). */
    public record Result(List<CellInput> cells, List<SheetError> errors) {

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public static String sheetName(AppendixForm form) {
        return "PL" + form.number();
    }

    public static byte[] template(Texts texts, String subtitle, List<Part> forms) {
        List<SheetTable> tables = new ArrayList<>();
        for (Part sheet : forms) {
            List<String> headers = new ArrayList<>(List.of(texts.get("appendix.xlsx.rowKey"),
                    texts.get("appendix.xlsx.row")));
            List<Integer> widths = new ArrayList<>(List.of(10, 40));
            sheet.form().columns().forEach(c -> {
                headers.add(c.label());
                widths.add(c.kind() == ColumnKind.TEXT ? 40 : 16);
            });
            List<List<Object>> rows = new ArrayList<>();
            for (FormRow row : sheet.rows()) {
                List<Object> line = new ArrayList<>(List.of(row.key(), row.label()));
                for (FormColumn column : sheet.form().columns()) {
                    CellValue value = sheet.cells().get(new CellRef(sheet.form().id(), row.key(), column.key()));
                    line.add(value == null ? null : value.display());
                }
                rows.add(line);
            }
            tables.add(new SheetTable(sheetName(sheet.form()), sheet.form().heading(), subtitle, headers, widths,
                    rows));
        }
        return XlsxWriter.write(tables);
    }

    /** The typed cells of every form's sheet; a missing sheet, an unknown row or a changed header is a problem. */
    public static Result read(byte[] content, List<Part> forms) {
        Optional<SheetError> tooMuch = WorkbookLimits.check(content);
        if (tooMuch.isPresent()) {
            return new Result(List.of(), List.of(tooMuch.get()));
        }
        Workbook opened;
        try {
            opened = WorkbookFactory.create(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            return new Result(List.of(), List.of(SheetError.ofFile("", "xlsx.error.unreadable")));
        }
        List<CellInput> cells = new ArrayList<>();
        List<SheetError> errors = new ArrayList<>();
        try (Workbook workbook = opened) {
            for (Part form : forms) {
                read(workbook, form, cells, errors);
            }
        } catch (IOException e) {
            return new Result(List.of(), List.of(SheetError.ofFile("", "xlsx.error.unreadable")));
        }
        return new Result(errors.isEmpty() ? cells : List.of(), errors);
    }

    private static void read(Workbook workbook, Part form, List<CellInput> cells, List<SheetError> errors) {
        String name = sheetName(form.form());
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            errors.add(SheetError.ofFile(name, "xlsx.error.noSheet", name));
            return;
        }
        DataFormatter formatter = new DataFormatter();
        List<FormColumn> columns = form.form().columns();
        Row header = sheet.getRow(XlsxWriter.HEADER_ROW - 1);
        for (int c = 0; c < columns.size(); c++) {
            String typed = header == null ? "" : text(header.getCell(FIRST_VALUE_COLUMN + c), formatter);
            if (!typed.equals(columns.get(c).label())) {
                errors.add(SheetError.at(name, XlsxWriter.HEADER_ROW, letter(FIRST_VALUE_COLUMN + c),
                        "appendix.xlsx.error.header", columns.get(c).label()));
                return;
            }
        }
        Map<String, FormRow> rows = new HashMap<>();
        form.rows().forEach(r -> rows.put(r.key(), r));
        for (int r = XlsxWriter.HEADER_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String key = row == null ? "" : text(row.getCell(0), formatter);
            if (key.isEmpty()) {
                continue;
            }
            if (!rows.containsKey(key)) {
                errors.add(SheetError.at(name, r + 1, "A", "appendix.xlsx.error.unknownRow", key));
                continue;
            }
            for (int c = 0; c < columns.size(); c++) {
                FormColumn column = columns.get(c);
                String typed = text(row.getCell(FIRST_VALUE_COLUMN + c), formatter);
                CellRef ref = new CellRef(form.form().id(), key, column.key());
                Optional<CellCheck.Outcome> outcome = CellCheck.check(ref, column, typed);
                if (outcome.isPresent() && outcome.get().error() != null) {
                    CellError error = outcome.get().error();
                    errors.add(SheetError.at(name, r + 1, letter(FIRST_VALUE_COLUMN + c), error.messageKey(),
                            error.args()));
                } else {
                    cells.add(new CellInput(ref.formId(), ref.rowKey(), ref.columnKey(), typed));
                }
            }
        }
    }

    /** A cell as text: a number as its plain digits ("12.5"), a text as typed. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC
                || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return formatter.formatCellValue(cell).strip();
    }

    private static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }
}
