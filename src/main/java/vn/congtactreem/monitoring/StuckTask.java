package vn.congtactreem.monitoring;

import java.time.Instant;

/**
 * A task standing still in the user's scope: what it is, the organisation it concerns, who holds it
 * (null: nobody has taken it), its due moment, when it was created, whether it is overdue, how many
 * days it has been overdue (or, when not overdue, open), and the route of its form.
 */
public record StuckTask(String taskId, String taskName, String subject, String organisation, String assignee,
                        Instant due, Instant created, boolean overdue, long days, String link) {
}
