package vn.congtactreem.indicator.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.function.Consumer;
import vn.congtactreem.base.ui.FieldErrors;
import vn.congtactreem.indicator.Direction;
import vn.congtactreem.indicator.Indicator;
import vn.congtactreem.indicator.IndicatorCatalog;
import vn.congtactreem.indicator.IndicatorForm;
import vn.congtactreem.indicator.IndicatorGroup;
import vn.congtactreem.indicator.Measure;

/**
 * "Thêm chỉ tiêu" / "Sửa chỉ tiêu": what is measured and how. The boxes follow the measure: a rate
 * asks what is counted above and below the line, a count what it counts, yes/no neither. Once a plan
 * or a report uses the indicator its measure can no longer change.
 */
class IndicatorDialog extends Dialog {

    final TextField code = new TextField();
    final TextArea name = new TextArea();
    final Select<Measure> measure = new Select<>();
    final Select<IndicatorGroup> group = new Select<>();
    final Select<Direction> direction = new Select<>();
    final TextArea numerator = new TextArea();
    final TextArea denominator = new TextArea();
    final TextField countUnit = new TextField();
    final TextField source = new TextField();
    final BigDecimalField plausibleMin = new BigDecimalField();
    final BigDecimalField plausibleMax = new BigDecimalField();
    final IntegerField position = new IntegerField();
    final Button save = new Button();
    private final FieldErrors errors = new FieldErrors(this);

    IndicatorDialog(IndicatorCatalog catalog, Indicator existing, Consumer<Indicator> saved) {
        boolean creating = existing == null;
        setHeaderTitle(getTranslation(creating ? "indicator.dialog.create" : "indicator.dialog.edit",
                creating ? "" : existing.code()));

        code.setLabel(getTranslation("indicator.code"));
        code.setHelperText(getTranslation("indicator.code.help"));
        name.setLabel(getTranslation("indicator.name"));
        measure.setLabel(getTranslation("indicator.measure"));
        measure.setItems(Measure.values());
        measure.setItemLabelGenerator(m -> IndicatorLabels.measure(this, m));
        group.setLabel(getTranslation("indicator.group"));
        group.setItems(IndicatorGroup.values());
        group.setItemLabelGenerator(g -> IndicatorLabels.group(this, g));
        direction.setLabel(getTranslation("indicator.direction"));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(d -> IndicatorLabels.direction(this, d));
        denominator.setLabel(getTranslation("indicator.denominator"));
        countUnit.setLabel(getTranslation("indicator.countUnit"));
        countUnit.setHelperText(getTranslation("indicator.countUnit.help"));
        source.setLabel(getTranslation("indicator.source"));
        source.setHelperText(getTranslation("indicator.source.help"));
        plausibleMin.setLabel(getTranslation("indicator.plausibleMin"));
        plausibleMax.setLabel(getTranslation("indicator.plausibleMax"));
        plausibleMax.setHelperText(getTranslation("indicator.plausible.help"));
        position.setLabel(getTranslation("indicator.position"));
        position.setHelperText(getTranslation("indicator.position.help"));
        for (HasValue<?, ?> field : new HasValue<?, ?>[] {code, name, measure, group, direction, numerator,
                denominator}) {
            field.setRequiredIndicatorVisible(true);
        }
        measure.addValueChangeListener(e -> followMeasure(e.getValue()));

        if (creating) {
            measure.setValue(Measure.PERCENT);
            direction.setValue(Direction.HIGHER_IS_BETTER);
        } else {
            fill(existing);
            if (catalog.usage(existing.id()).inUse()) {
                measure.setReadOnly(true);
                measure.setHelperText(getTranslation("indicator.measure.locked"));
            }
        }
        followMeasure(measure.getValue());
        // another group: the catalogue places it after that group's indicators unless a position is typed
        group.addValueChangeListener(e -> position.clear());

        errors.bind(IndicatorCatalog.FIELD_CODE, code).bind(IndicatorCatalog.FIELD_NAME, name)
                .bind(IndicatorCatalog.FIELD_MEASURE, measure).bind(IndicatorCatalog.FIELD_GROUP, group)
                .bind(IndicatorCatalog.FIELD_DIRECTION, direction)
                .bind(IndicatorCatalog.FIELD_NUMERATOR, numerator)
                .bind(IndicatorCatalog.FIELD_DENOMINATOR, denominator)
                .bind(IndicatorCatalog.FIELD_COUNT_UNIT, countUnit).bind(IndicatorCatalog.FIELD_SOURCE, source)
                .bind(IndicatorCatalog.FIELD_PLAUSIBLE_MIN, plausibleMin)
                .bind(IndicatorCatalog.FIELD_PLAUSIBLE_MAX, plausibleMax);
        FormLayout form = new FormLayout(code, group, name, measure, direction, numerator, denominator, countUnit,
                source, plausibleMin, plausibleMax, position, errors.formError());
        form.setColspan(name, 2);
        form.setColspan(numerator, 2);
        form.setColspan(denominator, 2);
        form.setColspan(source, 2);
        add(form);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            IndicatorForm data = form();
            // saved from the version the dialog opened with: if someone changed it since, it says so and stays open
            errors.attempt(() -> creating ? catalog.create(data)
                            : catalog.update(existing.id(), data, existing.version()))
                    .ifPresent(indicator -> {
                        close();
                        saved.accept(indicator);
                    });
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(48rem, 95vw)");
    }

    /** A rate asks above and below the line; a count asks what it counts; yes/no neither. */
    private void followMeasure(Measure chosen) {
        numerator.setVisible(chosen != Measure.YES_NO);
        numerator.setLabel(getTranslation(chosen == Measure.COUNT ? "indicator.numerator.count"
                : "indicator.numerator"));
        denominator.setVisible(chosen == null || chosen.isRate());
    }

    private void fill(Indicator indicator) {
        code.setValue(indicator.code());
        name.setValue(indicator.name());
        measure.setValue(indicator.measure());
        group.setValue(indicator.group());
        direction.setValue(indicator.direction());
        numerator.setValue(orEmpty(indicator.numerator()));
        denominator.setValue(orEmpty(indicator.denominator()));
        countUnit.setValue(orEmpty(indicator.countUnit()));
        source.setValue(orEmpty(indicator.source()));
        plausibleMin.setValue(plain(indicator.plausibleMin()));
        plausibleMax.setValue(plain(indicator.plausibleMax()));
        position.setValue(indicator.position());
    }

    private IndicatorForm form() {
        return new IndicatorForm(code.getValue(), name.getValue(), measure.getValue(), numerator.getValue(),
                denominator.getValue(), countUnit.getValue(), direction.getValue(), group.getValue(),
                source.getValue(), plausibleMin.getValue(), plausibleMax.getValue(), position.getValue());
    }

    /** "5000", not "5000.000" as the column's scale would show it. */
    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
