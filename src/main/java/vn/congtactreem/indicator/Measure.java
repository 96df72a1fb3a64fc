package vn.congtactreem.indicator;

import java.math.BigDecimal;

/**
 * How an indicator is measured. Rates are computed from a numerator and a denominator (never typed
 * as a percentage), so they roll up exactly; counts are summed; yes/no is kept as 1 or 0 and rolls up
 * as how many said yes out of how many answered.
 */
public enum Measure {
    /** numerator / denominator × 100, shown "95,2 %". */
    PERCENT(100, "%"),
    /** numerator / denominator × 1.000, shown "12,4 ‰". */
    PER_THOUSAND(1_000, "‰"),
    /** numerator / denominator × 100.000, shown "300 /100.000". */
    PER_100K(100_000, "/100.000"),
    /** a number of people, cases or units; summed. */
    COUNT(1, ""),
    /** achieved or not (1 or 0); several answers roll up as how many achieved. */
    YES_NO(1, "");

    private final long scale;
    private final String symbol;

    Measure(long scale, String symbol) {
        this.scale = scale;
        this.symbol = symbol;
    }

    /** What the ratio is multiplied by: 100 for %, 1.000 for ‰, 100.000 per 100.000. */
    public BigDecimal scale() {
        return BigDecimal.valueOf(scale);
    }

    public String symbol() {
        return symbol;
    }

    /** Whether a value is a numerator over a denominator. */
    public boolean isRate() {
        return this == PERCENT || this == PER_THOUSAND || this == PER_100K;
    }
}
