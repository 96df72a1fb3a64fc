package vn.congtactreem.monitoring;

import vn.congtactreem.indicator.TargetStatus;

/**
 * A target of the plan for the period: the requirement, the organisation's rolled-up figure, last
 * year's, and its status (indicator's {@code TargetEvaluation}); texts already formatted.
 */
public record TargetRow(int position, String code, String name, int milestoneYear, String requirement, String figure,
                        String lastYear, TargetStatus status) {
}
