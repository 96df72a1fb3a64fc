package vn.congtactreem.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import vn.congtactreem.indicator.Objective;
import vn.congtactreem.indicator.TargetForm;

/**
 * Where a target stands in the plan: "Chỉ tiêu 3 · Mục tiêu 1" above it, the objective it belongs to (none, or
 * "Mục tiêu 1: …"), the number typed when the plan numbers it otherwise ("3a"), and the arrows that move it
 * up or down within its objective.
 */
final class TargetPlacement {

    final Span heading = new Span();
    final Select<Integer> objective = new Select<>();
    final TextField number = new TextField();
    final Button up = new Button(VaadinIcon.ARROW_UP.create());
    final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
    final HorizontalLayout arrows = new HorizontalLayout(up, down);

    /** @param onPlacement run when the objective changes (the list puts the target in plan order and saves) */
    TargetPlacement(TargetForm form, List<String> objectives, Runnable onChange, Runnable onPlacement) {
        objective.setLabel(objective.getTranslation("objectives.target.objective"));
        offerObjectives(objectives, form.objective());
        number.setLabel(number.getTranslation("objectives.target.number"));
        number.setValue(form.number() == null ? "" : form.number());
        number.setMaxLength(10);
        number.setHelperText(number.getTranslation("objectives.target.number.help"));
        heading.addClassName("target-heading");
        for (Button arrow : new Button[] {up, down}) {
            String key = arrow == up ? "objectives.target.up" : "objectives.target.down";
            arrow.setAriaLabel(arrow.getTranslation(key));
            arrow.setTooltipText(arrow.getTranslation(key));
            arrow.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        arrows.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.END);
        objective.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onPlacement.run();
            }
        });
        number.addValueChangeListener(e -> onChange.run());
    }

    /** The objectives the target may belong to; keeps {@code keep} when it is still one of them. */
    void offerObjectives(List<String> objectives, Integer keep) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i <= objectives.size(); i++) {
            numbers.add(i);
        }
        objective.setItems(numbers);
        objective.setItemLabelGenerator(n -> n == 0 ? objective.getTranslation("objectives.none")
                : new Objective(n, objectives.get(n - 1)).heading());
        objective.setValue(keep != null && keep >= 1 && keep <= objectives.size() ? keep : 0);
        objective.setVisible(!objectives.isEmpty());
    }

    /** The objective's number, null for none. */
    Integer objective() {
        return objective.getValue() == null || objective.getValue() == 0 ? null : objective.getValue();
    }

    /** The typed number, null when left empty (the next number). */
    String number() {
        return number.getValue().isBlank() ? null : number.getValue().strip();
    }

    /** "Chỉ tiêu 3 · Mục tiêu 1" above the row. */
    void showNumber(String shown) {
        Integer in = objective();
        heading.setText(in == null ? heading.getTranslation("objectives.target.heading", shown)
                : heading.getTranslation("objectives.target.headingIn", shown, in));
    }

    void setReadOnly(boolean readOnly) {
        objective.setReadOnly(readOnly);
        number.setReadOnly(readOnly);
        arrows.setVisible(!readOnly);
    }
}
