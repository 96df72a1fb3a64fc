package vn.congtactreem.appendix;

import java.util.List;
import vn.congtactreem.base.ValidationException;

/**
 * Cells refused, every one with its problem, so the form can show each next to its box; nothing was saved.
 * As a {@link ValidationException} it names the first cell.
 */
public class CellErrors extends ValidationException {

    private final transient List<CellError> errors;

    public CellErrors(List<CellError> errors) {
        super(errors.get(0).cell().field(), errors.get(0).messageKey(), errors.get(0).args());
        this.errors = List.copyOf(errors);
    }

    public List<CellError> errors() {
        return errors;
    }
}
