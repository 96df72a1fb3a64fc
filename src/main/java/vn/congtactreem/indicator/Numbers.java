package vn.congtactreem.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** Numbers as Vietnamese readers write them: "1.234,5", "95,2 %", "300 /100.000". */
public final class Numbers {

    private Numbers() {
    }

    /** "1.234,5" (at most {@code decimals} decimals, no trailing zeros). */
    public static String format(BigDecimal value, int decimals) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(decimals),
                vietnamese());
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A number as it was typed, with exactly its decimals: "0,05", "12,50", "87", "1.234,5". */
    public static String typed(BigDecimal value) {
        if (value == null) {
            return "";
        }
        int decimals = Math.max(0, value.scale());
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                vietnamese());
        return format.format(value);
    }

    /** A typed value in its measure: "0,05 %", "12,50 %", "300 /100.000", "87", "Có"/"Không". */
    public static String typedValue(Measure measure, BigDecimal value) {
        if (value == null) {
            return "";
        }
        return switch (measure) {
            case PERCENT, PER_THOUSAND, PER_100K -> typed(value) + " " + measure.symbol();
            case COUNT -> typed(value);
            case YES_NO -> value.signum() > 0 ? "Có" : "Không";
        };
    }

    private static DecimalFormatSymbols vietnamese() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        symbols.setMinusSign('-');
        return symbols;
    }

    public static String format(long value) {
        return format(BigDecimal.valueOf(value), 0);
    }

    /** A value in its measure: "95,2 %", "12,5 ‰", "300 /100.000", "12", "Có"/"Không". */
    public static String value(Measure measure, BigDecimal value) {
        if (value == null) {
            return "";
        }
        return switch (measure) {
            case PERCENT -> format(value, 1) + " %";
            case PER_THOUSAND -> format(value, 1) + " ‰";
            case PER_100K -> format(value, 1) + " /100.000";
            case COUNT -> format(value, 1);
            case YES_NO -> value.signum() > 0 ? "Có" : "Không";
        };
    }
}
