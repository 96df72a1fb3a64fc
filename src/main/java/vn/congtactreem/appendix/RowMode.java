package vn.congtactreem.appendix;

/** How a form's rows are given: a fixed list of labels, or one row per assigned unit or sub-area. */
public enum RowMode {
    FIXED,
    ONE_PER_UNIT
}
