package vn.congtactreem.appendix;

/**
 * A column of a form: its key (stable across copies and levels; null for a new one), label, kind, and for a
 * number column whether the consolidated report sums it.
 */
public record FormColumn(String key, String label, ColumnKind kind, boolean totalled) {
}
