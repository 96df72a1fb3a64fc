package vn.congtactreem.indicator;

/**
 * What one report adds to a figure: a unit report's typed value, a sub-area's consolidated figure,
 * or the organisation's own value in its consolidated report.
 *
 * @param reportId     the unit report ({@code consolidated} false) or consolidated report it comes from
 * @param denominator  a rate's denominator; for counts and yes/no 1 (one answer)
 */
public record Contribution(long reportId, boolean consolidated, String orgUnitName, long numerator,
                           long denominator) {

    /** The route of the report it came from: {@code reports/12} or {@code consolidated-reports/3}. */
    public String link() {
        return (consolidated ? "consolidated-reports/" : "reports/") + reportId;
    }
}
