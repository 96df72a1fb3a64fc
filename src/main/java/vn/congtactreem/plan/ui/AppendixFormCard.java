package vn.congtactreem.plan.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.congtactreem.appendix.AppendixForm;
import vn.congtactreem.appendix.ColumnKind;
import vn.congtactreem.appendix.FormColumn;
import vn.congtactreem.appendix.FormDraft;
import vn.congtactreem.appendix.FormDraftRules;
import vn.congtactreem.appendix.FormRow;
import vn.congtactreem.appendix.RowMode;
import vn.congtactreem.base.ui.FieldErrors;

/**
 * One form of the draft: its title, how its rows are given (a label a line, or one per unit), its columns
 * (label, kind, totalled). Keys of rows and columns stay with their labels (a row keeps its key while its
 * label does), so the cells and the lower levels' copies stay theirs.
 */
class AppendixFormCard extends Composite<VerticalLayout> {

    final H4 heading = new H4();
    final TextField title = new TextField();
    final Select<RowMode> rowMode = new Select<>();
    final TextArea rows = new TextArea();
    final List<ColumnLine> columns = new ArrayList<>();
    final VerticalLayout columnsBox = new VerticalLayout();
    final Button addColumn = new Button();
    final Button remove = new Button();
    private Long id;
    private String key;
    private List<FormRow> keptRows = List.of();
    private FieldErrors errors;
    private String prefix = "";
    private boolean listening;

    private final Runnable changed;

    /** {@code changed}: run after each change the officer makes (the editor saves). */
    AppendixFormCard(AppendixForm form, Consumer<AppendixFormCard> onRemove, Runnable changed) {
        this.changed = changed;
        addClassName("appendix-form-card");
        title.setLabel(getTranslation("appendix.field.title"));
        title.setWidthFull();
        rowMode.setLabel(getTranslation("appendix.field.rowMode"));
        rowMode.setItems(RowMode.values());
        rowMode.setItemLabelGenerator(m -> getTranslation("appendix.rowMode." + m.name()));
        rowMode.setValue(RowMode.FIXED);
        // "Mỗi đơn vị được giao một dòng" whole, not cut
        rowMode.setWidth("22em");
        rows.setLabel(getTranslation("appendix.field.rows"));
        rows.setHelperText(getTranslation("appendix.field.rows.help"));
        rows.setWidthFull();
        rowMode.addValueChangeListener(e -> rows.setVisible(e.getValue() == RowMode.FIXED));
        addColumn.setText(getTranslation("appendix.editor.addColumn"));
        addColumn.setIcon(VaadinIcon.PLUS.create());
        addColumn.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addColumn.addClickListener(e -> addColumn(new FormColumn(null, "", ColumnKind.NUMBER, true)));
        remove.setText(getTranslation("appendix.editor.remove"));
        remove.setIcon(VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(e -> onRemove.accept(this));
        columnsBox.setPadding(false);
        if (form != null) {
            id = form.id();
            key = form.key();
            title.setValue(form.title());
            rowMode.setValue(form.rowMode());
            keptRows = form.rows();
            rows.setValue(String.join("\n", form.rows().stream().map(FormRow::label).toList()));
            form.columns().forEach(this::addColumn);
        } else {
            addColumn(new FormColumn(null, "", ColumnKind.NUMBER, true));
        }
        getContent().add(new HorizontalLayout(heading, remove), title, rowMode, rows, columnsBox, addColumn);
        // after the saved values are shown: only the officer's changes save
        title.addValueChangeListener(e -> changed.run());
        rowMode.addValueChangeListener(e -> changed.run());
        rows.addValueChangeListener(e -> changed.run());
        listening = true;
    }

    void bind(FieldErrors fieldErrors, String newPrefix, int number) {
        errors = fieldErrors;
        prefix = newPrefix;
        heading.setText(getTranslation("appendix.editor.heading", number));
        errors.bind(prefix + "title", title).bind(prefix + "rowMode", rowMode).bind(prefix + "rows", rows);
        for (int j = 0; j < FormDraftRules.MAX_ROWS; j++) {
            errors.bind(prefix + "rows[" + j + "].label", rows);
        }
        for (int j = 0; j < columns.size(); j++) {
            columns.get(j).bind(errors, prefix + "columns[" + j + "].");
        }
    }

    FormDraft draft() {
        Map<String, List<String>> keysByLabel = new HashMap<>();
        keptRows.forEach(r -> keysByLabel.computeIfAbsent(r.label(), l -> new ArrayList<>()).add(r.key()));
        List<FormRow> typedRows = new ArrayList<>();
        for (String line : rows.getValue().split("\n")) {
            if (!line.isBlank()) {
                List<String> keys = keysByLabel.getOrDefault(line.strip(), new ArrayList<>());
                typedRows.add(new FormRow(keys.isEmpty() ? null : keys.remove(0), line.strip()));
            }
        }
        return new FormDraft(id, key, title.getValue(), rowMode.getValue(), typedRows,
                columns.stream().map(ColumnLine::value).toList());
    }

    /** The saved form's id and keys, so that the next save changes it instead of adding another. */
    void adopt(AppendixForm saved) {
        id = saved.id();
        key = saved.key();
        keptRows = saved.rows();
        for (int j = 0; j < columns.size() && j < saved.columns().size(); j++) {
            columns.get(j).key = saved.columns().get(j).key();
        }
    }

    private void addColumn(FormColumn column) {
        ColumnLine line = new ColumnLine(column);
        line.remove.addClickListener(e -> {
            columns.remove(line);
            columnsBox.remove(line);
            if (errors != null) {
                errors.unbindPrefix(prefix + "columns[");
                for (int j = 0; j < columns.size(); j++) {
                    columns.get(j).bind(errors, prefix + "columns[" + j + "].");
                }
            }
            changed.run();
        });
        line.label.addValueChangeListener(e -> changed.run());
        line.kind.addValueChangeListener(e -> changed.run());
        line.totalled.addValueChangeListener(e -> changed.run());
        columns.add(line);
        columnsBox.add(line);
        if (errors != null) {
            line.bind(errors, prefix + "columns[" + (columns.size() - 1) + "].");
        }
        if (listening && !column.label().isEmpty()) {
            changed.run();
        }
    }

    /** A column: label, kind, "cộng tổng" for a number column, remove. */
    static class ColumnLine extends HorizontalLayout {
        final TextField label = new TextField();
        final Select<ColumnKind> kind = new Select<>();
        final Checkbox totalled = new Checkbox();
        final Button remove = new Button(VaadinIcon.TRASH.create());
        String key;

        ColumnLine(FormColumn column) {
            key = column.key();
            label.setLabel(getTranslation("appendix.field.columnLabel"));
            label.setValue(column.label());
            // a column's name is often long ("Số trẻ em được hỗ trợ"): the line gives it the room left
            label.setMinWidth("16em");
            setFlexGrow(1, label);
            setWidthFull();
            kind.setLabel(getTranslation("appendix.field.columnKind"));
            kind.setItems(ColumnKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("appendix.kind." + k.name()));
            kind.setValue(column.kind());
            totalled.setLabel(getTranslation("appendix.field.totalled"));
            totalled.setValue(column.totalled());
            totalled.setVisible(column.kind() == ColumnKind.NUMBER);
            kind.addValueChangeListener(e -> {
                totalled.setVisible(e.getValue() == ColumnKind.NUMBER);
                if (e.getValue() != ColumnKind.NUMBER) {
                    totalled.setValue(false);
                }
            });
            remove.setAriaLabel(getTranslation("appendix.editor.removeColumn"));
            remove.setTooltipText(getTranslation("appendix.editor.removeColumn"));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            kind.setWidth("11em");
            // the box keeps its room when hidden (a text or yes/no column): the lines stay aligned
            com.vaadin.flow.component.html.Div totalledRoom = new com.vaadin.flow.component.html.Div(totalled);
            totalledRoom.setWidth("9em");
            add(label, kind, totalledRoom, remove);
        }

        void bind(FieldErrors errors, String prefix) {
            errors.bind(prefix + "label", label).bind(prefix + "kind", kind);
        }

        FormColumn value() {
            return new FormColumn(key, label.getValue(), kind.getValue(), totalled.getValue());
        }
    }
}
