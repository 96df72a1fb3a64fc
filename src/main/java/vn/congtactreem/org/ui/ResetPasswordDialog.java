package vn.congtactreem.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import vn.congtactreem.base.ui.FieldErrors;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;

/** "Đặt lại mật khẩu": the administrator sets a new password and tells the user. */
class ResetPasswordDialog extends Dialog {

    final PasswordField password = new PasswordField();
    final Button save = new Button();
    private final FieldErrors errors = new FieldErrors(this);

    ResetPasswordDialog(UserService users, UserAccount user) {
        setHeaderTitle(getTranslation("user.dialog.resetPassword", user.username()));
        password.setLabel(getTranslation("user.newPassword"));
        password.setHelperText(getTranslation("user.password.help", UserService.MIN_PASSWORD_LENGTH,
                UserService.MAX_PASSWORD_BYTES));
        password.setWidthFull();
        errors.bind(UserService.FIELD_PASSWORD, password);
        add(new VerticalLayout(password, errors.formError()));
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> errors.attempt(() -> {
            users.resetPassword(user.id(), password.getValue());
            return user;
        }).ifPresent(done -> {
            close();
            Notification.show(getTranslation("user.passwordChanged", user.username()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(28rem, 95vw)");
    }
}
