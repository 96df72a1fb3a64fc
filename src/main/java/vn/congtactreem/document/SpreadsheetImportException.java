package vn.congtactreem.document;

import java.util.List;

/** An uploaded workbook was refused as a whole: every problem found, nothing saved. */
public class SpreadsheetImportException extends RuntimeException {

    private final transient List<SheetError> errors;

    public SpreadsheetImportException(List<SheetError> errors) {
        super(errors.size() + " error(s) in the uploaded workbook, first: " + errors.get(0));
        this.errors = List.copyOf(errors);
    }

    public List<SheetError> errors() {
        return errors;
    }
}
