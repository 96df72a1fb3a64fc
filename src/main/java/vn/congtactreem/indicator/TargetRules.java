package vn.congtactreem.indicator;

import java.math.BigDecimal;
import vn.congtactreem.base.ValidationException;

/**
 * The rules of a target's requirement, one place for the form, the API and every copy (from the
 * upper plan, from last year): each shape with the parts it needs, values that fit the indicator's
 * measure and kept as typed (at most six decimals). The first broken rule is thrown with its field.
 */
final class TargetRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_DECIMALS = 6;
    private static final int MAX_WHOLE_DIGITS = 12;

    private TargetRules() {
    }

    static void check(String field, TargetForm form, Indicator indicator) {
        TargetShape shape = form.shape();
        Measure measure = indicator.measure();
        Comparator comparator = form.comparator();
        if (shape.hasComparator()) {
            if (comparator == null) {
                throw new ValidationException(field + "comparator", "target.error.comparatorRequired");
            }
            if (comparator.relative() != shape.directional()) {
                throw new ValidationException(field + "comparator", shape.directional()
                        ? "target.error.directionRequired" : "target.error.levelComparator");
            }
        }
        if (measure == Measure.YES_NO && shape != TargetShape.LEVEL && shape != TargetShape.SHARE_YES
                && shape != TargetShape.MAINTAIN) {
            throw new ValidationException(field + (shape == TargetShape.CHANGE ? "comparator" : "shape"),
                    shape == TargetShape.CHANGE ? "target.error.yesNoChange" : "target.error.shapeYesNo");
        }
        if (shape.hasValue()) {
            BigDecimal value = required(field + "targetValue", form.targetValue());
            checkDigits(field + "targetValue", value);
        }
        switch (shape) {
            case LEVEL -> level(field, form, measure);
            case CHANGE -> change(field, form);
            case BAND -> band(field, form, measure);
            case YEARLY_CHANGE -> yearly(field, form);
            case TREND, MAINTAIN -> { }
            case SHARE_YES -> share(field, form, measure);
            case POPULATION_SHARE -> population(field, form);
            case COUNT -> count(field, form, measure);
        }
        if (form.baselineValue() != null && form.baselineValue().signum() < 0) {
            throw new ValidationException(field + "baselineValue", "target.error.negative");
        }
        checkDigits(field + "baselineValue", form.baselineValue());
        if (form.unitLabel() != null && form.unitLabel().strip().length() > 100) {
            throw new ValidationException(field + "unitLabel", "target.error.unitLabelLength");
        }
    }

    private static void level(String field, TargetForm form, Measure measure) {
        BigDecimal value = form.targetValue();
        if (measure == Measure.YES_NO && (form.comparator() != Comparator.EQUAL
                || (value.compareTo(BigDecimal.ONE) != 0 && value.signum() != 0))) {
            throw new ValidationException(field + "targetValue", "target.error.yesNo");
        }
        inMeasure(field + "targetValue", value, measure);
    }

    private static void change(String field, TargetForm form) {
        BigDecimal value = form.targetValue();
        if (value.signum() <= 0 || (form.comparator() == Comparator.REDUCE_BY && value.compareTo(HUNDRED) > 0)) {
            throw new ValidationException(field + "targetValue", "target.error.changePercent");
        }
    }

    private static void band(String field, TargetForm form, Measure measure) {
        BigDecimal from = required(field + "valueFrom", form.valueFrom());
        checkDigits(field + "valueFrom", from);
        inMeasure(field + "valueFrom", from, measure);
        inMeasure(field + "targetValue", form.targetValue(), measure);
        if (from.compareTo(form.targetValue()) == 0) {
            throw new ValidationException(field + "targetValue", "target.error.bandEqual");
        }
    }

    private static void yearly(String field, TargetForm form) {
        if (form.targetValue().signum() <= 0) {
            throw new ValidationException(field + "targetValue", "target.error.yearlyPositive");
        }
        if (form.valueTo() != null) {
            checkDigits(field + "valueTo", form.valueTo());
            if (form.valueTo().compareTo(form.targetValue()) <= 0) {
                throw new ValidationException(field + "valueTo", "target.error.rangeOrder");
            }
        }
    }

    private static void share(String field, TargetForm form, Measure measure) {
        if (measure != Measure.YES_NO) {
            throw new ValidationException(field + "shape", "target.error.shareNeedsYesNo");
        }
        inMeasure(field + "targetValue", form.targetValue(), Measure.PERCENT);
    }

    private static void population(String field, TargetForm form) {
        inMeasure(field + "targetValue", form.targetValue(), Measure.COUNT);
        if (form.population() == null || form.population() <= 0) {
            throw new ValidationException(field + "population", "target.error.populationRequired");
        }
        if (form.targetValue().compareTo(BigDecimal.valueOf(form.population())) > 0) {
            throw new ValidationException(field + "targetValue", "target.error.populationOrder",
                    String.valueOf(form.population()));
        }
    }

    private static void count(String field, TargetForm form, Measure measure) {
        if (measure != Measure.COUNT) {
            throw new ValidationException(field + "shape", "target.error.countNeedsCount");
        }
        inMeasure(field + "targetValue", form.targetValue(), Measure.COUNT);
    }

    private static BigDecimal required(String field, BigDecimal value) {
        if (value == null) {
            throw new ValidationException(field, "target.error.valueRequired");
        }
        if (value.signum() < 0) {
            throw new ValidationException(field, "target.error.negative");
        }
        return value;
    }

    private static void inMeasure(String field, BigDecimal value, Measure measure) {
        if (measure == Measure.PERCENT && value.compareTo(HUNDRED) > 0) {
            throw new ValidationException(field, "target.error.percentAbove100");
        }
        if (measure == Measure.COUNT && value.stripTrailingZeros().scale() > 0) {
            throw new ValidationException(field, "target.error.wholeNumber");
        }
    }

    /** A value is kept exactly as typed: at most six decimals and twelve digits before the comma. */
    private static void checkDigits(String field, BigDecimal value) {
        if (value == null) {
            return;
        }
        if (value.scale() > MAX_DECIMALS) {
            throw new ValidationException(field, "target.error.decimals", String.valueOf(MAX_DECIMALS));
        }
        if (value.precision() - value.scale() > MAX_WHOLE_DIGITS) {
            throw new ValidationException(field, "target.error.tooLarge");
        }
    }
}
