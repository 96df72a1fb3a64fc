package vn.congtactreem.appendix;

/** A row of a form: its key (stable across copies and levels; null for a new one) and its label. */
public record FormRow(String key, String label) {
}
