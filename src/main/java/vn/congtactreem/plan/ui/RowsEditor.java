package vn.congtactreem.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import vn.congtactreem.base.ui.FieldErrors;

/**
 * A list of rows the officer adds, edits and removes (content items, units, periods): the rows'
 * values as forms, read-only when the plan may not be changed, and the service's errors of
 * "{@code prefix}[i].field" shown on row i's field, rows renumbered after a removal.
 *
 * @param <F> the form a row edits
 * @param <R> the row
 */
abstract class RowsEditor<F, R extends Component & RowsEditor.Row<F>> extends Composite<VerticalLayout> {

    /** One row: its value, its fields bound to the errors under its prefix, and a read-only switch. */
    interface Row<F> {
        F value();

        void setReadOnly(boolean readOnly);

        void bind(FieldErrors errors, String prefix);
    }

    private final List<R> rows = new ArrayList<>();
    private final Div rowsBox = new Div();
    private final FieldErrors errors;
    private final String prefix;
    final Runnable onChange;
    final Button add = new Button();
    private boolean readOnly;

    RowsEditor(FieldErrors errors, String prefix, String addKey, Runnable onChange) {
        this.errors = errors;
        this.prefix = prefix;
        this.onChange = onChange;
        add.setText(getTranslation(addKey));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        rowsBox.setWidthFull();
        getContent().setPadding(false);
    }

    /** A new row showing {@code form}. */
    abstract R newRow(F form);

    /** The buttons under the rows: "add" and whatever else the list offers. */
    List<Component> buttons() {
        return List.of(add);
    }

    /** Lays out the rows and the buttons; subclasses call it at the end of their constructor. */
    void layOut() {
        HorizontalLayout buttons = new HorizontalLayout(buttons().toArray(Component[]::new));
        buttons.setWrap(true);
        getContent().add(rowsBox, buttons);
    }

    void setValue(List<F> forms) {
        rows.clear();
        rowsBox.removeAll();
        forms.forEach(this::addRow);
        rebind();
    }

    List<F> getValue() {
        return rows.stream().map(Row::value).toList();
    }

    List<R> rows() {
        return List.copyOf(rows);
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        rows.forEach(row -> row.setReadOnly(readOnly));
        buttons().forEach(button -> button.setVisible(!readOnly));
    }

    /** Adds a row and binds the errors anew; answers the row (e.g. to focus its first field). */
    R append(F form) {
        R row = addRow(form);
        rebind();
        return row;
    }

    /** A row's "remove" button: the row goes, the others are renumbered, the change is saved. */
    Button removeButton(R row, String textKey) {
        Button remove = new Button(getTranslation(textKey), VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(e -> {
            rows.remove(row);
            rowsBox.remove(row);
            rebind();
            removed();
            onChange.run();
        });
        return remove;
    }

    /** After a row was removed, before the change is saved (e.g. to renumber the others). */
    void removed() {
    }

    private R addRow(F form) {
        R row = newRow(form);
        row.setReadOnly(readOnly);
        rows.add(row);
        rowsBox.add(row);
        return row;
    }

    private void rebind() {
        errors.unbindPrefix(prefix + "[");
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).bind(errors, prefix + "[" + i + "].");
        }
    }
}
