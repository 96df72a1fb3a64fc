package vn.congtactreem.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * A target of a plan, as its readers need it: "Chỉ tiêu 3: PB-01 Tỷ lệ trẻ em có hoàn cảnh đặc biệt
 * được chăm sóc, năm 2024: > 95 %, Trạm Y tế chủ trì", and where its figure comes from ({@code source}).
 */
public record Target(long id, long planId, int position, Indicator indicator, int milestoneYear,
                     Comparator comparator, BigDecimal targetValue, Integer baselineYear, BigDecimal baselineValue,
                     String wording, List<Long> responsibleUnitIds, List<String> responsibleUnitNames,
                     FigureSource source) {

    /** A target whose units are offices (or none): its source follows from that alone. */
    public Target(long id, long planId, int position, Indicator indicator, int milestoneYear, Comparator comparator,
                  BigDecimal targetValue, Integer baselineYear, BigDecimal baselineValue, String wording,
                  List<Long> responsibleUnitIds, List<String> responsibleUnitNames) {
        this(id, planId, position, indicator, milestoneYear, comparator, targetValue, baselineYear, baselineValue,
                wording, responsibleUnitIds, responsibleUnitNames,
                responsibleUnitIds.isEmpty() ? FigureSource.OWN : FigureSource.UNITS);
    }

    public TargetForm toForm() {
        return new TargetForm(indicator.id(), milestoneYear, comparator, targetValue, baselineYear, baselineValue,
                wording, responsibleUnitIds);
    }

    /** "> 95 %", "< 20 /100.000", "= Có", "giảm ≥ 10 % so với năm 2024". */
    public String requirement() {
        return Numbers.requirement(indicator.measure(), comparator, targetValue, baselineYear);
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
