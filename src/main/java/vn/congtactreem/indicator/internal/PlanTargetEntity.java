package vn.congtactreem.indicator.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.congtactreem.indicator.Comparator;
import vn.congtactreem.indicator.FigureSource;
import vn.congtactreem.indicator.Indicator;
import vn.congtactreem.indicator.Target;
import vn.congtactreem.indicator.TargetForm;

@Entity
@Table(name = "plan_target")
public class PlanTargetEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_id")
    private Long planId;
    private int position;
    @Column(name = "indicator_id")
    private Long indicatorId;
    @Column(name = "milestone_year")
    private int milestoneYear;
    @Enumerated(EnumType.STRING)
    private Comparator comparator;
    @Column(name = "target_value")
    private BigDecimal targetValue;
    @Column(name = "baseline_year")
    private Integer baselineYear;
    @Column(name = "baseline_value")
    private BigDecimal baselineValue;
    @Column(name = "target_scale")
    private Integer targetScale;
    @Column(name = "baseline_scale")
    private Integer baselineScale;
    private String wording;
    @Column(name = "responsible_unit_ids")
    private String responsibleUnitIds;

    protected PlanTargetEntity() {
    }

    public PlanTargetEntity(long planId, int position, TargetForm form) {
        this.planId = planId;
        this.position = position;
        this.indicatorId = form.indicatorId();
        this.milestoneYear = form.milestoneYear();
        this.comparator = form.comparator();
        this.targetValue = form.targetValue();
        this.targetScale = TypedNumber.scale(form.targetValue());
        this.baselineYear = form.baselineYear();
        this.baselineValue = form.baselineValue();
        this.baselineScale = TypedNumber.scale(form.baselineValue());
        this.wording = form.wording() == null || form.wording().isBlank() ? null : form.wording().strip();
        this.responsibleUnitIds = form.responsibleUnits().isEmpty() ? null
                : form.responsibleUnits().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public Long getIndicatorId() {
        return indicatorId;
    }

    public List<Long> responsibleUnits() {
        return responsibleUnitIds == null || responsibleUnitIds.isBlank() ? List.of()
                : Arrays.stream(responsibleUnitIds.split(",")).map(String::strip).map(Long::valueOf).toList();
    }

    public Target toTarget(Indicator indicator, Function<Long, String> unitName, FigureSource source) {
        List<Long> units = responsibleUnits();
        return new Target(id, planId, position, indicator, milestoneYear, comparator,
                TypedNumber.restore(targetValue, targetScale), baselineYear,
                TypedNumber.restore(baselineValue, baselineScale), wording, units, units.stream().map(unitName).toList(), source);
    }
}
