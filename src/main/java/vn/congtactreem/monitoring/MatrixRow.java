package vn.congtactreem.monitoring;

import java.util.List;

/** A unit's row of the matrix: one cell per period of the plan (null where it had no report). */
public record MatrixRow(long unitId, String unitName, boolean subArea, List<UnitCell> cells) {
}
