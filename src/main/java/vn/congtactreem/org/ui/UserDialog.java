package vn.congtactreem.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import vn.congtactreem.base.ui.FieldErrors;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgPickerOrder;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserForm;
import vn.congtactreem.org.UserService;

/** Create a user (with a first password) or change an existing user's name, e-mail, unit and roles. */
class UserDialog extends Dialog {

    final TextField username = new TextField();
    final TextField fullName = new TextField();
    final EmailField email = new EmailField();
    final ComboBox<OrgUnit> orgUnit = new ComboBox<>();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final PasswordField password = new PasswordField();
    final Button save = new Button();
    private final FieldErrors errors = new FieldErrors(this);

    UserDialog(UserService users, OrgService orgs, UserAccount existing, Consumer<UserAccount> saved) {
        boolean creating = existing == null;
        setHeaderTitle(getTranslation(creating ? "user.dialog.create" : "user.dialog.edit",
                creating ? "" : existing.username()));

        username.setLabel(getTranslation("user.username"));
        username.setHelperText(getTranslation("user.username.help"));
        username.setReadOnly(!creating);
        fullName.setLabel(getTranslation("user.fullName"));
        email.setLabel(getTranslation("user.email"));
        orgUnit.setLabel(getTranslation("user.orgUnit"));
        List<OrgUnit> all = orgs.all();
        OrgPickerOrder picker = OrgPickerOrder.of(all.stream().filter(OrgUnit::active).toList(), all);
        orgUnit.setItems(picker::matches, picker.units());
        orgUnit.setItemLabelGenerator(picker::label);
        roles.setLabel(getTranslation("user.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        password.setLabel(getTranslation("user.password"));
        password.setHelperText(getTranslation("user.password.help", UserService.MIN_PASSWORD_LENGTH,
                UserService.MAX_PASSWORD_BYTES));
        password.setVisible(creating);
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {username, fullName, orgUnit, roles}) {
            field.setRequiredIndicatorVisible(true);
        }

        if (!creating) {
            username.setValue(existing.username());
            fullName.setValue(existing.fullName());
            email.setValue(existing.email() == null ? "" : existing.email());
            orgs.find(existing.orgUnitId()).ifPresent(orgUnit::setValue);
            roles.setValue(existing.roles());
        }

        errors.bind(UserService.FIELD_USERNAME, username).bind(UserService.FIELD_FULL_NAME, fullName)
                .bind(UserService.FIELD_EMAIL, email).bind(UserService.FIELD_ORG, orgUnit)
                .bind(UserService.FIELD_ROLES, roles).bind(UserService.FIELD_PASSWORD, password);
        FormLayout form = new FormLayout(username, fullName, email, orgUnit, roles, password, errors.formError());
        form.setColspan(orgUnit, 2);
        form.setColspan(roles, 2);
        add(form);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            UserForm data = new UserForm(username.getValue(), fullName.getValue(), email.getValue(),
                    orgUnit.getValue() == null ? null : orgUnit.getValue().id(), roles.getValue(),
                    password.getValue());
            // saved from the version the dialog opened with: if someone changed the account since, it says so and stays
            errors.attempt(() -> creating ? users.create(data)
                            : users.update(existing.id(), data, existing.version()))
                    .ifPresent(account -> {
                        close();
                        saved.accept(account);
                    });
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(44rem, 95vw)");
    }
}
