package vn.congtactreem.plan.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import vn.congtactreem.base.ui.FieldErrors;
import vn.congtactreem.indicator.TargetOutline;

/**
 * The plan's objectives, "Mục tiêu 1", "Mục tiêu 2", … each with its title and arrows to move it (its targets
 * move with it); removing one leaves its targets without an objective. Errors of "objectives[i]" show on the
 * title. The targets list ({@link TargetsEditor}) applies each change to both.
 */
class ObjectivesEditor extends Composite<VerticalLayout> {

    private final FieldErrors errors;
    private final Consumer<UnaryOperator<TargetOutline>> restructure;
    private final Runnable retitled;
    private final List<Row> titles = new ArrayList<>();
    private final VerticalLayout rows = new VerticalLayout();
    final Button add = new Button();
    private boolean readOnly;

    /**
     * @param restructure applies a change of the objectives to the objectives and the targets
     * @param retitled    run when a title changed
     */
    ObjectivesEditor(FieldErrors errors, Consumer<UnaryOperator<TargetOutline>> restructure, Runnable retitled) {
        this.errors = errors;
        this.restructure = restructure;
        this.retitled = retitled;
        addClassName("objectives-editor");
        add.setText(getTranslation("objectives.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(e -> {
            restructure.accept(o -> o.withObjective(""));
            titles.get(titles.size() - 1).title().focus();
        });
        rows.setPadding(false);
        getContent().setPadding(false);
        getContent().add(rows, add);
    }

    List<String> getValue() {
        return titles.stream().map(r -> r.title().getValue()).toList();
    }

    void setValue(List<String> values) {
        titles.clear();
        rows.removeAll();
        errors.unbindPrefix("objectives[");
        for (int i = 0; i < values.size(); i++) {
            rows.add(row(i + 1, values.get(i)));
        }
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        setValue(getValue());
        add.setVisible(!readOnly);
    }

    /** One objective on the screen: its title, its arrows and its "remove" button. */
    record Row(TextField title, Button up, Button down, Button remove) {
    }

    List<Row> rows() {
        return List.copyOf(titles);
    }

    private HorizontalLayout row(int number, String value) {
        TextField title = new TextField(getTranslation("objectives.title", number));
        title.setValue(value == null ? "" : value);
        title.setMaxLength(600);
        title.setWidthFull();
        title.setReadOnly(readOnly);
        title.setRequiredIndicatorVisible(true);
        title.addValueChangeListener(e -> retitled.run());
        errors.bind("objectives[" + (number - 1) + "]", title);
        Button up = arrow(VaadinIcon.ARROW_UP, "objectives.up", () -> restructure.accept(o -> o.moveObjective(number, -1)));
        Button down = arrow(VaadinIcon.ARROW_DOWN, "objectives.down",
                () -> restructure.accept(o -> o.moveObjective(number, 1)));
        Button remove = arrow(VaadinIcon.TRASH, "objectives.remove",
                () -> restructure.accept(o -> o.removeObjective(number)));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        titles.add(new Row(title, up, down, remove));
        HorizontalLayout row = new HorizontalLayout(title, up, down, remove);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.END);
        row.addClassName("objective-row");
        return row;
    }

    private Button arrow(VaadinIcon icon, String key, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.setAriaLabel(getTranslation(key));
        button.setTooltipText(getTranslation(key));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setVisible(!readOnly);
        return button;
    }
}
