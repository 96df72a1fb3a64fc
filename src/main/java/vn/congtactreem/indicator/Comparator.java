package vn.congtactreem.indicator;

/**
 * How a target compares a value: against a fixed value in the indicator's measure ("trên 95 %",
 * "dưới 20/100.000", "= 0"), or as a change of at least some percent against a baseline year
 * ("giảm ít nhất 10 % so với năm 2024").
 */
public enum Comparator {
    AT_LEAST("≥"),
    MORE_THAN(">"),
    AT_MOST("≤"),
    LESS_THAN("<"),
    EQUAL("="),
    REDUCE_BY("giảm ≥"),
    INCREASE_BY("tăng ≥");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether the target is a change against a baseline year's value. */
    public boolean relative() {
        return this == REDUCE_BY || this == INCREASE_BY;
    }
}
