package vn.congtactreem.document;

import java.util.List;
import java.util.Objects;

/**
 * One problem of an uploaded workbook, where Excel shows it: the sheet, the row number as on the
 * row header (5) and the column letter (E); row and column are null for a problem of the whole file
 * or sheet. The message is a bundle key with its arguments, said in the reader's language.
 */
public record SheetError(String sheet, Integer row, String column, String messageKey, List<Object> args) {

    public SheetError {
        args = args == null ? List.of() : args.stream().map(a -> Objects.requireNonNullElse(a, (Object) "")).toList();
    }

    public static SheetError at(String sheet, int row, String column, String messageKey, Object... args) {
        return new SheetError(sheet, row, column, messageKey, java.util.Arrays.asList(args));
    }

    public static SheetError ofFile(String sheet, String messageKey, Object... args) {
        return new SheetError(sheet, null, null, messageKey, java.util.Arrays.asList(args));
    }

    /** "E5", or "" for the whole file or sheet. */
    public String cell() {
        return column == null || row == null ? "" : column + row;
    }

    public String message(Texts texts) {
        return texts.get(messageKey, args.toArray());
    }
}
