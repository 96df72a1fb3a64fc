package vn.congtactreem.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one roll-up rule: rates aggregate as the sum of numerators over the sum of denominators (never
 * an average of percentages), counts sum, yes/no counts the yeses; per 1.000 and per 100.000 are
 * computed from the sums. Exact: sums are whole numbers, the division happens once at the end. A
 * "Không phát sinh" answer is a source that adds nothing to either sum.
 */
public final class RollUp {

    private static final int DECIMALS = 6;

    private RollUp() {
    }

    public static Figure of(Indicator indicator, List<Contribution> sources) {
        long numerator = 0;
        long denominator = 0;
        boolean counted = false;
        for (Contribution c : sources) {
            if (c.notApplicable()) {
                continue;
            }
            counted = true;
            numerator = Math.addExact(numerator, c.numerator());
            denominator = Math.addExact(denominator, c.denominator());
        }
        BigDecimal value = !counted ? null : switch (indicator.measure()) {
            case PERCENT, PER_THOUSAND, PER_100K -> denominator == 0 ? null
                    : rate(indicator.measure(), numerator, denominator);
            case COUNT -> BigDecimal.valueOf(numerator);
            case YES_NO -> numerator == denominator ? BigDecimal.ONE : BigDecimal.ZERO;
        };
        return new Figure(indicator, numerator, denominator, value, List.copyOf(sources));
    }

    /** What a unit (an office, or a sub-area with its consolidated figure) adds, with the unit it came from. */
    public record Answer(long orgUnitId, Contribution contribution) {
    }

    /**
     * One figure of a level from its direct sources, each exactly once (docs/decisions/0001): the
     * answers of the units responsible for the indicator at this level (an office's report, a
     * sub-area's whole consolidated figure) and the organisation's own value only when no unit is
     * responsible. Answers of units that are not responsible (a commune's figure for a target the
     * district's education office reports for the whole district) are left out.
     */
    public static Figure ofLevel(Indicator indicator, Set<Long> responsibleUnitIds, List<Answer> answers,
                                 Optional<Contribution> own) {
        if (responsibleUnitIds.isEmpty()) {
            return of(indicator, own.stream().toList());
        }
        return of(indicator, answers.stream().filter(a -> responsibleUnitIds.contains(a.orgUnitId()))
                .map(Answer::contribution).toList());
    }

    /** numerator / denominator in the measure's scale (× 100, × 1.000, × 100.000). */
    public static BigDecimal rate(Measure measure, long numerator, long denominator) {
        if (denominator == 0) {
            throw new ArithmeticException("denominator 0");
        }
        return BigDecimal.valueOf(numerator).multiply(measure.scale())
                .divide(BigDecimal.valueOf(denominator), DECIMALS, RoundingMode.HALF_UP)
                .round(MathContext.DECIMAL64).stripTrailingZeros();
    }

    /**
     * A typed value as what it adds to a figure; empty for blank boxes or a zero denominator; "Không
     * phát sinh" as an answer that adds nothing to the sums.
     */
    public static Optional<Contribution> contribution(Indicator indicator, Reading reading, long reportId,
                                                                boolean consolidated, String orgUnitName) {
        if (reading != null && reading.notApplicable()) {
            return Optional.of(Contribution.notApplicable(reportId, consolidated, orgUnitName));
        }
        if (reading == null || reading.numerator() == null) {
            return Optional.empty();
        }
        if (indicator.measure().isRate()) {
            if (reading.denominator() == null || reading.denominator() == 0) {
                return Optional.empty();
            }
            return Optional.of(new Contribution(reportId, consolidated, orgUnitName, reading.numerator(),
                    reading.denominator()));
        }
        return Optional.of(new Contribution(reportId, consolidated, orgUnitName, reading.numerator(), 1));
    }

    /** A sub-area's whole figure as one contribution to the level above (its sums, not its rate). */
    public static Optional<Contribution> contribution(Figure figure, long consolidatedReportId,
                                                                String orgUnitName) {
        if (figure.sources().isEmpty()) {
            return Optional.empty();
        }
        if (figure.notApplicable()) {
            return Optional.of(Contribution.notApplicable(consolidatedReportId, true, orgUnitName));
        }
        return Optional.of(new Contribution(consolidatedReportId, true, orgUnitName, figure.numerator(),
                figure.denominator()));
    }
}
