package vn.congtactreem.reporting;

import vn.congtactreem.indicator.Figure;
import vn.congtactreem.indicator.Target;
import vn.congtactreem.indicator.TargetStatus;

/**
 * A target beside its figure for one report: the figure (rolled up for a consolidated report, typed
 * for a unit's), where it stands, and the same period's figure a year earlier (null: none).
 */
public record TargetFigure(Target target, Figure figure, TargetStatus status, Figure lastYear) {
}
