package vn.congtactreem.orgchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Consumer;
import vn.congtactreem.base.ui.FieldErrors;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgPickerOrder;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.orgchange.OrgChange;
import vn.congtactreem.orgchange.OrgChangeService;

/**
 * "Sáp nhập vào…": pick the unit merged into, see what the merge touches (running cycles, open reports and
 * tasks, users), confirm. Whether the two may be merged is the service's rule; its message shows by the field.
 */
class MergeUnitDialog extends Dialog {

    final ComboBox<OrgUnit> target = new ComboBox<>();
    final Div impact = new Div();
    final Button confirm = new Button();
    private final FieldErrors errors = new FieldErrors(this);

    MergeUnitDialog(OrgService orgs, OrgChangeService changes, OrgUnit unit, Consumer<OrgUnit> changed) {
        setHeaderTitle(getTranslation("orgchange.merge.title", unit.name()));
        impact.addClassName("orgchange-impact");
        impact.setText(getTranslation("orgchange.merge.pickFirst"));
        List<OrgUnit> all = orgs.all();
        OrgPickerOrder picker = OrgPickerOrder.of(all.stream()
                .filter(u -> u.active() && u.kind() == unit.kind() && u.id() != unit.id()).toList(), all);
        target.setLabel(getTranslation("orgchange.merge.target"));
        target.setItems(picker::matches, picker.units());
        target.setItemLabelGenerator(picker::label);
        target.setWidthFull();
        target.addValueChangeListener(e -> {
            errors.clear();
            confirm.setEnabled(e.getValue() != null);
            if (e.getValue() == null) {
                impact.setText(getTranslation("orgchange.merge.pickFirst"));
            } else {
                ImpactText.showMerge(impact, changes.impactOfMerge(unit.id(), e.getValue().id()), unit.name(),
                        e.getValue().name());
            }
        });
        errors.bind(OrgChangeService.FIELD_TARGET, target);
        add(new VerticalLayout(target, impact, errors.formError()));

        confirm.setText(getTranslation("orgchange.merge.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> errors.attempt(() -> changes.merge(unit.id(), target.getValue().id()))
                .ifPresent(done -> {
                    close();
                    changed.accept(orgs.get(done.toUnitId()));
                    notify(done);
                }));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
        setWidth("min(40rem, 95vw)");
    }

    private void notify(OrgChange done) {
        Notification.show(getTranslation("orgchange.merged", done.unitName(), done.toPath(), done.reportsMoved(),
                        done.reportsClosed(), done.plansClosed(), done.tasksMoved(), done.usersMoved()))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
