package vn.congtactreem.indicator;

import java.math.BigDecimal;

/**
 * What an administrator types to add or change an indicator of the catalogue.
 *
 * @param numerator   what is counted above the line, or what a count counts; not kept for yes/no
 * @param denominator what is counted below the line; only kept for rates
 * @param position    where it sorts in the catalogue; null: after the others of its group (or unchanged)
 */
public record IndicatorForm(String code, String name, Measure measure, String numerator, String denominator,
                            String countUnit, Direction direction, IndicatorGroup group, String source,
                            BigDecimal plausibleMin, BigDecimal plausibleMax, Integer position) {

    /** The form filled with an existing indicator, to be changed. */
    public static IndicatorForm of(Indicator indicator) {
        return new IndicatorForm(indicator.code(), indicator.name(), indicator.measure(), indicator.numerator(),
                indicator.denominator(), indicator.countUnit(), indicator.direction(), indicator.group(),
                indicator.source(), indicator.plausibleMin(), indicator.plausibleMax(), indicator.position());
    }
}
