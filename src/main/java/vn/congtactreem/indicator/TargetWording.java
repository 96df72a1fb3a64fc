package vn.congtactreem.indicator;

import java.math.BigDecimal;

/** A target's requirement in the words plans use, with its values as typed. */
final class TargetWording {

    private TargetWording() {
    }

    static String requirement(Target t) {
        Measure measure = t.indicator().measure();
        boolean decrease = t.comparator() == Comparator.REDUCE_BY;
        return switch (t.shape()) {
            case LEVEL -> t.comparator().symbol() + " " + Numbers.typedValue(measure, t.targetValue());
            case CHANGE -> t.comparator().symbol() + " " + Numbers.typed(t.targetValue()) + " % so với năm "
                    + t.baselineYear();
            case BAND -> (t.valueFrom().compareTo(t.targetValue()) > 0 ? "giảm từ " : "tăng từ ")
                    + Numbers.typedValue(measure, t.valueFrom())
                    + (t.valueFrom().compareTo(t.targetValue()) > 0 ? " xuống " : " lên ")
                    + Numbers.typedValue(measure, t.targetValue());
            case YEARLY_CHANGE -> (decrease ? "giảm " : "tăng ") + Numbers.typed(t.targetValue())
                    + (t.valueTo() == null ? "" : " đến " + Numbers.typed(t.valueTo())) + " "
                    + t.valueMeasure().symbol() + " mỗi năm";
            case TREND -> decrease ? "giảm dần" : "tăng dần";
            case MAINTAIN -> measure == Measure.YES_NO ? "giữ vững Có" : "giữ vững mức năm trước";
            case SHARE_YES -> t.comparator().symbol() + " " + Numbers.typed(t.targetValue()) + " % số "
                    + or(t.countedAs(), "đơn vị") + " đạt";
            case POPULATION_SHARE -> t.comparator().symbol() + " " + Numbers.typed(t.targetValue()) + "/"
                    + Numbers.format(BigDecimal.valueOf(t.population()), 0) + suffix(t.countedAs());
            case COUNT -> t.comparator().symbol() + " " + Numbers.typed(t.targetValue()) + suffix(t.countedAs());
        };
    }

    private static String or(String text, String otherwise) {
        return text.isEmpty() ? otherwise : text;
    }

    private static String suffix(String unit) {
        return unit.isEmpty() ? "" : " " + unit;
    }
}
