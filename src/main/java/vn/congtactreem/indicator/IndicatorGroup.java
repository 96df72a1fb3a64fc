package vn.congtactreem.indicator;

/** The groups of Thông tư 13/2021/TT-BLĐTBXH, plus the capacity targets local plans set themselves. */
public enum IndicatorGroup {
    GENERAL,
    HEALTH,
    PROTECTION,
    EDUCATION,
    CULTURE_PLAY,
    PARTICIPATION,
    CAPACITY
}
