package vn.congtactreem.monitoring;

/** When a report expected in a period came, or that it has not come yet. */
public enum Timeliness {
    /** first submitted on or before the last day (Vietnam time). */
    ON_TIME,
    /** first submitted after the last day. */
    LATE,
    /** the last day has passed and nothing was submitted. */
    MISSING,
    /** not submitted, the last day has not passed. */
    NOT_YET_DUE
}
