package vn.congtactreem.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import vn.congtactreem.base.ui.FieldErrors;
import vn.congtactreem.org.OrgPickerOrder;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.plan.ActivityForm;
import vn.congtactreem.plan.Timeframe;

/**
 * The plan's content items: what is done, the details, when (quarters or months) and who leads and
 * who cooperates. Errors of "activities[i].field" show on the row's field.
 */
class ActivitiesEditor extends RowsEditor<ActivityForm, ActivitiesEditor.Row> {

    private static final List<Integer> MONTHS = IntStream.rangeClosed(1, 12).boxed().toList();

    private final OrgPickerOrder units;

    /** {@code units}: the plan's organisation and those below it. */
    ActivitiesEditor(FieldErrors errors, OrgPickerOrder units, Runnable onChange) {
        super(errors, "activities", "plan.activities.add", onChange);
        this.units = units;
        add.addClickListener(e -> append(new ActivityForm(null, null, List.of(), null, null, null, List.of()))
                .title.focus());
        layOut();
    }

    @Override
    Row newRow(ActivityForm form) {
        return new Row(form);
    }

    /** One content item. */
    final class Row extends FormLayout implements RowsEditor.Row<ActivityForm> {

        final TextField title = new TextField(getTranslation("plan.activity.title"));
        final TextArea content = new TextArea(getTranslation("plan.activity.content"));
        final CheckboxGroup<Integer> quarters = new CheckboxGroup<>(getTranslation("plan.activity.quarters"));
        final Select<Integer> monthFrom = new Select<>();
        final Select<Integer> monthTo = new Select<>();
        final ComboBox<OrgUnit> lead = new ComboBox<>(getTranslation("plan.activity.lead"));
        final MultiSelectComboBox<OrgUnit> cooperating =
                new MultiSelectComboBox<>(getTranslation("plan.activity.cooperating"));
        final Button remove = removeButton(this, "plan.activities.remove");

        Row(ActivityForm form) {
            addClassName("editor-row");
            title.setValue(form.title() == null ? "" : form.title());
            title.setRequiredIndicatorVisible(true);
            content.setValue(form.content() == null ? "" : form.content());
            quarters.setItems(Timeframe.allQuarters());
            quarters.setItemLabelGenerator(q -> getTranslation("plan.activity.quarter", Timeframe.romanQuarter(q)));
            quarters.setValue(new java.util.HashSet<>(form.quarters() == null ? List.of() : form.quarters()));
            monthFrom.setLabel(getTranslation("plan.activity.monthFrom"));
            monthTo.setLabel(getTranslation("plan.activity.monthTo"));
            for (Select<Integer> month : List.of(monthFrom, monthTo)) {
                month.setItems(MONTHS);
                month.setEmptySelectionAllowed(true);
                month.setEmptySelectionCaption("—");
                month.setItemLabelGenerator(m -> m == null ? "—" : getTranslation("plan.activity.month", m));
            }
            monthFrom.setValue(form.monthFrom());
            monthTo.setValue(form.monthTo());
            lead.setItems(units::matches, units.units());
            lead.setItemLabelGenerator(units::label);
            cooperating.setItems(units::matches, units.units());
            cooperating.setItemLabelGenerator(units::label);
            if (form.leadUnitId() != null) {
                units.units().stream().filter(u -> u.id() == form.leadUnitId()).findFirst().ifPresent(lead::setValue);
            }
            List<Long> cooperatingIds = form.cooperatingUnitIds() == null ? List.of() : form.cooperatingUnitIds();
            cooperating.setValue(units.units().stream().filter(u -> cooperatingIds.contains(u.id())).toList());
            add(title, content, quarters, monthFrom, monthTo, lead, cooperating, remove);
            setColspan(title, 4);
            setColspan(content, 4);
            setColspan(cooperating, 2);
            setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("700px", 4));
            title.addValueChangeListener(e -> onChange.run());
            content.addValueChangeListener(e -> onChange.run());
            quarters.addValueChangeListener(e -> onChange.run());
            monthFrom.addValueChangeListener(e -> onChange.run());
            monthTo.addValueChangeListener(e -> onChange.run());
            lead.addValueChangeListener(e -> onChange.run());
            cooperating.addValueChangeListener(e -> onChange.run());
        }

        @Override
        public ActivityForm value() {
            return new ActivityForm(title.getValue(), content.getValue(),
                    quarters.getValue().stream().sorted().toList(), monthFrom.getValue(), monthTo.getValue(),
                    lead.getValue() == null ? null : lead.getValue().id(),
                    cooperating.getValue().stream().map(OrgUnit::id).toList());
        }

        @Override
        public void setReadOnly(boolean readOnly) {
            title.setReadOnly(readOnly);
            content.setReadOnly(readOnly);
            quarters.setReadOnly(readOnly);
            monthFrom.setReadOnly(readOnly);
            monthTo.setReadOnly(readOnly);
            lead.setReadOnly(readOnly);
            cooperating.setReadOnly(readOnly);
            remove.setVisible(!readOnly);
        }

        @Override
        public void bind(FieldErrors errors, String prefix) {
            errors.bind(prefix + "title", title).bind(prefix + "quarters", quarters)
                    .bind(prefix + "monthTo", monthTo).bind(prefix + "leadUnitId", lead)
                    .bind(prefix + "cooperatingUnitIds", cooperating);
        }
    }
}
