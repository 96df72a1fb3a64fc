package vn.congtactreem.indicator.internal;

import java.math.BigDecimal;

/**
 * A number kept as it was typed: the database column has a fixed number of decimals, so the number
 * of decimals typed is stored beside it and given back on reading ("12.50" stays "12.50", "87" stays
 * "87" and does not come back as "87.000").
 */
final class TypedNumber {

    private TypedNumber() {
    }

    /** The decimals typed (0 for "87" and for "1E+2"); null for no number. */
    static Integer scale(BigDecimal typed) {
        return typed == null ? null : Math.max(0, typed.scale());
    }

    /** The stored number with its typed decimals; rows from before without them lose their trailing zeros. */
    static BigDecimal restore(BigDecimal stored, Integer scale) {
        if (stored == null) {
            return null;
        }
        if (scale == null) {
            BigDecimal stripped = stored.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
        return stored.setScale(scale, java.math.RoundingMode.HALF_UP);
    }
}
