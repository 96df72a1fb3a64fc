package vn.congtactreem.indicator;

/** How many plans' targets and reported values refer to an indicator. */
public record IndicatorUsage(long targets, long values) {

    /** Once used, the indicator's measure is fixed: old targets and figures would change meaning. */
    public boolean inUse() {
        return targets > 0 || values > 0;
    }
}
