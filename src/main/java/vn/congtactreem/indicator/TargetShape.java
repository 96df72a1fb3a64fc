package vn.congtactreem.indicator;

/**
 * The ways plans state a target (issue 14). Each is checked by {@link TargetRules}, judged by
 * {@link TargetEvaluation} and printed in the plan's words by {@link Target#requirement()}.
 */
public enum TargetShape {
    /** "trên 95 %", "dưới 20/100.000 trẻ em", "= Có": the figure against a value in the indicator's measure. */
    LEVEL,
    /** "giảm ít nhất 10 % so với năm 2024": a change in percent against a baseline year's figure. */
    CHANGE,
    /** "giảm từ 2 % xuống 1,5 %": from a stated level ({@code valueFrom}) to another ({@code targetValue}). */
    BAND,
    /**
     * "giảm 1 đến 2 % mỗi năm": each year against the year before, by at least {@code targetValue} (up to
     * {@code valueTo} when a range is written); in the indicator's measure for rates (percentage points for
     * a % indicator), in percent of the year before for counts.
     */
    YEARLY_CHANGE,
    /** "giảm dần", "tăng dần": any decrease or increase against the year before. */
    TREND,
    /**
     * "giữ vững", "duy trì" (Phú La: "Giữ vững phường đạt tiêu chí phường phù hợp trẻ em"): keep what was reached.
     * A yes/no indicator: Có this year and Có last year; a figure: this year not worse than last year, in the
     * indicator's direction. No value, no comparator.
     */
    MAINTAIN,
    /** "95 % số xã đạt chuẩn": the share of the areas or units below answering Có on a yes/no indicator. */
    SHARE_YES,
    /** "8/700 trẻ em": a number ({@code targetValue}) out of a stated local population ({@code population}). */
    POPULATION_SHARE,
    /** "10 loại vắc xin": a plain count with its unit of measure. */
    COUNT;

    /** Whether the figure is judged against the same period of the year before. */
    public boolean yearOnYear() {
        return this == YEARLY_CHANGE || this == TREND;
    }

    /** Whether the target states a value (not "giảm dần"/"tăng dần", not "giữ vững"). */
    public boolean hasValue() {
        return this != TREND && this != MAINTAIN;
    }

    /** Whether the officer chooses a comparator (a band's runs from its values, "giữ vững" has none). */
    public boolean hasComparator() {
        return this != BAND && this != MAINTAIN;
    }

    /** Whether the comparator says a direction ("giảm"/"tăng") rather than ≥, >, ≤, <, =. */
    public boolean directional() {
        return this == CHANGE || yearOnYear();
    }

    /** The shape of a target written before shapes existed: a change when its comparator is one. */
    public static TargetShape of(Comparator comparator) {
        return comparator != null && comparator.relative() ? CHANGE : LEVEL;
    }
}
