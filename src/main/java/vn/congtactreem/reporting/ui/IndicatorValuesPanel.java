package vn.congtactreem.reporting.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.congtactreem.base.ui.FieldErrors;
import vn.congtactreem.indicator.Indicator;
import vn.congtactreem.indicator.Measure;
import vn.congtactreem.indicator.Numbers;
import vn.congtactreem.indicator.Objective;
import vn.congtactreem.indicator.ObjectiveGroups;
import vn.congtactreem.indicator.Reading;
import vn.congtactreem.indicator.ReadingCheck;
import vn.congtactreem.indicator.RollUp;
import vn.congtactreem.reporting.TargetFigure;

/**
 * One value row per indicator a report asks for: the numerator and the denominator of a rate (what
 * each counts, and the rate computed as it is typed), the number of a count, Có/Không; beside it the
 * targets, last year's figure and where it stands; "Không phát sinh" (with an optional note) instead
 * of numbers when there was nothing to count. A value that breaks a rule is said next to its box
 * while typing; it is kept all the same (saving a draft loses nothing).
 */
class IndicatorValuesPanel extends Composite<VerticalLayout> {

    private final List<Row> rows = new ArrayList<>();

    /**
     * @param asked   the indicators, in the plan's order
     * @param targets    the targets of those indicators with their figures (for the target, last year and status)
     * @param objectives the plan's objectives: the rows are grouped under "Mục tiêu 1: …" as the plan groups
     *                   their targets (an indicator under its first target's objective), each target said with
     *                   the plan's number; a plan without objectives shows the rows as before
     */
    IndicatorValuesPanel(String headingKey, List<Indicator> asked, Map<Long, Reading> saved,
                         List<TargetFigure> targets, List<Objective> objectives, boolean editable, Runnable onChange) {
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.addClassName("indicator-values");
        content.add(new H3(getTranslation(headingKey)));
        Map<Long, List<TargetFigure>> byIndicator = new java.util.HashMap<>();
        targets.forEach(t -> byIndicator.computeIfAbsent(t.target().indicator().id(), k -> new ArrayList<>()).add(t));
        boolean numbered = targets.stream().anyMatch(t -> t.target().objective() != null);
        for (int i = 0; i < asked.size(); i++) {
            Indicator indicator = asked.get(i);
            rows.add(new Row(i, indicator, saved.get(indicator.id()), byIndicator.getOrDefault(indicator.id(),
                    List.of()), numbered, editable, onChange));
        }
        // the value rows stay in the order asked ("values[i]"); only their places on the screen follow the plan
        for (ObjectiveGroups.Group<Row> group : ObjectiveGroups.of(rows, row -> byIndicator
                .getOrDefault(row.indicator.id(), List.of()).stream().map(t -> t.target().objective())
                .filter(java.util.Objects::nonNull).min(Integer::compare).orElse(null), objectives)) {
            if (group.objective() != null) {
                H4 heading = new H4(group.heading());
                heading.addClassName("objective-heading");
                content.add(heading);
            }
            group.items().forEach(content::add);
        }
    }

    /** The objectives' headings, in the order shown (none for a plan without objectives). */
    List<String> headings() {
        return getContent().getChildren().filter(H4.class::isInstance).map(c -> ((H4) c).getText()).toList();
    }

    List<Reading> value() {
        return rows.stream().map(Row::reading).toList();
    }

    /** The service's errors "values[i].numerator" on row i's boxes. */
    void bind(FieldErrors errors) {
        errors.unbindPrefix("values[");
        rows.forEach(row -> row.bind(errors));
    }

    /** Says next to each box what breaks a rule now (after the form cleared its errors on saving). */
    void showProblems() {
        rows.forEach(Row::showProblem);
    }

    /** One indicator's boxes. */
    private final class Row extends Div {

        private final int index;
        private final Indicator indicator;
        private final IntegerField numerator = new IntegerField();
        private final IntegerField denominator = new IntegerField();
        private final RadioButtonGroup<Integer> yesNo = new RadioButtonGroup<>();
        private final Checkbox confirmed = new Checkbox();
        private final Checkbox notApplicable = new Checkbox();
        private final TextField note = new TextField();
        private final Span computed = new Span();
        private final Div numbers = new Div();

        Row(int index, Indicator indicator, Reading saved, List<TargetFigure> targets, boolean numbered,
            boolean editable, Runnable onChange) {
            this.index = index;
            this.indicator = indicator;
            addClassName("indicator-value-row");
            Span name = new Span(indicator.code() + " — " + indicator.name());
            name.addClassName("indicator-name");
            add(name);
            Div boxes = new Div();
            boxes.addClassName("indicator-boxes");
            numbers.addClassName("indicator-numbers");
            Measure measure = indicator.measure();
            if (measure == Measure.YES_NO) {
                yesNo.setLabel(getTranslation("report.values.yesNo"));
                yesNo.setItems(1, 0);
                yesNo.setItemLabelGenerator(v -> getTranslation(v == 1 ? "report.values.yes" : "report.values.no"));
                yesNo.setValue(saved == null || saved.numerator() == null ? null : saved.numerator().intValue());
                yesNo.setReadOnly(!editable);
                yesNo.addValueChangeListener(e -> changed(onChange));
                numbers.add(yesNo);
            } else {
                numerator.setLabel(label(indicator.numerator(), indicator.countUnit()));
                numerator.setValue(saved == null || saved.numerator() == null ? null : saved.numerator().intValue());
                numerator.setReadOnly(!editable);
                numerator.addValueChangeListener(e -> changed(onChange));
                numbers.add(numerator);
                if (measure.isRate()) {
                    denominator.setLabel(label(indicator.denominator(), null));
                    denominator.setValue(saved == null || saved.denominator() == null ? null
                            : saved.denominator().intValue());
                    denominator.setReadOnly(!editable);
                    denominator.addValueChangeListener(e -> changed(onChange));
                    numbers.add(denominator);
                    computed.addClassName("indicator-computed");
                    numbers.add(computed);
                }
            }
            confirmed.setLabel(getTranslation("report.values.confirm"));
            confirmed.setValue(saved != null && saved.confirmed());
            confirmed.setReadOnly(!editable);
            confirmed.addValueChangeListener(e -> changed(onChange));
            numbers.add(confirmed);
            notApplicable.setLabel(getTranslation("report.values.notApplicable"));
            notApplicable.setHelperText(getTranslation("report.values.notApplicable.help"));
            notApplicable.addClassName("indicator-not-applicable");
            notApplicable.setValue(saved != null && saved.notApplicable());
            notApplicable.setReadOnly(!editable);
            notApplicable.addValueChangeListener(e -> {
                showNotApplicable();
                changed(onChange);
            });
            note.setLabel(getTranslation("report.values.note"));
            note.setMaxLength(Reading.NOTE_MAX);
            note.setValue(saved == null || saved.note() == null ? "" : saved.note());
            note.setReadOnly(!editable);
            note.addValueChangeListener(e -> changed(onChange));
            boxes.add(numbers, notApplicable, note);
            add(boxes);
            showNotApplicable();
            add(context(targets, numbered));
            showComputed();
            showProblem();
        }

        /** "Không phát sinh" puts the numbers away and asks for an optional note instead. */
        private void showNotApplicable() {
            numbers.setVisible(!notApplicable.getValue());
            note.setVisible(notApplicable.getValue());
        }

        private String label(String what, String unit) {
            String text = what == null ? indicator.name() : what;
            return unit == null || unit.isBlank() ? text : text + " (" + unit + ")";
        }

        /** The targets of this indicator, last year's figure and where the saved figure stands. */
        private Div context(List<TargetFigure> targets, boolean numbered) {
            Div context = new Div();
            context.addClassName("indicator-context");
            for (TargetFigure t : targets) {
                Span target = new Span(numbered ? getTranslation("objectives.values.target", t.target().number(),
                        String.valueOf(t.target().milestoneYear()), t.target().requirement())
                        : getTranslation("report.values.target", String.valueOf(t.target().milestoneYear()),
                        t.target().requirement()));
                context.add(target, StatusBadge.of(t.status()));
            }
            targets.stream().map(TargetFigure::lastYear).filter(f -> f != null && f.hasData()).findFirst()
                    .ifPresent(last -> context.add(new Span(getTranslation("report.values.lastYear",
                            last.display()))));
            return context;
        }

        private void changed(Runnable onChange) {
            showComputed();
            onChange.run();
            showProblem();
        }

        private void showComputed() {
            Reading reading = reading();
            boolean computable = indicator.measure().isRate() && reading.numerator() != null
                    && reading.denominator() != null && reading.denominator() > 0 && reading.numerator() >= 0
                    && reading.numerator() <= reading.denominator();
            computed.setText(computable ? "= " + Numbers.value(indicator.measure(),
                    RollUp.rate(indicator.measure(), reading.numerator(), reading.denominator())) : "");
        }

        void showProblem() {
            Optional<ReadingCheck.Problem> problem = ReadingCheck.check(indicator, reading());
            boolean implausible = problem.map(p -> p.field().equals("confirmed")).orElse(false);
            confirmed.setVisible(implausible || confirmed.getValue());
            for (var box : List.of(numerator, denominator)) {
                box.setInvalid(false);
                box.setErrorMessage(null);
            }
            yesNo.setInvalid(false);
            note.setInvalid(false);
            problem.ifPresent(p -> {
                String message = getTranslation(p.messageKey(), p.args());
                if (p.field().equals("note")) {
                    note.setErrorMessage(message);
                    note.setInvalid(true);
                } else if (indicator.measure() == Measure.YES_NO) {
                    yesNo.setErrorMessage(message);
                    yesNo.setInvalid(true);
                } else {
                    IntegerField box = p.field().equals("denominator") ? denominator : numerator;
                    box.setErrorMessage(message);
                    box.setInvalid(true);
                }
            });
        }

        Reading reading() {
            if (notApplicable.getValue()) {
                return Reading.notApplicable(indicator.id(), note.getValue());
            }
            if (indicator.measure() == Measure.YES_NO) {
                return new Reading(indicator.id(), yesNo.getValue() == null ? null : yesNo.getValue().longValue(),
                        null, confirmed.getValue());
            }
            return new Reading(indicator.id(), toLong(numerator.getValue()),
                    indicator.measure().isRate() ? toLong(denominator.getValue()) : null, confirmed.getValue());
        }

        void bind(FieldErrors errors) {
            String prefix = "values[" + index + "].";
            errors.bind(prefix + "note", note);
            if (indicator.measure() == Measure.YES_NO) {
                errors.bind(prefix + "numerator", yesNo).bind(prefix + "confirmed", yesNo);
            } else {
                errors.bind(prefix + "numerator", numerator).bind(prefix + "denominator", denominator)
                        .bind(prefix + "confirmed", numerator);
            }
        }

        private static Long toLong(Integer value) {
            return value == null ? null : value.longValue();
        }
    }
}
