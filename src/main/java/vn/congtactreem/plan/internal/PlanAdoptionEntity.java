package vn.congtactreem.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.congtactreem.plan.PlanAdoption;

/** A plan registered as issued outside the system ("Nhập kế hoạch đã ban hành"), with its signed file. */
@Entity
@Table(name = "plan_adoption")
public class PlanAdoptionEntity {

    @Id
    @Column(name = "plan_id")
    private Long planId;
    @Column(name = "signed_file_id")
    private Long signedFileId;
    @Column(name = "adopted_at")
    private Instant adoptedAt;
    @Column(name = "adopted_by")
    private String adoptedBy;

    protected PlanAdoptionEntity() {
    }

    public PlanAdoptionEntity(long planId, Long signedFileId, String adoptedBy, Instant adoptedAt) {
        this.planId = planId;
        this.signedFileId = signedFileId;
        this.adoptedBy = adoptedBy;
        this.adoptedAt = adoptedAt;
    }

    public PlanAdoption toAdoption() {
        return new PlanAdoption(planId, signedFileId, adoptedAt, adoptedBy);
    }
}
