package vn.congtactreem.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * A target as the officer drafts it: the indicator, the milestone year, its {@link TargetShape shape},
 * how it compares and the value ("> 95" %), the baseline for a change ("giảm ít nhất 10 % so với năm
 * 2024"), the plan's own wording and the units responsible for it (none: the officer gives the figure
 * in the consolidated report). The values keep the decimals typed.
 *
 * @param valueFrom  a band's starting level ("giảm từ 2 %")
 * @param valueTo    the upper end of a yearly change written as a range ("1 đến 2 %")
 * @param population the stated local population of a share ("8/700 trẻ em": 700)
 * @param unitLabel  what is counted, as the plan says it ("loại vắc xin", "xã", "trẻ em"); null: the
 *                   indicator's unit
 * @param objective  the number of the plan's objective holding it ("Mục tiêu 2": 2); null: none
 * @param number     the plan's own number when it is not the next one ("3a", or "5" after a gap); null or
 *                   blank: the previous target's number + 1 ({@link TargetNumbering})
 */
public record TargetForm(Long indicatorId, Integer milestoneYear, Comparator comparator, BigDecimal targetValue,
                         Integer baselineYear, BigDecimal baselineValue, String wording,
                         List<Long> responsibleUnitIds, TargetShape shape, BigDecimal valueFrom, BigDecimal valueTo,
                         Long population, String unitLabel, Integer objective, String number) {

    /** A target of any shape, outside any objective and numbered after the one before it. */
    public TargetForm(Long indicatorId, Integer milestoneYear, Comparator comparator, BigDecimal targetValue,
                      Integer baselineYear, BigDecimal baselineValue, String wording,
                      List<Long> responsibleUnitIds, TargetShape shape, BigDecimal valueFrom, BigDecimal valueTo,
                      Long population, String unitLabel) {
        this(indicatorId, milestoneYear, comparator, targetValue, baselineYear, baselineValue, wording,
                responsibleUnitIds, shape, valueFrom, valueTo, population, unitLabel, null, null);
    }

    /** A target compared with a value, or a change against a baseline year, as before shapes existed. */
    public TargetForm(Long indicatorId, Integer milestoneYear, Comparator comparator, BigDecimal targetValue,
                      Integer baselineYear, BigDecimal baselineValue, String wording, List<Long> responsibleUnitIds) {
        this(indicatorId, milestoneYear, comparator, targetValue, baselineYear, baselineValue, wording,
                responsibleUnitIds, null, null, null, null, null);
    }

    /** The shape; a form without one (an older API client) is a level or a change by its comparator. */
    @Override
    public TargetShape shape() {
        return shape != null ? shape : TargetShape.of(comparator);
    }

    public List<Long> responsibleUnits() {
        return responsibleUnitIds == null ? List.of() : responsibleUnitIds;
    }

    /** The same target in another year (copied from last year's plan or the upper plan), every part kept. */
    public TargetForm moved(int year, Integer newBaselineYear, BigDecimal newBaselineValue, String newWording,
                            List<Long> units) {
        return new TargetForm(indicatorId, year, comparator, targetValue, newBaselineYear, newBaselineValue,
                newWording, units, shape(), valueFrom, valueTo, population, unitLabel, objective, number);
    }

    /** The same target under another objective (null: none) and with another number label (null: the next). */
    public TargetForm placed(Integer newObjective, String newNumber) {
        return new TargetForm(indicatorId, milestoneYear, comparator, targetValue, baselineYear, baselineValue,
                wording, responsibleUnitIds, shape, valueFrom, valueTo, population, unitLabel, newObjective, newNumber);
    }
}
