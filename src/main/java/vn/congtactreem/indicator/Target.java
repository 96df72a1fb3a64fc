package vn.congtactreem.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * A target of a plan, as its readers need it: "Chỉ tiêu 3: PB-01 Tỷ lệ trẻ em có hoàn cảnh đặc biệt
 * được chăm sóc, năm 2024: > 95 %, Trạm Y tế chủ trì".
 */
public record Target(long id, long planId, int position, Indicator indicator, int milestoneYear,
                     Comparator comparator, BigDecimal targetValue, Integer baselineYear, BigDecimal baselineValue,
                     String wording, List<Long> responsibleUnitIds, List<String> responsibleUnitNames) {

    public TargetForm toForm() {
        return new TargetForm(indicator.id(), milestoneYear, comparator, targetValue, baselineYear, baselineValue,
                wording, responsibleUnitIds);
    }

    /** "> 95 %", "< 20 /100.000", "= Có", "giảm ≥ 10 % so với năm 2024". */
    public String requirement() {
        return Numbers.requirement(indicator.measure(), comparator, targetValue, baselineYear);
    }

    /** Whether this unit answers for the target's figure. */
    public boolean isResponsible(long orgUnitId) {
        return responsibleUnitIds.contains(orgUnitId);
    }
}
