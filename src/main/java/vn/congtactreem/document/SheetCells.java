package vn.congtactreem.document;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;

/** How an import reads a cell: its type through formulas, blank or not, its text as shown, its text compared. */
final class SheetCells {

    private SheetCells() {
    }

    /** A formula counts by its last computed result. */
    static CellType type(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    static boolean blank(Cell cell) {
        return cell == null || type(cell) == CellType.BLANK
                || (type(cell) == CellType.STRING && cell.getStringCellValue().isBlank());
    }

    /** The cell as text: strings as they are, numbers without their display format. */
    static String shown(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (type(cell)) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }

    /** Lower case without diacritics: "Có" → "co", "KHÔNG" → "khong". */
    static String plain(String text) {
        return Normalizer.normalize(text.strip().replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
