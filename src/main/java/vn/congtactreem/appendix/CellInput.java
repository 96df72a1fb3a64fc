package vn.congtactreem.appendix;

/**
 * A cell as typed: the form, row and column it belongs to and the text in the box ("1.234,5", "Có", a
 * sentence). A blank value clears the cell.
 */
public record CellInput(long formId, String rowKey, String columnKey, String value) {

    public CellRef ref() {
        return new CellRef(formId, rowKey, columnKey);
    }
}
