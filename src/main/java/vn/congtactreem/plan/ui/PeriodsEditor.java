package vn.congtactreem.plan.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import vn.congtactreem.base.ui.DateFields;
import vn.congtactreem.base.ui.FieldErrors;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PeriodForm;
import vn.congtactreem.plan.PeriodKind;

/**
 * The plan's reporting periods as rows the officer edits: kind and year, the data period, the
 * opening day, the units' last day, the organisation's own last day upward and the reminder days.
 * Errors of "periods[i].field" show on the row's field.
 */
class PeriodsEditor extends Composite<VerticalLayout> {

    private final List<Row> rows = new ArrayList<>();
    private final Div rowsBox = new Div();
    private final FieldErrors errors;
    private final int yearFrom;
    private final Runnable onChange;
    final Button add = new Button();
    private boolean readOnly;

    PeriodsEditor(FieldErrors errors, int yearFrom, Runnable onChange) {
        this.errors = errors;
        this.yearFrom = yearFrom;
        this.onChange = onChange;
        add.setText(getTranslation("plan.periods.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(e -> {
            addRow(new PeriodForm(yearFrom, PeriodKind.SIX_MONTHS, null, null, null, null, null,
                    Deadlines.DEFAULT_REMINDER_DAYS));
            rebind();
            onChange.run();
        });
        rowsBox.setWidthFull();
        getContent().setPadding(false);
        getContent().add(rowsBox, add);
    }

    void setValue(List<PeriodForm> periods) {
        rows.clear();
        rowsBox.removeAll();
        periods.forEach(this::addRow);
        rebind();
    }

    List<PeriodForm> getValue() {
        return rows.stream().map(Row::value).toList();
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        rows.forEach(row -> row.setReadOnly(readOnly));
        add.setVisible(!readOnly);
    }

    private void addRow(PeriodForm form) {
        Row row = new Row(form);
        row.setReadOnly(readOnly);
        rows.add(row);
        rowsBox.add(row);
    }

    private void rebind() {
        errors.unbindPrefix("periods[");
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String prefix = "periods[" + i + "].";
            errors.bind(prefix + "kind", row.kind).bind(prefix + "year", row.year)
                    .bind(prefix + "dataFrom", row.dataFrom).bind(prefix + "dataTo", row.dataTo)
                    .bind(prefix + "opensOn", row.opensOn).bind(prefix + "unitDue", row.unitDue)
                    .bind(prefix + "upperDue", row.upperDue).bind(prefix + "reminderDays", row.reminderDays);
        }
    }

    /** One period. */
    final class Row extends FormLayout {

        final Select<PeriodKind> kind = new Select<>();
        final IntegerField year = new IntegerField(getTranslation("plan.period.year"));
        final DatePicker dataFrom = DateFields.datePicker(getTranslation("plan.period.dataFrom"), getLocale());
        final DatePicker dataTo = DateFields.datePicker(getTranslation("plan.period.dataTo"), getLocale());
        final DatePicker opensOn = DateFields.datePicker(getTranslation("plan.period.opensOn"), getLocale());
        final DatePicker unitDue = DateFields.datePicker(getTranslation("plan.period.unitDue"), getLocale());
        final DatePicker upperDue = DateFields.datePicker(getTranslation("plan.period.upperDue"), getLocale());
        final TextField reminderDays = new TextField(getTranslation("plan.period.reminderDays"));
        final Button remove = new Button(VaadinIcon.TRASH.create());

        Row(PeriodForm form) {
            addClassName("editor-row");
            kind.setLabel(getTranslation("plan.period.kind"));
            kind.setItems(PeriodKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("plan.period.kind." + k.name()));
            kind.setValue(form.kind());
            year.setValue(form.year());
            year.setStepButtonsVisible(true);
            dataFrom.setValue(form.dataFrom());
            dataTo.setValue(form.dataTo());
            opensOn.setValue(form.opensOn());
            unitDue.setValue(form.unitDue());
            unitDue.setHelperText(getTranslation("plan.period.unitDue.help"));
            upperDue.setValue(form.upperDue());
            reminderDays.setValue(form.reminderDays() == null ? Deadlines.DEFAULT_REMINDER_DAYS : form.reminderDays());
            reminderDays.setHelperText(getTranslation("plan.period.reminderDays.help"));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.setText(getTranslation("plan.periods.remove"));
            remove.addClickListener(e -> {
                rows.remove(this);
                rowsBox.remove(this);
                rebind();
                onChange.run();
            });
            add(kind, year, dataFrom, dataTo, opensOn, unitDue, upperDue, reminderDays, remove);
            setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("500px", 2),
                    new ResponsiveStep("900px", 4));
            kind.addValueChangeListener(e -> onChange.run());
            year.addValueChangeListener(e -> onChange.run());
            for (DatePicker picker : new DatePicker[] {dataFrom, dataTo, opensOn, unitDue, upperDue}) {
                picker.addValueChangeListener(e -> onChange.run());
            }
            reminderDays.addValueChangeListener(e -> onChange.run());
        }

        PeriodForm value() {
            return new PeriodForm(year.getValue() == null ? yearFrom : year.getValue(), kind.getValue(),
                    dataFrom.getValue(), dataTo.getValue(), opensOn.getValue(), unitDue.getValue(),
                    upperDue.getValue(), reminderDays.getValue());
        }

        void setReadOnly(boolean readOnly) {
            kind.setReadOnly(readOnly);
            year.setReadOnly(readOnly);
            for (DatePicker picker : new DatePicker[] {dataFrom, dataTo, opensOn, unitDue, upperDue}) {
                picker.setReadOnly(readOnly);
            }
            reminderDays.setReadOnly(readOnly);
            remove.setVisible(!readOnly);
        }
    }
}
