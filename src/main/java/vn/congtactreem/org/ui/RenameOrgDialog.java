package vn.congtactreem.org.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import vn.congtactreem.base.ui.FieldErrors;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;

/**
 * "Đổi tên": plans and reports keep pointing to the same unit; the rename is published ({@code OrgUnitRenamed}) so
 * that its history keeps the old name and what the unit already made keeps the name it was made under. Saved from
 * the version the dialog opened with: if someone changed the unit since, the dialog says so and stays open.
 */
class RenameOrgDialog extends Dialog {

    final TextField name = new TextField();
    final Button save = new Button();
    private final FieldErrors errors = new FieldErrors(this);

    RenameOrgDialog(OrgService orgs, OrgUnit unit, Consumer<OrgUnit> saved) {
        setHeaderTitle(getTranslation("org.dialog.rename", unit.name()));
        name.setLabel(getTranslation("org.name"));
        name.setValue(unit.name());
        name.setWidthFull();
        errors.bind(OrgService.FIELD_NAME, name);
        add(new VerticalLayout(name, errors.formError()));

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> {
            errors.attempt(() -> orgs.rename(unit.id(), name.getValue(), unit.version())).ifPresent(renamed -> {
                close();
                saved.accept(renamed);
            });
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(30rem, 95vw)");
    }
}
