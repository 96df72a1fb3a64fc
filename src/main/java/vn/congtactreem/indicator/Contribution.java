package vn.congtactreem.indicator;

/**
 * What one report adds to a figure: a unit report's typed value, a sub-area's consolidated figure,
 * or the organisation's own value in its consolidated report.
 *
 * @param reportId      the unit report ({@code consolidated} false) or consolidated report it comes from
 * @param denominator   a rate's denominator; for counts and yes/no 1 (one answer)
 * @param notApplicable "Không phát sinh": the report answered that there was nothing to count (0 and 0)
 */
public record Contribution(long reportId, boolean consolidated, String orgUnitName, long numerator,
                           long denominator, boolean notApplicable) {

    public Contribution(long reportId, boolean consolidated, String orgUnitName, long numerator, long denominator) {
        this(reportId, consolidated, orgUnitName, numerator, denominator, false);
    }

    /** A report's "Không phát sinh": counted as an answer, adds nothing. */
    public static Contribution notApplicable(long reportId, boolean consolidated, String orgUnitName) {
        return new Contribution(reportId, consolidated, orgUnitName, 0, 0, true);
    }

    /** The route of the report it came from: {@code reports/12} or {@code consolidated-reports/3}. */
    public String link() {
        return (consolidated ? "consolidated-reports/" : "reports/") + reportId;
    }
}
