package vn.congtactreem.indicator.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.congtactreem.indicator.Objective;

@Entity
@Table(name = "plan_objective")
public class PlanObjectiveEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_id")
    private Long planId;
    private int position;
    private String title;

    protected PlanObjectiveEntity() {
    }

    public PlanObjectiveEntity(long planId, int position, String title) {
        this.planId = planId;
        this.position = position;
        this.title = title;
    }

    public Objective toObjective() {
        return new Objective(position, title);
    }
}
