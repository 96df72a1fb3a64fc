package vn.congtactreem.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "assignment")
public class AssignmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_id")
    private Long planId;
    @Column(name = "org_unit_id")
    private Long orgUnitId;
    /** The unit's name when it was assigned; null for a row written without it (the unit's name now). */
    @Column(name = "org_unit_name")
    private String orgUnitName;
    private String duties;
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;
    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    protected AssignmentEntity() {
    }

    public AssignmentEntity(long planId, long orgUnitId, String orgUnitName, String duties) {
        this.planId = planId;
        this.orgUnitId = orgUnitId;
        this.orgUnitName = orgUnitName;
        this.duties = duties;
    }

    public Long getId() {
        return id;
    }

    public Long getPlanId() {
        return planId;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public String getOrgUnitName() {
        return orgUnitName;
    }

    public String getDuties() {
        return duties;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    /** Marks it acknowledged unless it already is; true for the call that did it. */
    public boolean acknowledge(String by, Instant at) {
        if (acknowledgedAt != null) {
            return false;
        }
        acknowledgedAt = at;
        acknowledgedBy = by;
        return true;
    }
}
