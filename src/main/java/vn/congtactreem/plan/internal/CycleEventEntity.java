package vn.congtactreem.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.congtactreem.plan.CycleAction;
import vn.congtactreem.plan.CycleEvent;

@Entity
@Table(name = "cycle_event")
public class CycleEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_id")
    private Long planId;
    @Column(name = "period_id")
    private Long periodId;
    @Column(name = "unit_report_id")
    private Long unitReportId;
    @Column(name = "consolidated_report_id")
    private Long consolidatedReportId;
    private String actor;
    @Column(name = "on_behalf_of")
    private String onBehalfOf;
    private String action;
    private String comment;
    @Column(name = "happened_at")
    private Instant happenedAt;

    protected CycleEventEntity() {
    }

    public CycleEventEntity(long planId, Long periodId, Long unitReportId, Long consolidatedReportId, String actor,
                            String onBehalfOf, String action, String comment, Instant happenedAt) {
        this.planId = planId;
        this.periodId = periodId;
        this.unitReportId = unitReportId;
        this.consolidatedReportId = consolidatedReportId;
        this.actor = actor;
        this.onBehalfOf = onBehalfOf;
        this.action = action;
        this.comment = comment;
        this.happenedAt = happenedAt;
    }

    public CycleEvent toEvent() {
        return new CycleEvent(id, planId, periodId, unitReportId, consolidatedReportId, actor,
                onBehalfOf, CycleAction.valueOf(action), comment,
                happenedAt);
    }
}
