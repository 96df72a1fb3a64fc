package vn.congtactreem.monitoring;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.plan.CycleAction;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.monitoring.internal.MonitoringQueries.PeriodHead;
import vn.congtactreem.notification.Audience;
import vn.congtactreem.notification.NotificationDraft;
import vn.congtactreem.notification.NotificationKind;
import vn.congtactreem.notification.Outbox;
import vn.congtactreem.notification.Text;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.plan.CycleTimeline;
import vn.congtactreem.plan.Deadlines;

/**
 * "Nhắc các đơn vị chưa báo cáo": a reminder now to every unit of the period whose report is missing
 * or not yet due, through the notification outbox (a unit's reporters; a sub-area's officers and
 * leaders, whose consolidated report is awaited). The outbox's unique key (report, day) sends it at
 * most once per unit and day however often it is clicked; each unit reminded is recorded on the
 * plan's timeline.
 */
@Service
@Transactional
public class MonitoringReminders {

    public static final CycleAction TIMELINE_ACTION = CycleAction.REMINDER_SENT_NOW;

    private final MonitoringService monitoring;
    private final Outbox outbox;
    private final CycleTimeline timeline;
    private final CycleClock clock;

    public MonitoringReminders(MonitoringService monitoring, Outbox outbox, CycleTimeline timeline, CycleClock clock) {
        this.monitoring = monitoring;
        this.outbox = outbox;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** What a click did: the units reminded now, and those already reminded today (or with nobody to tell). */
    public record Sent(List<String> reminded, int skipped) {
    }

    public Sent remindAwaited(UserAccount user, long periodId) {
        PeriodHead head = monitoring.requirePeriod(user, periodId);
        String day = clock.today().toString();
        String lastDay = Deadlines.format(head.period().unitDue());
        Text period = new Text("period.kind." + head.period().kind().name(), head.period().year());
        List<String> reminded = new ArrayList<>();
        int skipped = 0;
        for (UnitStanding unit : monitoring.units(user, periodId)) {
            if (!unit.standing().awaited()) {
                continue;
            }
            long reportId = unit.cell().reportId();
            List<Audience> audiences = unit.subArea()
                    ? List.of(new Audience(unit.unitId(), Role.OFFICER), new Audience(unit.unitId(), Role.LEADER))
                    : List.of(new Audience(unit.unitId(), Role.REPORTER));
            int written = outbox.record(new NotificationDraft(NotificationKind.REMINDER_DUE, String.valueOf(reportId),
                    "now-" + day, "reports/" + reportId,
                    new Text("monitoring.reminder.title", period, unit.unitName(), lastDay),
                    new Text("monitoring.reminder.body", period, unit.unitName(), lastDay, head.orgName(),
                            head.planTitle()),
                    audiences, user.username()));
            if (written == 0) {
                skipped++;
                continue;
            }
            reminded.add(unit.unitName());
            timeline.record(user.username(), new CycleTimeline.Entry(head.period().planId(), periodId, reportId, null,
                    TIMELINE_ACTION, lastDay));
        }
        return new Sent(List.copyOf(reminded), skipped);
    }
}
