package vn.congtactreem.indicator;

import java.math.BigDecimal;
import java.util.List;

/** Catalogue entries for the pure tests. */
final class Indicators {

    static final Indicator CARED_FOR = new Indicator(1, "BV-01", "Tỷ lệ trẻ em có hoàn cảnh đặc biệt được chăm sóc",
            Measure.PERCENT, "Số trẻ em có HCĐB được chăm sóc", "Tổng số trẻ em có HCĐB", "trẻ em",
            Direction.HIGHER_IS_BETTER, IndicatorGroup.PROTECTION, "QĐ 23/QĐ-TTg", null, null, true, 1);
    static final Indicator INJURY_RATE = new Indicator(2, "YT-05", "Tỷ suất trẻ em bị tai nạn, thương tích",
            Measure.PER_100K, "Số trẻ em bị TNTT", "Tổng số trẻ em", "trẻ em", Direction.LOWER_IS_BETTER,
            IndicatorGroup.HEALTH, "QĐ 23/QĐ-TTg", BigDecimal.ZERO, BigDecimal.valueOf(5000), true, 2);
    static final Indicator INFANT_MORTALITY = new Indicator(3, "YT-01", "Tỷ suất tử vong trẻ em dưới 1 tuổi",
            Measure.PER_THOUSAND, "Số trẻ em dưới 1 tuổi tử vong", "Số trẻ đẻ ra sống", "trẻ em",
            Direction.LOWER_IS_BETTER, IndicatorGroup.HEALTH, "QĐ 23/QĐ-TTg", null, null, true, 3);
    static final Indicator INJURY_DEATHS = new Indicator(4, "YT-07", "Số trẻ em tử vong do tai nạn, thương tích",
            Measure.COUNT, "Số trẻ em tử vong do TNTT", null, "trẻ em", Direction.LOWER_IS_BETTER,
            IndicatorGroup.HEALTH, "Kế hoạch phường", null, null, true, 4);
    static final Indicator CHILD_FRIENDLY = new Indicator(5, "TG-01", "Xã, phường phù hợp với trẻ em",
            Measure.YES_NO, null, null, "xã", Direction.HIGHER_IS_BETTER, IndicatorGroup.PARTICIPATION,
            "QĐ 23/QĐ-TTg", null, null, true, 5);

    private Indicators() {
    }

    static Target target(Indicator indicator, int year, Comparator comparator, String value) {
        return target(indicator, year, comparator, value, null, null);
    }

    static Target target(Indicator indicator, int year, Comparator comparator, String value, Integer baselineYear,
                         String baselineValue) {
        return new Target(1, 1, 1, indicator, year, comparator, new BigDecimal(value), baselineYear,
                baselineValue == null ? null : new BigDecimal(baselineValue), null, List.of(), List.of());
    }

    /** A target of any shape: {@code from} a band's start, {@code to} a range's end. */
    static Target shaped(Indicator indicator, TargetShape shape, Comparator comparator, String value, String from,
                         String to, Long population, String unitLabel) {
        return new Target(1, 1, 1, indicator, 2024, comparator, value == null ? null : new BigDecimal(value), null,
                null, null, List.of(), List.of(), FigureSource.OWN, shape, from == null ? null : new BigDecimal(from),
                to == null ? null : new BigDecimal(to), population, unitLabel);
    }
}
