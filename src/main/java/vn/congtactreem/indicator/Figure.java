package vn.congtactreem.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator's figure for an organisation and period, rolled up from the reports in
 * {@code sources}: rates as Σ numerators / Σ denominators, counts as Σ, yes/no as how many said yes
 * ({@code numerator}) of how many answered ({@code denominator}).
 *
 * @param value the figure in the indicator's measure (yes/no: 1 when every answer is yes); null when
 *              nothing was reported or the denominators add up to 0
 */
public record Figure(Indicator indicator, long numerator, long denominator, BigDecimal value,
                     List<Contribution> sources) {

    public static final String NOT_APPLICABLE = "Không phát sinh";

    public boolean hasData() {
        return value != null;
    }

    /** Every source answered "Không phát sinh": nothing to count anywhere this period. */
    public boolean notApplicable() {
        return !sources.isEmpty() && sources.stream().allMatch(Contribution::notApplicable);
    }

    /** A figure as a table cell shows it: its {@link #display()}, "Không phát sinh", or "—" when there is none. */
    public static String cell(Figure figure) {
        if (figure != null && figure.notApplicable()) {
            return NOT_APPLICABLE;
        }
        return figure == null || !figure.hasData() ? "—" : figure.display();
    }

    /** "95,2 % (1.234/1.296)", "12", "Có", "3/5 đạt", "Không phát sinh". */
    public String display() {
        if (notApplicable()) {
            return NOT_APPLICABLE;
        }
        if (value == null) {
            return "";
        }
        Measure measure = indicator.measure();
        if (measure.isRate()) {
            return Numbers.value(measure, value) + " (" + Numbers.format(numerator) + "/"
                    + Numbers.format(denominator) + ")";
        }
        if (measure == Measure.YES_NO && denominator > 1) {
            return Numbers.format(numerator) + "/" + Numbers.format(denominator) + " đạt";
        }
        return Numbers.value(measure, value);
    }
}
