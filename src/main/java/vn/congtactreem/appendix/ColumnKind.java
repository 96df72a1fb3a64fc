package vn.congtactreem.appendix;

/** What a column holds: a number (summed when totalled), a text (listed per unit) or a yes/no (counted). */
public enum ColumnKind {
    NUMBER,
    TEXT,
    YES_NO
}
