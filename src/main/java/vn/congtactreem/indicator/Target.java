package vn.congtactreem.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * A target of a plan, as its readers need it: "Chỉ tiêu 3: PB-01 Tỷ lệ trẻ em có hoàn cảnh đặc biệt
 * được chăm sóc, năm 2024: > 95 %, Trạm Y tế chủ trì", and where its figure comes from ({@code source}).
 * The parts of the shapes beyond a plain value are described on {@link TargetForm}; {@code objective} is the
 * number of the plan's objective holding it (null: none), {@code numberLabel} the number the officer typed (null:
 * the next one) and {@code number} the plan's number of the target as printed ("3", "3a").
 */
public record Target(long id, long planId, int position, Indicator indicator, int milestoneYear,
                     Comparator comparator, BigDecimal targetValue, Integer baselineYear, BigDecimal baselineValue,
                     String wording, List<Long> responsibleUnitIds, List<String> responsibleUnitNames,
                     FigureSource source, TargetShape shape, BigDecimal valueFrom, BigDecimal valueTo,
                     Long population, String unitLabel, Integer objective, String numberLabel, String number) {

    public Target {
        shape = shape != null ? shape : TargetShape.of(comparator);
        number = number != null ? number : String.valueOf(position);
    }

    /**
     * A target outside any objective, numbered by its position.
     */
    public Target(long id, long planId, int position, Indicator indicator, int milestoneYear,
                  Comparator comparator, BigDecimal targetValue, Integer baselineYear, BigDecimal baselineValue,
                  String wording, List<Long> responsibleUnitIds, List<String> responsibleUnitNames,
                  FigureSource source, TargetShape shape, BigDecimal valueFrom, BigDecimal valueTo,
                  Long population, String unitLabel) {
        this(id, planId, position, indicator, milestoneYear, comparator, targetValue, baselineYear, baselineValue,
                wording, responsibleUnitIds, responsibleUnitNames, source, shape, valueFrom, valueTo, population,
                unitLabel, null, null, null);
    }

    /** A target compared with a value or changed against a baseline year, as before shapes existed. */
    public Target(long id, long planId, int position, Indicator indicator, int milestoneYear, Comparator comparator,
                  BigDecimal targetValue, Integer baselineYear, BigDecimal baselineValue, String wording,
                  List<Long> responsibleUnitIds, List<String> responsibleUnitNames, FigureSource source) {
        this(id, planId, position, indicator, milestoneYear, comparator, targetValue, baselineYear, baselineValue,
                wording, responsibleUnitIds, responsibleUnitNames, source, null, null, null, null, null);
    }

    /** A target whose units are offices (or none): its source follows from that alone. */
    public Target(long id, long planId, int position, Indicator indicator, int milestoneYear, Comparator comparator,
                  BigDecimal targetValue, Integer baselineYear, BigDecimal baselineValue, String wording,
                  List<Long> responsibleUnitIds, List<String> responsibleUnitNames) {
        this(id, planId, position, indicator, milestoneYear, comparator, targetValue, baselineYear, baselineValue,
                wording, responsibleUnitIds, responsibleUnitNames,
                responsibleUnitIds.isEmpty() ? FigureSource.OWN : FigureSource.UNITS);
    }

    /** The target as the officer typed it (a band's direction follows from its two levels: no comparator). */
    public TargetForm toForm() {
        return new TargetForm(indicator.id(), milestoneYear, shape.hasComparator() ? comparator : null,
                targetValue, baselineYear, baselineValue, wording, responsibleUnitIds, shape, valueFrom, valueTo, population, unitLabel,
                objective, numberLabel);
    }

    /** "Chỉ tiêu 3" (or "Chỉ tiêu 3a"), the plan's own number. */
    public String heading() {
        return "Chỉ tiêu " + number;
    }

    /** "> 95 %", "giảm từ 2 % xuống 1,5 %", "giảm 1 đến 2 % mỗi năm", "≥ 95 % số xã đạt", "≥ 8/700 trẻ em". */
    public String requirement() {
        return TargetWording.requirement(this);
    }

    /** What a count is counted in: the plan's own words, else the indicator's unit ("trẻ em"), else "". */
    public String countedAs() {
        if (unitLabel != null && !unitLabel.isBlank()) {
            return unitLabel.strip();
        }
        return indicator.countUnit() == null ? "" : indicator.countUnit();
    }

    /** The measure {@code targetValue} is written in: % for a change or a share, else the indicator's. */
    public Measure valueMeasure() {
        return switch (shape) {
            case CHANGE, SHARE_YES -> Measure.PERCENT;
            case YEARLY_CHANGE -> indicator.measure().isRate() ? indicator.measure() : Measure.PERCENT;
            case POPULATION_SHARE, COUNT -> Measure.COUNT;
            default -> indicator.measure();
        };
    }

    /**
     * The value a figure is held against for shapes compared with a level: a share of a population
     * as a rate in the indicator's measure (8/700 in % is 1,142857), else {@code targetValue}.
     */
    public BigDecimal threshold() {
        if (shape == TargetShape.POPULATION_SHARE && indicator.measure().isRate() && population != null
                && population > 0) {
            return targetValue.multiply(indicator.measure().scale())
                    .divide(BigDecimal.valueOf(population), 6, java.math.RoundingMode.HALF_UP);
        }
        return targetValue;
    }

    /** The responsible units' names, "Công an xã, Trạm Y tế xã". */
    public String responsibleNames() {
        return String.join(", ", responsibleUnitNames);
    }

    /** Whether this unit answers for the target's figure. */
    public boolean isResponsible(long orgUnitId) {
        return responsibleUnitIds.contains(orgUnitId);
    }
}
