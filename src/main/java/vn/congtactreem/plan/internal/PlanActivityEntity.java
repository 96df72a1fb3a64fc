package vn.congtactreem.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.congtactreem.plan.ActivityForm;
import vn.congtactreem.plan.PlanActivity;
import vn.congtactreem.plan.Timeframe;

@Entity
@Table(name = "plan_activity")
public class PlanActivityEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_id")
    private Long planId;
    private int position;
    private String title;
    private String content;
    private String quarters;
    @Column(name = "month_from")
    private Integer monthFrom;
    @Column(name = "month_to")
    private Integer monthTo;
    @Column(name = "lead_unit_id")
    private Long leadUnitId;
    @Column(name = "cooperating_unit_ids")
    private String cooperatingUnitIds;

    protected PlanActivityEntity() {
    }

    public PlanActivityEntity(long planId, int position, ActivityForm form) {
        this.planId = planId;
        this.position = position;
        this.title = form.title().strip();
        this.content = form.content();
        Timeframe timeframe = new Timeframe(form.quarters(), form.monthFrom(), form.monthTo());
        this.quarters = timeframe.quartersText();
        this.monthFrom = form.monthFrom();
        this.monthTo = form.monthTo();
        this.leadUnitId = form.leadUnitId();
        List<Long> cooperating = form.cooperatingUnitIds() == null ? List.of() : form.cooperatingUnitIds();
        this.cooperatingUnitIds = cooperating.isEmpty() ? null
                : cooperating.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The units the activity names (lead and cooperating), so their names can be read in one query. */
    public List<Long> orgUnitIds() {
        List<Long> ids = new java.util.ArrayList<>(cooperating());
        if (leadUnitId != null) {
            ids.add(leadUnitId);
        }
        return ids;
    }

    public PlanActivity toActivity(Function<Long, String> unitName) {
        List<Long> cooperating = cooperating();
        return new PlanActivity(id, position, title, content,
                new Timeframe(Timeframe.parseQuarters(quarters), monthFrom, monthTo), leadUnitId,
                leadUnitId == null ? null : unitName.apply(leadUnitId), cooperating,
                cooperating.stream().map(unitName).toList());
    }

    private List<Long> cooperating() {
        return cooperatingUnitIds == null || cooperatingUnitIds.isBlank() ? List.of()
                : Arrays.stream(cooperatingUnitIds.split(",")).map(String::strip).map(Long::valueOf).toList();
    }
}
