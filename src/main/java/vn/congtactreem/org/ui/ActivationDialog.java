package vn.congtactreem.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import vn.congtactreem.base.ui.FieldErrors;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;

/**
 * "Ngừng hoạt động" / "Hoạt động lại": a unit is never deleted, its history stays. Done from the version the dialog
 * opened with: if someone changed the unit since, the dialog says so and stays open.
 */
class ActivationDialog extends Dialog {

    final Button confirm = new Button();
    private final FieldErrors errors = new FieldErrors(this);

    ActivationDialog(OrgService orgs, OrgUnit unit, Consumer<OrgUnit> saved) {
        boolean deactivating = unit.active();
        setHeaderTitle(getTranslation(deactivating ? "org.action.deactivate" : "org.action.reactivate"));
        add(new Paragraph(getTranslation(deactivating ? "org.dialog.deactivate" : "org.dialog.reactivate",
                unit.name())), errors.formError());
        confirm.setText(getTranslation(deactivating ? "org.action.deactivate" : "org.action.reactivate"));
        confirm.addThemeVariants(deactivating ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            errors.attempt(() -> deactivating ? orgs.deactivate(unit.id(), unit.version())
                    : orgs.reactivate(unit.id(), unit.version()))
                    .ifPresent(changed -> {
                        close();
                        saved.accept(changed);
                    });
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
        setWidth("min(30rem, 95vw)");
    }
}
