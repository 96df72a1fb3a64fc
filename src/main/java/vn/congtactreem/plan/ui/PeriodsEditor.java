package vn.congtactreem.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.congtactreem.base.ui.DateFields;
import vn.congtactreem.base.ui.FieldErrors;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PeriodForm;
import vn.congtactreem.plan.PeriodKind;
import vn.congtactreem.plan.ReportingPeriod;

/**
 * The plan's reporting periods as rows the officer edits: kind and year, the data period, the
 * opening day, the units' last day, the organisation's own last day upward and the reminder days.
 * Errors of "periods[i].field" show on the row's field.
 */
class PeriodsEditor extends RowsEditor<PeriodForm, PeriodsEditor.Row> {

    private final int yearFrom;

    PeriodsEditor(FieldErrors errors, int yearFrom, Runnable onChange) {
        super(errors, "periods", "plan.periods.add", onChange);
        this.yearFrom = yearFrom;
        add.addClickListener(e -> append(new PeriodForm(yearFrom, PeriodKind.SIX_MONTHS, null, null, null, null,
                null, Deadlines.DEFAULT_REMINDER_DAYS)).kind.focus());
        layOut();
    }

    @Override
    Row newRow(PeriodForm form) {
        return new Row(form);
    }

    /**
     * After a save: rows added since the last one take the ids the server gave them (the saved period
     * of the same kind and year that no other row names), so the next save edits them in place.
     */
    void adoptIds(List<ReportingPeriod> saved) {
        Set<Long> named = new HashSet<>();
        rows().forEach(row -> {
            if (row.id != null) {
                named.add(row.id);
            }
        });
        for (Row row : rows()) {
            if (row.id != null) {
                continue;
            }
            PeriodForm value = row.value();
            saved.stream().filter(p -> !named.contains(p.id()))
                    .filter(p -> p.kind() == value.kind() && p.year() == value.year()).findFirst()
                    .ifPresent(p -> {
                        named.add(p.id());
                        row.id = p.id();
                    });
        }
    }

    /** One period. */
    final class Row extends FormLayout implements RowsEditor.Row<PeriodForm> {

        /** The saved period this row edits; null until the row is saved. */
        Long id;
        final Select<PeriodKind> kind = new Select<>();
        final IntegerField year = new IntegerField(getTranslation("plan.period.year"));
        final DatePicker dataFrom = DateFields.datePicker(getTranslation("plan.period.dataFrom"), getLocale());
        final DatePicker dataTo = DateFields.datePicker(getTranslation("plan.period.dataTo"), getLocale());
        final DatePicker opensOn = DateFields.datePicker(getTranslation("plan.period.opensOn"), getLocale());
        final DatePicker unitDue = DateFields.datePicker(getTranslation("plan.period.unitDue"), getLocale());
        final DatePicker upperDue = DateFields.datePicker(getTranslation("plan.period.upperDue"), getLocale());
        final TextField reminderDays = new TextField(getTranslation("plan.period.reminderDays"));
        final Button remove = removeButton(this, "plan.periods.remove");

        Row(PeriodForm form) {
            id = form.id();
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
            add(kind, year, dataFrom, dataTo, opensOn, unitDue, upperDue, reminderDays, remove);
            setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("500px", 2),
                    new ResponsiveStep("900px", 4));
            kind.addValueChangeListener(e -> onChange.run());
            year.addValueChangeListener(e -> onChange.run());
            for (DatePicker picker : dates()) {
                picker.addValueChangeListener(e -> onChange.run());
            }
            reminderDays.addValueChangeListener(e -> onChange.run());
        }

        @Override
        public PeriodForm value() {
            return new PeriodForm(id, year.getValue() == null ? yearFrom : year.getValue(), kind.getValue(),
                    dataFrom.getValue(), dataTo.getValue(), opensOn.getValue(), unitDue.getValue(),
                    upperDue.getValue(), reminderDays.getValue());
        }

        @Override
        public void setReadOnly(boolean readOnly) {
            kind.setReadOnly(readOnly);
            year.setReadOnly(readOnly);
            for (DatePicker picker : dates()) {
                picker.setReadOnly(readOnly);
            }
            reminderDays.setReadOnly(readOnly);
            remove.setVisible(!readOnly);
        }

        @Override
        public void bind(FieldErrors errors, String prefix) {
            errors.bind(prefix + "kind", kind).bind(prefix + "year", year)
                    .bind(prefix + "dataFrom", dataFrom).bind(prefix + "dataTo", dataTo)
                    .bind(prefix + "opensOn", opensOn).bind(prefix + "unitDue", unitDue)
                    .bind(prefix + "upperDue", upperDue).bind(prefix + "reminderDays", reminderDays);
        }

        private DatePicker[] dates() {
            return new DatePicker[] {dataFrom, dataTo, opensOn, unitDue, upperDue};
        }
    }
}
