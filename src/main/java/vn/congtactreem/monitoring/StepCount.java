package vn.congtactreem.monitoring;

/**
 * How many of the user's process instances wait at one activity of a diagram (its id and its name in
 * the diagram), and how many incidents it has.
 */
public record StepCount(String activityId, String name, long count, long incidents) {
}
