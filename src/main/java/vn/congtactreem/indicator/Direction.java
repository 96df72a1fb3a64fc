package vn.congtactreem.indicator;

/** Whether a larger value is better (vaccination coverage) or worse (injury rate). */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
