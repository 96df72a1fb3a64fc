package vn.congtactreem.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import vn.congtactreem.base.ui.FieldErrors;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;

/** A deactivated user can no longer sign in; their past work keeps their name. */
class UserActivationDialog extends Dialog {

    final Button confirm = new Button();
    private final FieldErrors errors = new FieldErrors(this);

    UserActivationDialog(UserService users, UserAccount user, Consumer<UserAccount> saved) {
        boolean deactivating = user.active();
        String action = deactivating ? "user.action.deactivate" : "user.action.reactivate";
        setHeaderTitle(getTranslation(action));
        add(new Paragraph(getTranslation(deactivating ? "user.dialog.deactivate" : "user.dialog.reactivate",
                user.fullName(), user.username())), errors.formError());
        confirm.setText(getTranslation(action));
        confirm.addThemeVariants(deactivating ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> errors.attempt(
                () -> deactivating ? users.deactivate(user.id(), user.version())
                        : users.reactivate(user.id(), user.version()))
                .ifPresent(changed -> {
                    close();
                    saved.accept(changed);
                }));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
        setWidth("min(30rem, 95vw)");
    }
}
