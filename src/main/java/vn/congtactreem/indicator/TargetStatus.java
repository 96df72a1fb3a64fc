package vn.congtactreem.indicator;

/** Where a figure stands against its target. */
public enum TargetStatus {
    /** the figure meets the target. */
    ACHIEVED,
    /** not met yet, but at least as far as the straight line from the baseline to the milestone asks. */
    ON_TRACK,
    /** not met and behind that line while the milestone is still ahead ("Chậm tiến độ"). */
    OFF_TRACK,
    /**
     * not met when the milestone's year is over: the annual report of the target's own year, the review
     * judging it, any later period ("Không đạt"). Time is up, so it is no longer merely late.
     */
    NOT_ACHIEVED,
    /** nothing reported (or no baseline for a change against one). */
    NO_DATA,
    /** every report answered "Không phát sinh": nothing happened to count, so nothing is late. */
    NOT_APPLICABLE
}
