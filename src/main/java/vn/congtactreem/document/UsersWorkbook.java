package vn.congtactreem.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.congtactreem.org.ImportedUser;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserImport;
import vn.congtactreem.org.UserImportError;
import vn.congtactreem.org.UserImportException;
import vn.congtactreem.org.UserImportRow;

/**
 * Users in bulk as a workbook: the template (sheet "Người dùng": a header row, then one user a row in
 * the columns of {@link UserImport#COLUMNS}, A to F; the organisation column is text so codes keep
 * their leading zeros; sheet "Hướng dẫn"), its reading into rows, the service's errors placed on
 * their cells, and the list of initial passwords the administrator downloads once.
 */
public final class UsersWorkbook {

    public static final String SHEET = "Người dùng";
    public static final String HELP_SHEET = "Hướng dẫn";
    private static final int HELP_LINES = 6;
    private static final int[] WIDTHS = {22, 30, 30, 22, 60, 10};
    private static final int TEMPLATE_ROWS = 1000;

    private UsersWorkbook() {
    }

    /** The rows read (blank rows left out) and the problems of the file itself. */
    public record Result(List<UserImportRow> rows, List<SheetError> errors) {
    }

    public static XlsxFile template(Texts texts) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(workbook);
            XSSFSheet sheet = workbook.createSheet(SHEET);
            Row header = sheet.createRow(0);
            for (int c = 0; c < UserImport.COLUMNS.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(texts.get("userImport.column." + UserImport.COLUMNS.get(c)));
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            CellStyle textFormat = workbook.createCellStyle();
            textFormat.setDataFormat(workbook.createDataFormat().getFormat("@"));
            sheet.setDefaultColumnStyle(UserImport.COLUMNS.indexOf(UserImport.ORGANISATION), textFormat);
            list(sheet, UserImport.COLUMNS.indexOf(UserImport.LANGUAGE), new String[] {"vi", "en"});
            sheet.createFreezePane(0, 1);
            XSSFSheet help = workbook.createSheet(HELP_SHEET);
            help.setColumnWidth(0, 110 * 256);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            Cell title = help.createRow(0).createCell(0);
            title.setCellValue(texts.get("userImport.help.title"));
            title.setCellStyle(styles.title);
            int r = 2;
            for (int i = 1; i <= HELP_LINES; i++) {
                Cell cell = help.createRow(r++).createCell(0);
                cell.setCellValue(texts.get("userImport.help." + i, SHEET));
                cell.setCellStyle(wrap);
            }
            for (Role role : Role.values()) {
                help.createRow(r++).createCell(0).setCellValue(role.name() + " – " + texts.get("role." + role.name()));
            }
            workbook.setActiveSheet(0);
            return XlsxFile.named(texts.get("userImport.template.fileName"), XlsxWriter.bytes(workbook));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void list(XSSFSheet sheet, int column, String[] values) {
        DataValidation validation = sheet.getDataValidationHelper().createValidation(
                sheet.getDataValidationHelper().createExplicitListConstraint(values),
                new CellRangeAddressList(1, TEMPLATE_ROWS, column, column));
        validation.setEmptyCellAllowed(true);
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    public static Result read(byte[] content) {
        Workbook opened;
        try {
            opened = WorkbookFactory.create(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            return new Result(List.of(), List.of(SheetError.ofFile("", "xlsx.error.unreadable")));
        }
        try (Workbook workbook = opened) {
            Sheet sheet = workbook.getSheet(SHEET);
            if (sheet == null) {
                return new Result(List.of(), List.of(SheetError.ofFile(SHEET, "xlsx.error.noSheet", SHEET)));
            }
            DataFormatter formatter = new DataFormatter();
            List<UserImportRow> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null) {
                    UserImportRow read = new UserImportRow(r + 1, text(formatter, row, 0), text(formatter, row, 1),
                            text(formatter, row, 2), text(formatter, row, 3), organisation(formatter, row.getCell(4)),
                            text(formatter, row, 5));
                    if (!read.blank()) {
                        rows.add(read);
                    }
                }
            }
            return new Result(rows, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a filled template and creates its users: all or nothing, every problem of the file or of a
     * row thrown as a {@link SpreadsheetImportException} on its cell.
     */
    public static List<ImportedUser> importInto(UserImport userImport, byte[] content) {
        Result read = read(content);
        if (!read.errors().isEmpty()) {
            throw new SpreadsheetImportException(read.errors());
        }
        try {
            return userImport.importUsers(read.rows());
        } catch (UserImportException e) {
            throw new SpreadsheetImportException(errors(e.errors()));
        }
    }

    /** The service's errors on their cells: line → Excel row, column name → letter. */
    public static List<SheetError> errors(List<UserImportError> errors) {
        return errors.stream().map(e -> e.column() == null || e.line() <= 0
                ? SheetError.ofFile(SHEET, e.messageKey(), e.args().toArray())
                : SheetError.at(SHEET, e.line(), ValuesTemplate.letter(UserImport.COLUMNS.indexOf(e.column())),
                e.messageKey(), e.args().toArray())).toList();
    }

    /** "Mật khẩu ban đầu": who was created and the password each one signs in with the first time. */
    public static XlsxFile passwords(Texts texts, List<ImportedUser> users) {
        List<List<Object>> rows = users.stream().map(u -> List.<Object>of(u.username(), u.fullName(),
                u.organisation() == null ? "" : u.organisation(), roleNames(texts, u.roles()),
                u.initialPassword())).toList();
        List<String> headers = List.of("username", "fullName", "organisation", "role", "password").stream()
                .map(key -> texts.get("userImport.column." + key)).toList();
        String sheet = texts.get("userImport.passwords.sheet");
        return XlsxFile.named(texts.get("userImport.passwords.fileName"), XlsxWriter.write(List.of(new SheetTable(
                sheet, sheet, texts.get("userImport.passwords.subtitle"), headers, List.of(22, 30, 60, 22, 16), rows))));
    }

    /** "OFFICER, LEADER" as the administrator reads it: "Cán bộ phụ trách, Lãnh đạo". */
    public static String roleNames(Texts texts, String roleCodes) {
        return Arrays.stream(roleCodes.split(",")).map(String::strip).filter(code -> !code.isEmpty())
                .map(code -> texts.get("role." + code)).collect(Collectors.joining(", "));
    }

    private static String text(DataFormatter formatter, Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : formatter.formatCellValue(cell).strip();
    }

    /**
     * A code typed as a number lost its leading zeros (00070 → 70): below 100 it is a province's
     * 2 digits, else a commune's 5.
     */
    private static String organisation(DataFormatter formatter, Cell cell) {
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            long value = (long) cell.getNumericCellValue();
            return value < 100 ? String.format("%02d", value) : String.format("%05d", value);
        }
        return cell == null ? "" : formatter.formatCellValue(cell).strip();
    }
}
