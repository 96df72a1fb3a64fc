package vn.congtactreem.appendix;

/** What is wrong with one typed cell: the cell and an i18n message key with its arguments. */
public record CellError(CellRef cell, String messageKey, Object... args) {
}
