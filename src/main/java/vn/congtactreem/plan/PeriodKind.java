package vn.congtactreem.plan;

/**
 * 6 tháng, 9 tháng, năm, đột xuất; for multi-year programmes the mid-term review (sơ kết, e.g. 5 years
 * of a 2021–2030 programme) and the final review (tổng kết), whose reports judge each target against
 * its milestone (reporting's ReviewMilestones). Every kind runs the same reporting and consolidation.
 */
public enum PeriodKind {
    SIX_MONTHS,
    NINE_MONTHS,
    ANNUAL,
    AD_HOC,
    MID_TERM_REVIEW,
    FINAL_REVIEW;

    /** Sơ kết or tổng kết. */
    public boolean review() {
        return this == MID_TERM_REVIEW || this == FINAL_REVIEW;
    }
}
