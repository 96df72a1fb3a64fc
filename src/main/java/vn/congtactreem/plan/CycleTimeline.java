package vn.congtactreem.plan;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.plan.internal.CycleEventEntity;
import vn.congtactreem.plan.internal.CycleEventRepository;

/** The timeline of a plan's cycle, written in the same transaction as what it records. */
@Service
public class CycleTimeline {

    public static final String SYSTEM = "hệ thống";

    private final CycleEventRepository events;
    private final CycleClock clock;

    public CycleTimeline(CycleEventRepository events, CycleClock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** What happened (an action code such as {@code PLAN_ISSUED}) and to which rows. */
    public record Entry(long planId, Long periodId, Long unitReportId, Long consolidatedReportId, String action,
                        String comment) {

        public static Entry plan(long planId, String action, String comment) {
            return new Entry(planId, null, null, null, action, comment);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, Entry entry) {
        events.save(new CycleEventEntity(entry.planId(), entry.periodId(), entry.unitReportId(),
                entry.consolidatedReportId(), actor == null ? SYSTEM : actor, entry.action(), entry.comment(),
                clock.now()));
    }

    @Transactional(readOnly = true)
    public List<CycleEvent> of(long planId) {
        return events.findByPlanIdOrderByHappenedAtAscIdAsc(planId).stream().map(CycleEventEntity::toEvent).toList();
    }
}
