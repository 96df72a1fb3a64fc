package vn.congtactreem.indicator;

/** Where a figure stands against its target. */
public enum TargetStatus {
    /** the figure meets the target. */
    ACHIEVED,
    /** not met yet, but at least as far as the straight line from the baseline to the milestone asks. */
    ON_TRACK,
    /** not met and behind that line, or the milestone has passed. */
    OFF_TRACK,
    /** nothing reported (or no baseline for a change against one). */
    NO_DATA,
    /** every report answered "Không phát sinh": nothing happened to count, so nothing is late. */
    NOT_APPLICABLE
}
