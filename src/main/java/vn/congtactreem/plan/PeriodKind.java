package vn.congtactreem.plan;

/** 6 tháng, 9 tháng, năm, đột xuất. */
public enum PeriodKind {
    SIX_MONTHS,
    NINE_MONTHS,
    ANNUAL,
    AD_HOC
}
