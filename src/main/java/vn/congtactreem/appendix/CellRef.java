package vn.congtactreem.appendix;

/** Where a cell is: form, row key, column key. */
public record CellRef(long formId, String rowKey, String columnKey) {

    /** The field name errors carry: {@code forms[12].cells[r1][c2]}. */
    public String field() {
        return "forms[" + formId + "].cells[" + rowKey + "][" + columnKey + "]";
    }
}
