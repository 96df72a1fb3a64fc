package vn.congtactreem.plan;

import vn.congtactreem.base.audit.AuditTrail;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.substitute.SubstitutionService;
import vn.congtactreem.plan.internal.CycleEventEntity;
import vn.congtactreem.plan.internal.CycleEventRepository;
import vn.congtactreem.plan.internal.CycleEventWriter;

/** The timeline of a plan's cycle, written in the same transaction as what it records. */
@Service
public class CycleTimeline {

    public static final String SYSTEM = "hệ thống";

    private final CycleEventRepository events;
    private final CycleEventWriter writer;
    private final CycleClock clock;
    private final AuditTrail audit;
    private final SubstitutionService substitutions;

    public CycleTimeline(CycleEventRepository events, CycleEventWriter writer, CycleClock clock, AuditTrail audit,
                         SubstitutionService substitutions) {
        this.events = events;
        this.writer = writer;
        this.clock = clock;
        this.audit = audit;
        this.substitutions = substitutions;
    }

    /** What happened and to which rows. */
    public record Entry(long planId, Long periodId, Long unitReportId, Long consolidatedReportId, CycleAction action,
                        String comment) {

        public static Entry plan(long planId, CycleAction action, String comment) {
            return new Entry(planId, null, null, null, action, comment);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, Entry entry) {
        record(actor, null, entry);
    }

    /**
     * What {@code actor} did in {@code role} of {@code orgUnitId}: when they did it as the substitute of an absent
     * colleague, the line names that colleague too ("Nguyễn Văn B (thay Lục Xuân Đức)").
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(UserAccount actor, long orgUnitId, Role role, Entry entry) {
        record(actor.username(), substitutions.actingFor(actor, orgUnitId, role).map(UserAccount::username)
                .orElse(null), entry);
    }

    /**
     * What the system did to many rows at once (a period's reminders): the same rows as {@link #record(String,
     * Entry)} for each entry, written in two JDBC batches.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(String actor, List<Entry> entries) {
        java.time.Instant now = clock.now();
        writer.appendAll(entries.stream().map(entry -> row(actor, null, entry, now)).toList());
        audit.recordAll(actor == null ? AuditTrail.SYSTEM : actor, AuditTrail.Outcome.OK,
                entries.stream().map(entry -> auditRow(null, entry)).toList());
    }

    private void record(String actor, String onBehalfOf, Entry entry) {
        // one JDBC insert, not a JPA persist (the row is never changed and read only through the repository)
        CycleEventWriter.Row row = row(actor, onBehalfOf, entry, clock.now());
        writer.append(row.planId(), row.periodId(), row.unitReportId(), row.consolidatedReportId(), row.actor(),
                row.onBehalfOf(), row.action(), row.comment(), row.happenedAt());
        // every state change of a plan, a report or a consolidated report passes here: its audit row too
        AuditTrail.Row audited = auditRow(onBehalfOf, entry);
        audit.record(actor == null ? AuditTrail.SYSTEM : actor, audited.action(), AuditTrail.Outcome.OK,
                audited.targetType(), audited.targetId(), audited.detail());
    }

    private static CycleEventWriter.Row row(String actor, String onBehalfOf, Entry entry, java.time.Instant now) {
        return new CycleEventWriter.Row(entry.planId(), entry.periodId(), entry.unitReportId(),
                entry.consolidatedReportId(), actor == null ? SYSTEM : actor, onBehalfOf, entry.action().name(),
                entry.comment(), now);
    }

    private static AuditTrail.Row auditRow(String onBehalfOf, Entry entry) {
        String type = entry.unitReportId() != null ? "UNIT_REPORT"
                : entry.consolidatedReportId() != null ? "CONSOLIDATED_REPORT" : "PLAN";
        long target = entry.unitReportId() != null ? entry.unitReportId()
                : entry.consolidatedReportId() != null ? entry.consolidatedReportId() : entry.planId();
        String detail = "plan " + entry.planId() + (onBehalfOf == null ? "" : " (thay " + onBehalfOf + ")")
                + (entry.comment() == null ? "" : ": " + entry.comment());
        return new AuditTrail.Row(entry.action().name(), type, String.valueOf(target), detail);
    }

    @Transactional(readOnly = true)
    public List<CycleEvent> of(long planId) {
        return events.findByPlanIdOrderByHappenedAtAscIdAsc(planId).stream().map(CycleEventEntity::toEvent).toList();
    }
}
