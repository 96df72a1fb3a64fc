package vn.congtactreem.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.congtactreem.base.ui.FieldErrors;
import vn.congtactreem.org.OrgPickerOrder;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.plan.AssignmentForm;

/** The units given a part of the plan, each with its duties ("Chủ trì các chỉ tiêu 3, 4, 5, 6…"). */
class AssignmentsEditor extends RowsEditor<AssignmentForm, AssignmentsEditor.Row> {

    private final OrgPickerOrder units;
    final Button addAllDirect = new Button();

    /** {@code units}: those below the plan's organisation; {@code directUnits}: its direct children. */
    AssignmentsEditor(FieldErrors errors, OrgPickerOrder units, List<OrgUnit> directUnits, Runnable onChange) {
        super(errors, "assignments", "plan.assignments.add", onChange);
        this.units = units;
        add.addClickListener(e -> append(new AssignmentForm(null, null)).unit.focus());
        addAllDirect.setText(getTranslation("plan.assignments.addAllDirect"));
        addAllDirect.setIcon(VaadinIcon.PLUS_CIRCLE_O.create());
        addAllDirect.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addAllDirect.addClickListener(e -> {
            Set<Long> present = rows().stream().map(r -> r.unit.getValue()).filter(Objects::nonNull)
                    .map(OrgUnit::id).collect(Collectors.toSet());
            directUnits.stream().filter(u -> !present.contains(u.id()))
                    .forEach(u -> append(new AssignmentForm(u.id(), null)));
            onChange.run();
        });
        layOut();
    }

    @Override
    List<Component> buttons() {
        return List.of(add, addAllDirect);
    }

    @Override
    Row newRow(AssignmentForm form) {
        return new Row(form);
    }

    /** One unit and its duties. */
    final class Row extends FormLayout implements RowsEditor.Row<AssignmentForm> {

        final ComboBox<OrgUnit> unit = new ComboBox<>(getTranslation("plan.assignment.unit"));
        final TextArea duties = new TextArea(getTranslation("plan.assignment.duties"));
        final Button remove = removeButton(this, "plan.assignments.remove");

        Row(AssignmentForm form) {
            addClassName("editor-row");
            unit.setItems(units::matches, units.units());
            unit.setItemLabelGenerator(units::label);
            unit.setRequiredIndicatorVisible(true);
            if (form.orgUnitId() != null) {
                units.units().stream().filter(u -> u.id() == form.orgUnitId()).findFirst().ifPresent(unit::setValue);
            }
            duties.setValue(form.duties() == null ? "" : form.duties());
            duties.setPlaceholder(getTranslation("plan.assignment.duties.placeholder"));
            add(unit, duties, remove);
            setColspan(duties, 2);
            setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("700px", 4));
            unit.addValueChangeListener(e -> onChange.run());
            duties.addValueChangeListener(e -> onChange.run());
        }

        @Override
        public AssignmentForm value() {
            return new AssignmentForm(unit.getValue() == null ? null : unit.getValue().id(), duties.getValue());
        }

        @Override
        public void setReadOnly(boolean readOnly) {
            unit.setReadOnly(readOnly);
            duties.setReadOnly(readOnly);
            remove.setVisible(!readOnly);
        }

        @Override
        public void bind(FieldErrors errors, String prefix) {
            errors.bind(prefix + "orgUnitId", unit).bind(prefix + "duties", duties);
        }
    }
}
