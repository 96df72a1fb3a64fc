package vn.congtactreem.indicator;

import java.math.BigDecimal;

/**
 * An indicator of the catalogue: what is measured and how.
 *
 * @param numerator   what is counted above the line, or what a count counts; null for yes/no
 * @param denominator what is counted below the line; null for counts and yes/no
 * @param countUnit   the unit of what is counted ("trẻ em", "vụ", "xã")
 * @param source      the legal text it comes from
 * @param plausibleMin a computed value below this asks the person who typed it to confirm; null: none
 * @param plausibleMax a computed value above this asks the person who typed it to confirm; null: none
 * @param version      the row's version: the administrator's change from an older one is refused
 */
public record Indicator(long id, String code, String name, Measure measure, String numerator, String denominator,
                        String countUnit, Direction direction, IndicatorGroup group, String source,
                        BigDecimal plausibleMin, BigDecimal plausibleMax, boolean active, int position, long version) {

    /** An indicator not read from the database (tests), at version 0. */
    public Indicator(long id, String code, String name, Measure measure, String numerator, String denominator,
                     String countUnit, Direction direction, IndicatorGroup group, String source,
                     BigDecimal plausibleMin, BigDecimal plausibleMax, boolean active, int position) {
        this(id, code, name, measure, numerator, denominator, countUnit, direction, group, source, plausibleMin,
                plausibleMax, active, position, 0);
    }

    /** "PB-01 — Tỷ lệ trẻ em có hoàn cảnh đặc biệt được chăm sóc (%)". */
    public String label() {
        String symbol = measure.symbol().isEmpty() ? "" : " (" + measure.symbol().strip() + ")";
        return code + " — " + name + symbol;
    }
}
