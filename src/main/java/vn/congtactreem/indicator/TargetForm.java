package vn.congtactreem.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * A target as the officer drafts it: the indicator, the milestone year, how it compares and the
 * value ("> 95" %), the baseline for a change ("giảm ít nhất 10 % so với năm 2024"), the plan's own
 * wording and the units responsible for it (none: the officer gives the figure in the consolidated
 * report).
 */
public record TargetForm(Long indicatorId, Integer milestoneYear, Comparator comparator, BigDecimal targetValue,
                         Integer baselineYear, BigDecimal baselineValue, String wording,
                         List<Long> responsibleUnitIds) {

    public List<Long> responsibleUnits() {
        return responsibleUnitIds == null ? List.of() : responsibleUnitIds;
    }
}
