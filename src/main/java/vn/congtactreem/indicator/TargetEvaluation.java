package vn.congtactreem.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Where a figure stands against its target ({@link TargetStatus}), the one rule for the unit, the
 * organisation and every level above it.
 *
 * <p>Met: achieved. Not met: on track while time remains and the figure is at least where a straight
 * line from the baseline to the milestone would put it today; off track when behind that line; not
 * achieved ("Không đạt", not "Chậm tiến độ") once the milestone's year is over: the annual report of
 * its own year, the review judging it and every later period. Without a baseline, a target not met yet counts as on track
 * until the milestone's year is over. A change against a baseline ("giảm ít nhất 10 % so với năm
 * 2024") needs the baseline's value: no data without it.
 *
 * <p>The other shapes ({@link TargetShape}): a band is a level target whose line starts at its
 * "from" value; a share of areas or units answering Có is held against the share that said Có of those
 * that answered; a share of a stated population ("8/700 trẻ em") against 8/700 in the indicator's
 * rate (or 8 for a count); a yearly change and a trend against the same period of the year before
 * (the caller's {@code baseline}): met when the change reaches the least amount written ("giảm 1 đến
 * 2 %": 1; more is better still) or, for "giảm dần"/"tăng dần", is any change in that direction (a
 * figure at 0 kept at 0 counts as a decrease); not met, it is on track while the year is not over
 * and the figure moves the right way, off track while the year is not over otherwise, and not
 * achieved at the year's end (each year is its own milestone).
 *
 * <p>"Giữ vững" ({@link TargetShape#MAINTAIN}) holds the figure against the same period's the year before (the
 * caller's {@code baseline}: the target's typed baseline, else last year's reported figure): see
 * {@link #maintained}.
 *
 * <p>Time is counted in years: the baseline is the end of its year, the milestone the end of its
 * year, and a report's moment the end of what it covers (6 months of 2024: 2024.5).
 */
public final class TargetEvaluation {

    private static final int SCALE = 6;
    /** Moments are fractions of years: two closer than this are the same moment. */
    private static final double EPSILON = 1e-9;

    private TargetEvaluation() {
    }

    /** Where a figure stands: "Không phát sinh" when every source said so, else by its value. */
    public static TargetStatus status(Target target, Figure figure, BigDecimal baseline, double asOf) {
        if (figure != null && figure.notApplicable()) {
            return TargetStatus.NOT_APPLICABLE;
        }
        BigDecimal value = figure == null ? null : figure.value();
        if (target.shape() == TargetShape.SHARE_YES && value != null && figure.denominator() > 0) {
            value = BigDecimal.valueOf(figure.numerator() * 100L)
                    .divide(BigDecimal.valueOf(figure.denominator()), SCALE, RoundingMode.HALF_UP);
        }
        return status(target, value, baseline, asOf);
    }

    /**
     * @param value    the figure (null: nothing reported); for a share of areas or units answering Có, that
     *                 share in percent
     * @param baseline the baseline's value: the target's own, else the baseline year's reported
     *                 figure, else null; for a yearly change or a trend the same period's figure the
     *                 year before
     * @param asOf     the moment the figure describes, in years (2024.5 for the first half of 2024)
     */
    public static TargetStatus status(Target target, BigDecimal value, BigDecimal baseline, double asOf) {
        if (value == null) {
            return TargetStatus.NO_DATA;
        }
        if (target.shape().yearOnYear()) {
            return yearOnYear(target, value, baseline, asOf);
        }
        if (target.shape() == TargetShape.MAINTAIN) {
            return maintained(target, value, baseline, asOf);
        }
        Comparator comparator = target.comparator();
        BigDecimal effectiveBaseline = switch (target.shape()) {
            case BAND -> target.valueFrom();
            // last year's yes/no figure says Có or Không, not a share
            case SHARE_YES -> target.baselineValue();
            default -> target.baselineValue() != null ? target.baselineValue() : baseline;
        };
        BigDecimal threshold = target.threshold();
        double start = target.baselineYear() != null ? target.baselineYear() + 1.0 : Math.floor(asOf - EPSILON);
        double end = target.milestoneYear() + 1.0;
        boolean over = milestoneYearOver(target, asOf);
        if (comparator.relative()) {
            if (effectiveBaseline == null) {
                return TargetStatus.NO_DATA;
            }
            BigDecimal change = change(value, effectiveBaseline, comparator);
            if (change == null) {
                return meetsWithoutBaseline(value, comparator) ? TargetStatus.ACHIEVED
                        : over ? TargetStatus.NOT_ACHIEVED : TargetStatus.ON_TRACK;
            }
            if (change.compareTo(target.targetValue()) >= 0) {
                return TargetStatus.ACHIEVED;
            }
            if (over) {
                return TargetStatus.NOT_ACHIEVED;
            }
            BigDecimal expected = target.targetValue().multiply(BigDecimal.valueOf(elapsed(start, end, asOf)));
            return change.compareTo(expected) >= 0 ? TargetStatus.ON_TRACK : TargetStatus.OFF_TRACK;
        }
        if (meets(value, comparator, threshold)) {
            return TargetStatus.ACHIEVED;
        }
        if (over) {
            return TargetStatus.NOT_ACHIEVED;
        }
        if (effectiveBaseline == null) {
            return TargetStatus.ON_TRACK;
        }
        BigDecimal expected = effectiveBaseline.add(threshold.subtract(effectiveBaseline)
                .multiply(BigDecimal.valueOf(elapsed(start, end, asOf))));
        boolean higherIsBetter = switch (comparator) {
            case AT_LEAST, MORE_THAN -> true;
            case AT_MOST, LESS_THAN -> false;
            default -> target.indicator().direction() == Direction.HIGHER_IS_BETTER;
        };
        int versusExpected = value.compareTo(expected);
        return (higherIsBetter ? versusExpected >= 0 : versusExpected <= 0) ? TargetStatus.ON_TRACK
                : TargetStatus.OFF_TRACK;
    }

    /** A yearly change or a trend, against the same period of the year before ({@code previous}). */
    private static TargetStatus yearOnYear(Target target, BigDecimal value, BigDecimal previous, double asOf) {
        if (previous == null) {
            return TargetStatus.NO_DATA;
        }
        boolean decrease = target.comparator() == Comparator.REDUCE_BY;
        BigDecimal moved = decrease ? previous.subtract(value) : value.subtract(previous);
        boolean met;
        if (target.shape() == TargetShape.TREND) {
            met = moved.signum() > 0 || (decrease && value.signum() == 0 && previous.signum() == 0);
        } else if (target.indicator().measure().isRate()) {
            met = moved.compareTo(target.targetValue()) >= 0;
        } else if (previous.signum() == 0) {
            met = meetsWithoutBaseline(value, target.comparator());
        } else {
            met = moved.multiply(BigDecimal.valueOf(100)).divide(previous, SCALE, RoundingMode.HALF_UP)
                    .compareTo(target.targetValue()) >= 0;
        }
        if (met) {
            return TargetStatus.ACHIEVED;
        }
        if (yearOver(asOf)) {
            return TargetStatus.NOT_ACHIEVED;
        }
        return moved.signum() > 0 ? TargetStatus.ON_TRACK : TargetStatus.OFF_TRACK;
    }

    /**
     * "Giữ vững": a yes/no indicator is kept when it says Có this year and said Có last year ({@code previous});
     * with last year unknown it is judged on this year alone (Có is kept). A figure is kept when it is not worse
     * than last year's in the indicator's direction; with last year unknown there is nothing to hold it against (no
     * data). Not kept: off track while the year runs, not achieved at its end.
     */
    private static TargetStatus maintained(Target target, BigDecimal value, BigDecimal previous, double asOf) {
        boolean kept;
        if (target.indicator().measure() == Measure.YES_NO) {
            kept = value.compareTo(BigDecimal.ONE) == 0 && (previous == null || previous.compareTo(BigDecimal.ONE) == 0);
        } else if (previous == null) {
            return TargetStatus.NO_DATA;
        } else {
            int c = value.compareTo(previous);
            kept = target.indicator().direction() == Direction.LOWER_IS_BETTER ? c <= 0 : c >= 0;
        }
        if (kept) {
            return TargetStatus.ACHIEVED;
        }
        return yearOver(asOf) ? TargetStatus.NOT_ACHIEVED : TargetStatus.OFF_TRACK;
    }

    /** Whether the target's milestone year is over at {@code asOf}: its annual report and every later one. */
    private static boolean milestoneYearOver(Target target, double asOf) {
        return asOf >= target.milestoneYear() + 1.0 - EPSILON;
    }

    /**
     * Whether {@code asOf} closes a year (an annual report: 2025.0 for 2024), where a yearly change, a trend or
     * "giữ vững" not met is not achieved rather than off track.
     */
    private static boolean yearOver(double asOf) {
        return Math.abs(asOf - Math.rint(asOf)) < EPSILON;
    }

    /** Whether a value meets a fixed target. */
    public static boolean meets(BigDecimal value, Comparator comparator, BigDecimal target) {
        int c = value.compareTo(target);
        return switch (comparator) {
            case AT_LEAST -> c >= 0;
            case MORE_THAN -> c > 0;
            case AT_MOST -> c <= 0;
            case LESS_THAN -> c < 0;
            case EQUAL -> c == 0;
            case REDUCE_BY, INCREASE_BY -> throw new IllegalArgumentException("relative target: " + comparator);
        };
    }

    /** The change in percent in the target's sense: a reduction of 12 % is 12 for REDUCE_BY. */
    private static BigDecimal change(BigDecimal value, BigDecimal baseline, Comparator comparator) {
        if (baseline.signum() == 0) {
            return null;
        }
        BigDecimal percent = value.subtract(baseline).multiply(BigDecimal.valueOf(100))
                .divide(baseline, SCALE, RoundingMode.HALF_UP);
        return comparator == Comparator.REDUCE_BY ? percent.negate() : percent;
    }

    /** From a baseline of 0 a reduction is met only at 0 and an increase by anything above 0. */
    private static boolean meetsWithoutBaseline(BigDecimal value, Comparator comparator) {
        return comparator == Comparator.REDUCE_BY ? value.signum() == 0 : value.signum() > 0;
    }

    private static double elapsed(double start, double end, double asOf) {
        if (end <= start) {
            return 1.0;
        }
        return Math.max(0.0, Math.min(1.0, (asOf - start) / (end - start)));
    }
}
