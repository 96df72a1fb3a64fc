package vn.congtactreem.monitoring;

/** A period of a plan with the counts and rates of its expected reports. */
public record PeriodRate(PeriodChoice period, Tally tally) {
}
