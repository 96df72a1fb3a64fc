package vn.congtactreem.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.base.ui.FieldErrors;
import vn.congtactreem.org.UserService;
import vn.congtactreem.security.CurrentUser;

/** "Đổi mật khẩu": where a user with a generated password lands until they choose their own. */
@Route("change-password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    public static final String FIELD_CONFIRM = "confirm";

    final PasswordField current = new PasswordField();
    final PasswordField password = new PasswordField();
    final PasswordField confirm = new PasswordField();
    final Button save = new Button();
    private final FieldErrors errors = new FieldErrors(this);

    public ChangePasswordView(UserService users, CurrentUser currentUser) {
        String username = currentUser.require().username();
        Span hint = new Span(getTranslation(users.mustChangePassword(username)
                ? "password.change.forced" : "password.change.hint"));
        hint.addClassName("hint");
        current.setLabel(getTranslation("password.change.current"));
        password.setLabel(getTranslation("password.change.new"));
        password.setHelperText(getTranslation("user.password.help", UserService.MIN_PASSWORD_LENGTH,
                UserService.MAX_PASSWORD_BYTES));
        confirm.setLabel(getTranslation("password.change.confirm"));
        errors.bind(UserService.FIELD_CURRENT_PASSWORD, current).bind(UserService.FIELD_PASSWORD, password)
                .bind(FIELD_CONFIRM, confirm);
        save.setText(getTranslation("password.change.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> errors.attempt(() -> {
            if (!password.getValue().equals(confirm.getValue())) {
                throw new ValidationException(FIELD_CONFIRM, "password.change.mismatch");
            }
            users.changeOwnPassword(username, current.getValue(), password.getValue());
            return true;
        }).ifPresent(done -> getUI().ifPresent(ui -> ui.navigate(""))));
        FormLayout form = new FormLayout(current, password, confirm, errors.formError());
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        add(new H2(getTranslation("password.change.title")), hint, form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.change.title");
    }
}
