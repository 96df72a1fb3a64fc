package vn.congtactreem.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import vn.congtactreem.base.ui.FieldErrors;
import vn.congtactreem.indicator.Comparator;
import vn.congtactreem.indicator.Indicator;
import vn.congtactreem.indicator.TargetForm;
import vn.congtactreem.indicator.TargetNumbering;
import vn.congtactreem.indicator.TargetOutline;
import vn.congtactreem.org.OrgPickerOrder;
import vn.congtactreem.org.OrgUnit;

/**
 * The plan's targets under its objectives ({@link ObjectivesEditor}), in plan order: those outside any objective
 * first, then objective by objective ({@link TargetOutline}). Each row ({@link TargetRow}) shows its number in the
 * plan ("Chỉ tiêu 3 · Mục tiêu 1", {@link TargetNumbering}); its arrows move it within its objective, choosing
 * another objective moves it there. A new target goes under the last objective. Errors of "targets[i].field" show
 * on the row's field.
 */
class TargetsEditor extends RowsEditor<TargetForm, TargetRow> {

    private final List<Indicator> choosable;
    private final Map<Long, Indicator> byId;
    private final OrgPickerOrder units;
    final Button takeFromUpper = new Button();
    final ObjectivesEditor objectives;

    /**
     * @param indicators the catalogue (inactive ones only show on rows that already have them)
     * @param units      the plan's organisation and those below it
     */
    TargetsEditor(FieldErrors errors, List<Indicator> indicators, OrgPickerOrder units, int defaultYear,
                  Runnable onChange) {
        super(errors, "targets", "plan.targets.add", onChange);
        this.choosable = indicators.stream().filter(Indicator::active).toList();
        this.byId = indicators.stream().collect(Collectors.toMap(Indicator::id, Function.identity()));
        this.units = units;
        this.objectives = new ObjectivesEditor(errors, this::restructure, this::retitled);
        takeFromUpper.setText(getTranslation("plan.targets.fromUpper"));
        takeFromUpper.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        takeFromUpper.setIcon(VaadinIcon.DOWNLOAD_ALT.create());
        add.addClickListener(e -> {
            List<String> titles = objectives.getValue();
            TargetRow row = append(new TargetForm(null, defaultYear, Comparator.AT_LEAST, null, null, null,
                    null, List.of()).placed(titles.isEmpty() ? null : titles.size(), null));
            renumber();
            row.indicator.focus();
        });
        layOut();
    }

    @Override
    List<Component> buttons() {
        return List.of(add, takeFromUpper);
    }

    @Override
    TargetRow newRow(TargetForm form) {
        TargetRow row = new TargetRow(form, new TargetChoices(choosable, byId, units, objectives.getValue()),
                r -> removeButton(r, "plan.targets.remove"), this::changed, this::placed);
        row.placement.up.addClickListener(e -> move(row, -1));
        row.placement.down.addClickListener(e -> move(row, 1));
        return row;
    }

    @Override
    void setValue(List<TargetForm> forms) {
        super.setValue(forms);
        renumber();
    }

    @Override
    void removed() {
        renumber();
    }

    /** The objectives and the targets as they stand on the screen. */
    TargetOutline outline() {
        return new TargetOutline(objectives.getValue(), getValue());
    }

    /** The target moved up or down within its objective, and saved. */
    void move(TargetRow row, int delta) {
        setValue(outline().moveTarget(rows().indexOf(row), delta).targets());
        onChange.run();
    }

    /** A change to the objectives (added, moved, removed) applied to both lists, and saved. */
    private void restructure(UnaryOperator<TargetOutline> change) {
        TargetOutline changed = change.apply(outline());
        objectives.setValue(changed.objectives());
        setValue(changed.targets());
        onChange.run();
    }

    /** An objective's title changed: the rows' objective lists show it. */
    private void retitled() {
        List<String> titles = objectives.getValue();
        rows().forEach(r -> r.placement.offerObjectives(titles, r.placement.objective()));
        onChange.run();
    }

    /** A target went to another objective: back in plan order, then saved. */
    private void placed() {
        setValue(TargetOutline.inPlanOrder(getValue()));
        onChange.run();
    }

    private void changed() {
        renumber();
        onChange.run();
    }

    private void renumber() {
        List<TargetRow> rows = rows();
        List<String> numbers = TargetNumbering.numbers(rows.stream().map(r -> r.placement.number()).toList());
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).placement.showNumber(numbers.get(i));
        }
    }
}
