package vn.congtactreem.monitoring;

import java.util.List;
import java.util.Map;

/**
 * The stuck work in a scope: how many tasks are overdue, how many more are open longer than
 * {@code idleDays}, the first of them (overdue first, oldest first) and their count per organisation.
 */
public record StuckWorkReport(int idleDays, long overdue, long idle, List<StuckTask> tasks,
                              Map<String, Long> byOrganisation) {
}
