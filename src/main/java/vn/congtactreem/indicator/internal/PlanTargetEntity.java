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
import vn.congtactreem.indicator.TargetShape;

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
    @Enumerated(EnumType.STRING)
    private TargetShape shape;
    @Column(name = "value_from")
    private BigDecimal valueFrom;
    @Column(name = "from_scale")
    private Integer fromScale;
    @Column(name = "value_to")
    private BigDecimal valueTo;
    @Column(name = "to_scale")
    private Integer toScale;
    private Long population;
    @Column(name = "unit_label")
    private String unitLabel;
    private String wording;
    @Column(name = "responsible_unit_ids")
    private String responsibleUnitIds;
    @Column(name = "objective_position")
    private Integer objectivePosition;
    @Column(name = "number_label")
    private String numberLabel;

    protected PlanTargetEntity() {
    }

    public PlanTargetEntity(long planId, int position, TargetForm form) {
        this.planId = planId;
        this.position = position;
        this.indicatorId = form.indicatorId();
        this.milestoneYear = form.milestoneYear();
        this.shape = form.shape();
        this.comparator = storedComparator(form);
        this.targetValue = shape.hasValue() ? form.targetValue() : null;
        this.targetScale = TypedNumber.scale(form.targetValue());
        this.baselineYear = form.baselineYear();
        this.baselineValue = form.baselineValue();
        this.baselineScale = TypedNumber.scale(form.baselineValue());
        this.valueFrom = shape == TargetShape.BAND ? form.valueFrom() : null;
        this.fromScale = TypedNumber.scale(valueFrom);
        this.valueTo = shape == TargetShape.YEARLY_CHANGE ? form.valueTo() : null;
        this.toScale = TypedNumber.scale(valueTo);
        this.population = shape == TargetShape.POPULATION_SHARE ? form.population() : null;
        this.unitLabel = form.unitLabel() == null || form.unitLabel().isBlank() ? null : form.unitLabel().strip();
        this.wording = form.wording() == null || form.wording().isBlank() ? null : form.wording().strip();
        this.responsibleUnitIds = form.responsibleUnits().isEmpty() ? null
                : form.responsibleUnits().stream().map(String::valueOf).collect(Collectors.joining(","));
        this.objectivePosition = form.objective();
        this.numberLabel = vn.congtactreem.indicator.TargetNumbering.normalize(form.number());
    }

    public String getNumberLabel() {
        return numberLabel;
    }

    /**
     * A band keeps the direction it runs in (falling: at most the end); a yearly change or trend keeps
     * its direction as AT_MOST/AT_LEAST, since REDUCE_BY/INCREASE_BY rows need a baseline year (V7).
     */
    private static Comparator storedComparator(TargetForm form) {
        return switch (form.shape()) {
            case BAND -> form.valueFrom() != null && form.targetValue() != null
                    && form.valueFrom().compareTo(form.targetValue()) > 0 ? Comparator.AT_MOST : Comparator.AT_LEAST;
            case YEARLY_CHANGE, TREND -> form.comparator() == Comparator.REDUCE_BY ? Comparator.AT_MOST
                    : Comparator.AT_LEAST;
            // "giữ vững": the same as last year at least, in the indicator's direction
            case MAINTAIN -> Comparator.EQUAL;
            default -> form.comparator();
        };
    }

    private Comparator domainComparator() {
        if (shape != null && shape.yearOnYear()) {
            return comparator == Comparator.AT_MOST ? Comparator.REDUCE_BY : Comparator.INCREASE_BY;
        }
        return comparator;
    }

    public Long getPlanId() {
        return planId;
    }

    public Long getIndicatorId() {
        return indicatorId;
    }

    public List<Long> responsibleUnits() {
        return responsibleUnitIds == null || responsibleUnitIds.isBlank() ? List.of()
                : Arrays.stream(responsibleUnitIds.split(",")).map(String::strip).map(Long::valueOf).toList();
    }

    public Target toTarget(Indicator indicator, Function<Long, String> unitName, FigureSource source, String number) {
        List<Long> units = responsibleUnits();
        return new Target(id, planId, position, indicator, milestoneYear, domainComparator(),
                TypedNumber.restore(targetValue, targetScale), baselineYear,
                TypedNumber.restore(baselineValue, baselineScale), wording, units,
                units.stream().map(unitName).toList(), source, shape, TypedNumber.restore(valueFrom, fromScale), TypedNumber.restore(valueTo, toScale),
                population, unitLabel, objectivePosition, numberLabel, number);
    }
}
