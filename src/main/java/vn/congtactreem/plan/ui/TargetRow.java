package vn.congtactreem.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.congtactreem.base.ui.FieldErrors;
import vn.congtactreem.indicator.Comparator;
import vn.congtactreem.indicator.FigureSource;
import vn.congtactreem.indicator.Indicator;
import vn.congtactreem.indicator.Measure;
import vn.congtactreem.indicator.TargetForm;
import vn.congtactreem.indicator.TargetShape;
import vn.congtactreem.org.OrgPickerOrder;
import vn.congtactreem.org.OrgUnit;

/**
 * One target of the plan ({@link TargetsEditor}): its number and objective with arrows to move it within its
 * objective, an indicator of the catalogue, the milestone year, the target's shape with the fields that shape
 * needs, how it compares and the value as typed, the plan's own wording, where its figure comes from and the
 * units responsible.
 */
/** One target. */
final class TargetRow extends FormLayout implements RowsEditor.Row<TargetForm> {

    private final TargetChoices choices;
    private final Runnable onChange;

    final ComboBox<Indicator> indicator = new ComboBox<>(getTranslation("plan.target.indicator"));
    final IntegerField milestoneYear = new IntegerField(getTranslation("plan.target.milestoneYear"));
    final Select<TargetShape> shape = new Select<>();
    final Select<Comparator> comparator = new Select<>();
    final BigDecimalField valueFrom = new BigDecimalField(getTranslation("target.field.valueFrom"));
    final BigDecimalField targetValue = new BigDecimalField(getTranslation("plan.target.value"));
    final BigDecimalField valueTo = new BigDecimalField(getTranslation("target.field.valueTo"));
    final IntegerField population = new IntegerField(getTranslation("target.field.population"));
    final TextField unitLabel = new TextField(getTranslation("target.field.unitLabel"));
    final IntegerField baselineYear = new IntegerField(getTranslation("plan.target.baselineYear"));
    final BigDecimalField baselineValue = new BigDecimalField(getTranslation("plan.target.baselineValue"));
    final Select<FigureSource> source = new Select<>();
    final MultiSelectComboBox<OrgUnit> responsible =
            new MultiSelectComboBox<>(getTranslation("plan.target.responsible"));
    final TextField wording = new TextField(getTranslation("plan.target.wording"));
    final Span measure = new Span();
    final Button remove;
    final TargetPlacement placement;

    /**
     * @param removeButton the list's "remove" button for this row
     * @param onPlacement run when the target's objective changes (the list puts it in plan order)
     */
    TargetRow(TargetForm form, TargetChoices choices, Function<TargetRow, Button> removeButton, Runnable onChange,
              Runnable onPlacement) {
        this.choices = choices;
        this.onChange = onChange;
        this.remove = removeButton.apply(this);
        this.placement = new TargetPlacement(form, choices.objectives(), onChange, onPlacement);
        addClassName("editor-row");
        Indicator current = form.indicatorId() == null ? null : choices.byId().get(form.indicatorId());
        List<Indicator> items = new ArrayList<>(choices.choosable());
        if (current != null && !current.active()) {
            items.add(0, current);
        }
        indicator.setItems(items);
        indicator.setItemLabelGenerator(Indicator::label);
        indicator.setRequiredIndicatorVisible(true);
        indicator.setValue(current);
        milestoneYear.setValue(form.milestoneYear());
        milestoneYear.setStepButtonsVisible(true);
        shape.setLabel(getTranslation("target.field.shape"));
        shape.setItems(TargetShape.values());
        shape.setItemLabelGenerator(v -> getTranslation("target.shape." + v.name()));
        shape.setValue(form.shape());
        comparator.setLabel(getTranslation("plan.target.comparator"));
        offerComparators(form.comparator());
        targetValue.setValue(form.targetValue());
        valueFrom.setValue(form.valueFrom());
        valueTo.setValue(form.valueTo());
        valueTo.setHelperText(getTranslation("target.field.valueTo.help"));
        population.setValue(form.population() == null ? null : form.population().intValue());
        population.setMin(1);
        unitLabel.setValue(form.unitLabel() == null ? "" : form.unitLabel());
        unitLabel.setMaxLength(100);
        targetValue.setRequiredIndicatorVisible(true);
        baselineYear.setValue(form.baselineYear());
        baselineYear.setHelperText(getTranslation("plan.target.baselineYear.help"));
        baselineValue.setValue(form.baselineValue());
        baselineValue.setHelperText(getTranslation("plan.target.baselineValue.help"));
        List<OrgUnit> chosen = choices.units().units().stream().filter(u -> form.responsibleUnits().contains(u.id())).toList();
        source.setLabel(getTranslation("plan.target.source"));
        source.setItems(FigureSource.values());
        source.setItemLabelGenerator(s -> getTranslation("plan.target.source." + s.name()));
        FigureSource derived = FigureSource.of(chosen);
        source.setValue(derived == null ? FigureSource.UNITS : derived);
        responsible.setItemLabelGenerator(choices.units()::label);
        offerUnits(chosen);
        responsible.setHelperText(getTranslation("plan.target.responsible.help"));
        wording.setValue(form.wording() == null ? "" : form.wording());
        wording.setPlaceholder(getTranslation("plan.target.wording.placeholder"));
        measure.addClassName("target-measure");
        showMeasure();
        add(placement.heading, placement.objective, placement.number, placement.arrows, indicator, shape, milestoneYear, comparator, valueFrom, targetValue, valueTo, population, unitLabel,
                measure, baselineYear, baselineValue, source, responsible, wording, remove);
        setColspan(placement.heading, 4);
        setColspan(shape, 2);
        showShape();
        setColspan(indicator, 4);
        setColspan(source, 2);
        setColspan(responsible, 2);
        setColspan(wording, 4);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("700px", 4));
        indicator.addValueChangeListener(e -> {
            showMeasure();
            onChange.run();
        });
        shape.addValueChangeListener(e -> {
            offerComparators(comparator.getValue());
            showShape();
            onChange.run();
        });
        comparator.addValueChangeListener(e -> {
            showMeasure();
            onChange.run();
        });
        valueFrom.addValueChangeListener(e -> onChange.run());
        valueTo.addValueChangeListener(e -> onChange.run());
        population.addValueChangeListener(e -> onChange.run());
        unitLabel.addValueChangeListener(e -> onChange.run());
        milestoneYear.addValueChangeListener(e -> onChange.run());
        targetValue.addValueChangeListener(e -> onChange.run());
        baselineYear.addValueChangeListener(e -> onChange.run());
        baselineValue.addValueChangeListener(e -> onChange.run());
        source.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                offerUnits(responsible.getValue().stream().filter(this::fits).toList());
                onChange.run();
            }
        });
        responsible.addValueChangeListener(e -> onChange.run());
        wording.addValueChangeListener(e -> onChange.run());
    }

    /**
     * The units the chosen source may make responsible: areas below for "tổng hợp từ cấp dưới",
     * offices for "do … báo cáo toàn địa bàn", none for the organisation's own figure.
     */
    private void offerUnits(List<OrgUnit> keep) {
        List<OrgUnit> offered = choices.units().units().stream().filter(this::fits).toList();
        responsible.setItems(choices.units()::matches, offered);
        responsible.setValue(keep.stream().filter(offered::contains).toList());
        responsible.setVisible(source.getValue() != FigureSource.OWN);
        source.setHelperText(getTranslation("plan.target.source." + source.getValue().name() + ".help"));
    }

    private boolean fits(OrgUnit unit) {
        return switch (source.getValue()) {
            case OWN -> false;
            case AREAS -> unit.isArea();
            case UNITS -> !unit.isArea();
        };
    }

    /** "≥ … <", or "giảm"/"tăng" for the shapes that say a direction; keeps {@code keep} when it fits. */
    private void offerComparators(Comparator keep) {
        TargetShape current = shape.getValue() == null ? TargetShape.LEVEL : shape.getValue();
        List<Comparator> fitting = java.util.Arrays.stream(Comparator.values())
                .filter(c -> c.relative() == current.directional()).toList();
        comparator.setItems(fitting);
        comparator.setItemLabelGenerator(c -> getTranslation((current.yearOnYear() ? "target.direction."
                : "plan.target.comparator.") + c.name()));
        comparator.setValue(keep != null && fitting.contains(keep) ? keep : fitting.get(0));
    }

    /** The fields the shape needs, and no others. */
    private void showShape() {
        TargetShape current = shape.getValue() == null ? TargetShape.LEVEL : shape.getValue();
        comparator.setVisible(current.hasComparator());
        valueFrom.setVisible(current == TargetShape.BAND);
        targetValue.setVisible(current.hasValue());
        targetValue.setLabel(getTranslation(switch (current) {
            case BAND -> "target.field.valueTo.band";
            case YEARLY_CHANGE -> "target.field.valueYearly";
            case POPULATION_SHARE -> "target.field.valueOfPopulation";
            default -> "plan.target.value";
        }));
        valueTo.setVisible(current == TargetShape.YEARLY_CHANGE);
        population.setVisible(current == TargetShape.POPULATION_SHARE);
        unitLabel.setVisible(current == TargetShape.SHARE_YES || current == TargetShape.POPULATION_SHARE
                || current == TargetShape.COUNT);
        boolean lastYear = current.yearOnYear() || current == TargetShape.MAINTAIN;
        baselineYear.setVisible(current != TargetShape.BAND && !lastYear);
        baselineValue.setHelperText(getTranslation(lastYear ? "target.field.baselineValue.yearly"
                : "plan.target.baselineValue.help"));
        baselineValue.setVisible(current != TargetShape.BAND);
        showMeasure();
    }

    /** "%", "‰", "/100.000 trẻ em", "trẻ em", "1 = Có, 0 = Không"; "% so với năm gốc" for a change. */
    private void showMeasure() {
        Indicator chosen = indicator.getValue();
        TargetShape current = shape.getValue() == null ? TargetShape.LEVEL : shape.getValue();
        if (chosen == null || !current.hasValue()) {
            measure.setText("");
            return;
        }
        if (current == TargetShape.SHARE_YES) {
            measure.setText(getTranslation("target.measure.share"));
        } else if (current == TargetShape.YEARLY_CHANGE) {
            measure.setText(getTranslation(chosen.measure().isRate() ? "target.measure.yearlyPoints"
                    : "target.measure.yearlyPercent", chosen.measure().symbol().strip()));
        } else if (current == TargetShape.CHANGE) {
            measure.setText(getTranslation("plan.target.measure.change"));
        } else if (chosen.measure() == Measure.YES_NO) {
            measure.setText(getTranslation("plan.target.measure.yesNo"));
        } else if (chosen.measure() == Measure.COUNT) {
            measure.setText(chosen.countUnit() == null ? "" : chosen.countUnit());
        } else {
            measure.setText(chosen.measure().symbol().strip());
        }
    }

    @Override
    public TargetForm value() {
        TargetShape current = shape.getValue();
        return new TargetForm(indicator.getValue() == null ? null : indicator.getValue().id(),
                milestoneYear.getValue(), current == null || current.hasComparator() ? comparator.getValue() : null,
                current == null || current.hasValue() ? targetValue.getValue() : null,
                baselineYear.isVisible() ? baselineYear.getValue() : null,
                baselineValue.isVisible() ? baselineValue.getValue() : null, wording.getValue(),
                source.getValue() == FigureSource.OWN ? List.of()
                        : responsible.getValue().stream().map(OrgUnit::id).sorted().toList(),
                current, valueFrom.isVisible() ? valueFrom.getValue() : null,
                valueTo.isVisible() ? valueTo.getValue() : null,
                population.isVisible() && population.getValue() != null ? Long.valueOf(population.getValue())
                        : null, unitLabel.isVisible() ? unitLabel.getValue() : null,
                placement.objective(), placement.number());
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        indicator.setReadOnly(readOnly);
        milestoneYear.setReadOnly(readOnly);
        shape.setReadOnly(readOnly);
        comparator.setReadOnly(readOnly);
        valueFrom.setReadOnly(readOnly);
        targetValue.setReadOnly(readOnly);
        valueTo.setReadOnly(readOnly);
        population.setReadOnly(readOnly);
        unitLabel.setReadOnly(readOnly);
        baselineYear.setReadOnly(readOnly);
        baselineValue.setReadOnly(readOnly);
        source.setReadOnly(readOnly);
        responsible.setReadOnly(readOnly);
        wording.setReadOnly(readOnly);
        placement.setReadOnly(readOnly);
        remove.setVisible(!readOnly);
    }

    @Override
    public void bind(FieldErrors errors, String prefix) {
        errors.bind(prefix + "indicatorId", indicator).bind(prefix + "milestoneYear", milestoneYear)
                .bind(prefix + "shape", shape).bind(prefix + "comparator", comparator)
                .bind(prefix + "valueFrom", valueFrom).bind(prefix + "targetValue", targetValue)
                .bind(prefix + "valueTo", valueTo).bind(prefix + "population", population)
                .bind(prefix + "unitLabel", unitLabel)
                .bind(prefix + "baselineYear", baselineYear).bind(prefix + "baselineValue", baselineValue)
                .bind(prefix + "responsibleUnitIds", responsible).bind(prefix + "objective", placement.objective)
                .bind(prefix + "number", placement.number);
    }
}
