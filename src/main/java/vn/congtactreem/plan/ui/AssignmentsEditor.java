package vn.congtactreem.plan.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.congtactreem.base.ui.FieldErrors;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.plan.AssignmentForm;

/** The units given a part of the plan, each with its duties ("Chủ trì các chỉ tiêu 3, 4, 5, 6…"). */
class AssignmentsEditor extends Composite<VerticalLayout> {

    private final List<Row> rows = new ArrayList<>();
    private final Div rowsBox = new Div();
    private final FieldErrors errors;
    private final List<OrgUnit> units;
    private final List<OrgUnit> directUnits;
    private final Runnable onChange;
    final Button add = new Button();
    final Button addAllDirect = new Button();
    private boolean readOnly;

    /** {@code units}: those below the plan's organisation; {@code directUnits}: its direct children. */
    AssignmentsEditor(FieldErrors errors, List<OrgUnit> units, List<OrgUnit> directUnits, Runnable onChange) {
        this.errors = errors;
        this.units = units;
        this.directUnits = directUnits;
        this.onChange = onChange;
        add.setText(getTranslation("plan.assignments.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(e -> {
            addRow(new AssignmentForm(null, null));
            rebind();
            rows.get(rows.size() - 1).unit.focus();
        });
        addAllDirect.setText(getTranslation("plan.assignments.addAllDirect"));
        addAllDirect.setIcon(VaadinIcon.PLUS_CIRCLE_O.create());
        addAllDirect.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addAllDirect.addClickListener(e -> {
            Set<Long> present = rows.stream().map(r -> r.unit.getValue()).filter(Objects::nonNull)
                    .map(OrgUnit::id).collect(Collectors.toSet());
            directUnits.stream().filter(u -> !present.contains(u.id()))
                    .forEach(u -> addRow(new AssignmentForm(u.id(), null)));
            rebind();
            onChange.run();
        });
        rowsBox.setWidthFull();
        getContent().setPadding(false);
        getContent().add(rowsBox, new HorizontalLayout(add, addAllDirect));
    }

    void setValue(List<AssignmentForm> assignments) {
        rows.clear();
        rowsBox.removeAll();
        assignments.forEach(this::addRow);
        rebind();
    }

    List<AssignmentForm> getValue() {
        return rows.stream().map(Row::value).toList();
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        rows.forEach(row -> row.setReadOnly(readOnly));
        add.setVisible(!readOnly);
        addAllDirect.setVisible(!readOnly);
    }

    private void addRow(AssignmentForm form) {
        Row row = new Row(form);
        row.setReadOnly(readOnly);
        rows.add(row);
        rowsBox.add(row);
    }

    private void rebind() {
        errors.unbindPrefix("assignments[");
        for (int i = 0; i < rows.size(); i++) {
            errors.bind("assignments[" + i + "].orgUnitId", rows.get(i).unit)
                    .bind("assignments[" + i + "].duties", rows.get(i).duties);
        }
    }

    /** One unit and its duties. */
    final class Row extends FormLayout {

        final ComboBox<OrgUnit> unit = new ComboBox<>(getTranslation("plan.assignment.unit"));
        final TextArea duties = new TextArea(getTranslation("plan.assignment.duties"));
        final Button remove = new Button(VaadinIcon.TRASH.create());

        Row(AssignmentForm form) {
            addClassName("editor-row");
            unit.setItems(units);
            unit.setItemLabelGenerator(OrgUnit::name);
            unit.setRequiredIndicatorVisible(true);
            if (form.orgUnitId() != null) {
                units.stream().filter(u -> u.id() == form.orgUnitId()).findFirst().ifPresent(unit::setValue);
            }
            duties.setValue(form.duties() == null ? "" : form.duties());
            duties.setPlaceholder(getTranslation("plan.assignment.duties.placeholder"));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.setText(getTranslation("plan.assignments.remove"));
            remove.addClickListener(e -> {
                rows.remove(this);
                rowsBox.remove(this);
                rebind();
                onChange.run();
            });
            add(unit, duties, remove);
            setColspan(duties, 2);
            setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("700px", 4));
            unit.addValueChangeListener(e -> onChange.run());
            duties.addValueChangeListener(e -> onChange.run());
        }

        AssignmentForm value() {
            return new AssignmentForm(unit.getValue() == null ? null : unit.getValue().id(), duties.getValue());
        }

        void setReadOnly(boolean readOnly) {
            unit.setReadOnly(readOnly);
            duties.setReadOnly(readOnly);
            remove.setVisible(!readOnly);
        }
    }
}
