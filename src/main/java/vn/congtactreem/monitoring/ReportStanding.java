package vn.congtactreem.monitoring;

import vn.congtactreem.reporting.UnitReportStatus;

/**
 * Where one expected report stands: whether it counts at all, its timeliness and its review. The
 * status of a matrix cell, of an API row and of an exported row.
 */
public record ReportStanding(boolean expected, Timeliness timeliness, UnitReportStatus status) {

    /** The cell's status: the review where there is one, otherwise the timeliness. */
    public CellStatus cell() {
        if (!expected) {
            return CellStatus.NOT_EXPECTED;
        }
        if (status == UnitReportStatus.ACCEPTED) {
            return CellStatus.ACCEPTED;
        }
        if (status == UnitReportStatus.RETURNED) {
            return CellStatus.RETURNED;
        }
        return switch (timeliness) {
            case ON_TIME -> CellStatus.ON_TIME;
            case LATE -> CellStatus.LATE;
            case MISSING -> CellStatus.MISSING;
            case NOT_YET_DUE -> CellStatus.NOT_YET_DUE;
        };
    }

    public boolean submitted() {
        return expected && (timeliness == Timeliness.ON_TIME || timeliness == Timeliness.LATE);
    }

    /** Missing or not yet due: the units a reminder goes to. */
    public boolean awaited() {
        return expected && (timeliness == Timeliness.MISSING || timeliness == Timeliness.NOT_YET_DUE);
    }

    /** A cell's status, coloured in the matrix ({@code monitoring.cell.<name>} in the bundles). */
    public enum CellStatus {
        NOT_EXPECTED, NOT_YET_DUE, MISSING, ON_TIME, LATE, RETURNED, ACCEPTED
    }
}
