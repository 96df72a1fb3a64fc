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
import java.util.Set;
import java.util.function.Consumer;
import vn.congtactreem.base.ui.FieldErrors;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgPickerOrder;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.orgchange.OrgChange;
import vn.congtactreem.orgchange.OrgChangeService;

/** "Chuyển sang đơn vị cấp trên khác": what the move touches, then the new parent, recorded in the history. */
class MoveUnitDialog extends Dialog {

    final ComboBox<OrgUnit> parent = new ComboBox<>();
    final Div impact = new Div();
    final Button confirm = new Button();
    private final FieldErrors errors = new FieldErrors(this);

    MoveUnitDialog(OrgService orgs, OrgChangeService changes, OrgUnit unit, Consumer<OrgUnit> changed) {
        setHeaderTitle(getTranslation("orgchange.move.title", unit.name()));
        impact.addClassName("orgchange-impact");
        ImpactText.showMove(impact, changes.impactOfMove(unit.id()), unit.name());
        Set<Long> ownSubtree = orgs.selfAndDescendants(unit.id());
        List<OrgUnit> all = orgs.all();
        OrgPickerOrder picker = OrgPickerOrder.of(all.stream().filter(u -> u.isArea() && u.active()
                && !ownSubtree.contains(u.id()) && !Long.valueOf(u.id()).equals(unit.parentId())).toList(), all);
        parent.setLabel(getTranslation("orgchange.move.parent"));
        parent.setItems(picker::matches, picker.units());
        parent.setItemLabelGenerator(picker::label);
        parent.setWidthFull();
        parent.addValueChangeListener(e -> confirm.setEnabled(e.getValue() != null));
        errors.bind(OrgService.FIELD_PARENT, parent).bind(OrgService.FIELD_LEVEL, parent);
        add(new VerticalLayout(impact, parent, errors.formError()));

        confirm.setText(getTranslation("orgchange.move.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> errors.attempt(() -> changes.move(unit.id(), parent.getValue().id(), unit.version()))
                .ifPresent(done -> {
                    close();
                    changed.accept(orgs.get(unit.id()));
                    notify(done);
                }));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
        setWidth("min(40rem, 95vw)");
    }

    private void notify(OrgChange done) {
        Notification.show(getTranslation("orgchange.moved", done.unitName(), done.toPath()))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
