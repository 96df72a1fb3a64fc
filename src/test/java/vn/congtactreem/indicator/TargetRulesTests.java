package vn.congtactreem.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.congtactreem.indicator.Indicators.CARED_FOR;
import static vn.congtactreem.indicator.Indicators.CHILD_FRIENDLY;
import static vn.congtactreem.indicator.Indicators.INJURY_DEATHS;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congtactreem.base.ValidationException;

/** The one set of rules the form, the API and the copies of targets go through, shape by shape. */
class TargetRulesTests {

    @Test
    void everyShapeWithItsPartsIsAccepted() {
        List.of(form(TargetShape.BAND, null, "1.5", "2", null, null, null),
                form(TargetShape.YEARLY_CHANGE, Comparator.REDUCE_BY, "1", null, "2", null, null),
                form(TargetShape.TREND, Comparator.REDUCE_BY, null, null, null, null, null),
                form(TargetShape.POPULATION_SHARE, Comparator.AT_LEAST, "8", null, null, 700L, "trẻ em"),
                form(TargetShape.LEVEL, Comparator.LESS_THAN, "0.05", null, null, null, null))
                .forEach(f -> assertThatCode(() -> TargetRules.check("t.", f, CARED_FOR)).doesNotThrowAnyException());
        assertThatCode(() -> TargetRules.check("t.", form(TargetShape.SHARE_YES, Comparator.AT_LEAST, "95", null,
                null, null, "xã"), CHILD_FRIENDLY)).doesNotThrowAnyException();
        assertThatCode(() -> TargetRules.check("t.", form(TargetShape.COUNT, Comparator.AT_LEAST, "10", null, null,
                null, "loại vắc xin"), INJURY_DEATHS)).doesNotThrowAnyException();
    }

    @Test
    void giuVungNeedsNoValueNorComparatorAndFitsAYesNoIndicator() {
        assertThatCode(() -> TargetRules.check("t.", form(TargetShape.MAINTAIN, null, null, null, null, null, null),
                CHILD_FRIENDLY)).doesNotThrowAnyException();
        assertThatCode(() -> TargetRules.check("t.", form(TargetShape.MAINTAIN, null, null, null, null, null, null),
                INJURY_DEATHS)).doesNotThrowAnyException();
        // another shape on a yes/no indicator is still refused
        assertRefused(form(TargetShape.TREND, Comparator.INCREASE_BY, null, null, null, null, null), CHILD_FRIENDLY,
                "t.shape", "target.error.shapeYesNo");
    }

    @Test
    void aMissingOrWrongPartIsRefusedOnItsField() {
        assertRefused(form(TargetShape.BAND, null, "1.5", null, null, null, null), CARED_FOR,
                "t.valueFrom", "target.error.valueRequired");
        assertRefused(form(TargetShape.BAND, null, "2", "2", null, null, null), CARED_FOR,
                "t.targetValue", "target.error.bandEqual");
        assertRefused(form(TargetShape.BAND, null, "90", "120", null, null, null), CARED_FOR,
                "t.valueFrom", "target.error.percentAbove100");
        assertRefused(form(TargetShape.YEARLY_CHANGE, Comparator.REDUCE_BY, "2", null, "1", null, null), CARED_FOR,
                "t.valueTo", "target.error.rangeOrder");
        assertRefused(form(TargetShape.YEARLY_CHANGE, Comparator.AT_MOST, "1", null, null, null, null), CARED_FOR,
                "t.comparator", "target.error.directionRequired");
        assertRefused(form(TargetShape.YEARLY_CHANGE, Comparator.REDUCE_BY, "0", null, null, null, null), CARED_FOR,
                "t.targetValue", "target.error.yearlyPositive");
        assertRefused(form(TargetShape.TREND, Comparator.REDUCE_BY, null, null, null, null, null), CHILD_FRIENDLY,
                "t.shape", "target.error.shapeYesNo");
        assertRefused(form(TargetShape.SHARE_YES, Comparator.AT_LEAST, "95", null, null, null, null), CARED_FOR,
                "t.shape", "target.error.shareNeedsYesNo");
        assertRefused(form(TargetShape.SHARE_YES, Comparator.AT_LEAST, "105", null, null, null, null),
                CHILD_FRIENDLY, "t.targetValue", "target.error.percentAbove100");
        assertRefused(form(TargetShape.POPULATION_SHARE, Comparator.AT_LEAST, "8", null, null, null, null),
                CARED_FOR, "t.population", "target.error.populationRequired");
        assertRefused(form(TargetShape.POPULATION_SHARE, Comparator.AT_LEAST, "800", null, null, 700L, null),
                CARED_FOR, "t.targetValue", "target.error.populationOrder");
        assertRefused(form(TargetShape.POPULATION_SHARE, Comparator.AT_LEAST, "8.5", null, null, 700L, null),
                CARED_FOR, "t.targetValue", "target.error.wholeNumber");
        assertRefused(form(TargetShape.COUNT, Comparator.AT_LEAST, "10", null, null, null, null), CARED_FOR,
                "t.shape", "target.error.countNeedsCount");
        assertRefused(form(TargetShape.LEVEL, Comparator.REDUCE_BY, "10", null, null, null, null), CARED_FOR,
                "t.comparator", "target.error.levelComparator");
        assertRefused(form(TargetShape.LEVEL, Comparator.AT_LEAST, "0.1234567", null, null, null, null), CARED_FOR,
                "t.targetValue", "target.error.decimals");
    }

    @Test
    void aFormWithoutAShapeIsALevelOrAChangeByItsComparator() {
        assertThat(new TargetForm(1L, 2024, Comparator.AT_LEAST, BigDecimal.TEN, null, null, null, null).shape())
                .isEqualTo(TargetShape.LEVEL);
        assertThat(new TargetForm(1L, 2024, Comparator.REDUCE_BY, BigDecimal.TEN, 2023, null, null, null).shape())
                .isEqualTo(TargetShape.CHANGE);
    }

    private static void assertRefused(TargetForm form, Indicator indicator, String field, String key) {
        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> TargetRules.check("t.", form, indicator));
        assertThat(refused).as(form.toString()).isNotNull();
        assertThat(refused.field()).isEqualTo(field);
        assertThat(refused.messageKey()).isEqualTo(key);
    }

    private static TargetForm form(TargetShape shape, Comparator comparator, String value, String from, String to,
                                   Long population, String unit) {
        return new TargetForm(1L, 2024, comparator, value == null ? null : new BigDecimal(value), null, null, null,
                List.of(), shape, from == null ? null : new BigDecimal(from), to == null ? null : new BigDecimal(to),
                population, unit);
    }
}
