package vn.congtactreem.orgchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Consumer;
import vn.congtactreem.base.ui.FieldErrors;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.orgchange.DeactivationImpact;
import vn.congtactreem.orgchange.OrgChange;
import vn.congtactreem.orgchange.OrgDeactivationService;

/**
 * "Ngừng hoạt động": what taking the unit out of use touches (units still active under it, running cycles of it
 * and below, open tasks, periods to come), then a confirmation the administrator must tick. Refusals (units or
 * users still active) show next to that box.
 */
class DeactivateUnitDialog extends Dialog {

    final Div impact = new Div();
    final Checkbox confirmed = new Checkbox();
    final Button confirm = new Button();
    private final FieldErrors errors = new FieldErrors(this);

    DeactivateUnitDialog(OrgService orgs, OrgDeactivationService deactivation, OrgUnit unit,
                         Consumer<OrgUnit> changed) {
        setHeaderTitle(getTranslation("orgchange.deactivate.title", unit.name()));
        impact.addClassName("orgchange-impact");
        show(deactivation.impact(unit.id()), unit.name());
        confirmed.setLabel(getTranslation("orgchange.deactivate.confirmed", unit.name()));
        confirmed.addValueChangeListener(e -> {
            errors.clear();
            confirm.setEnabled(e.getValue());
        });
        errors.bind(OrgDeactivationService.FIELD_CONFIRM, confirmed).bind(OrgService.FIELD_NAME, confirmed);
        add(new VerticalLayout(impact, confirmed, errors.formError()));

        confirm.setText(getTranslation("orgchange.deactivate.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> errors.attempt(() -> deactivation.deactivate(unit.id(), confirmed.getValue(),
                unit.version()))
                .ifPresent(done -> {
                    close();
                    changed.accept(orgs.get(unit.id()));
                    notify(done);
                }));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
        setWidth("min(40rem, 95vw)");
    }

    private void show(DeactivationImpact what, String unit) {
        if (what.refused()) {
            line("orgchange.deactivate.impact.children", what.activeChildren().size(),
                    String.join(", ", what.activeChildren()));
        }
        if (what.runningCycles().isEmpty()) {
            line("orgchange.deactivate.impact.noCycles", unit);
        } else {
            line("orgchange.deactivate.impact.cycles", what.runningCycles().size(),
                    String.join("; ", what.runningCycles()), what.ownCycles());
        }
        line("orgchange.deactivate.impact.tasks", what.openTasks());
        line("orgchange.deactivate.impact.periods", what.periodsToCome());
        line("orgchange.deactivate.impact.history", unit);
    }

    private void line(String key, Object... args) {
        impact.add(new Paragraph(getTranslation(key, args)));
    }

    private void notify(OrgChange done) {
        Notification.show(getTranslation("orgchange.deactivated", done.unitName(), done.plansClosed(),
                done.reportsClosed())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
