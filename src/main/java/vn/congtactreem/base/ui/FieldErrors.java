package vn.congtactreem.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.ConcurrencyFailureException;
import vn.congtactreem.base.ConflictException;
import vn.congtactreem.base.ValidationException;

/**
 * Puts a service's validation message next to the field it concerns; a message about no field on
 * the form goes to the form's own error line. Nothing the person typed is cleared.
 */
public class FieldErrors {

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Span formError = new Span();

    public FieldErrors(Component owner) {
        this.owner = owner;
        formError.addClassName("form-error");
        formError.setVisible(false);
    }

    public FieldErrors bind(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    /** Forgets the fields bound under a prefix ("periods[") before rows are laid out again. */
    public FieldErrors unbindPrefix(String prefix) {
        fields.keySet().removeIf(key -> key.startsWith(prefix));
        return this;
    }

    /** The line under the form for errors that belong to no single field. */
    public Span formError() {
        return formError;
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        formError.setText("");
        formError.setVisible(false);
    }

    public void show(ValidationException error) {
        show(error, true);
    }

    /** Shows the error; {@code focus}: move the cursor to the field (not when saving in the background). */
    public void show(ValidationException error, boolean focus) {
        clear();
        String message = owner.getTranslation(error.messageKey(), error.args());
        HasValidation field = fields.get(error.field());
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
            if (focus && field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                focusable.focus();
            }
        } else {
            formError.setText(message);
            formError.setVisible(true);
        }
    }

    /**
     * Runs a command; on a validation error shows it and answers empty. A command that came too late
     * (someone changed the thing first, see {@link ConflictException}; or the database refused a change
     * from a stale row) is also said in a notification that stays until closed: nothing was saved, and
     * what the person typed stays in the form.
     */
    public <T> Optional<T> attempt(Supplier<T> command) {
        try {
            T result = command.get();
            clear();
            return Optional.of(result);
        } catch (ConflictException | ConcurrencyFailureException | OptimisticLockingException e) {
            showConflict(e);
            return Optional.empty();
        } catch (ValidationException e) {
            show(e);
            return Optional.empty();
        }
    }

    /** Says that a command came too late: under the form and in a notification that stays until closed. */
    public void showConflict(RuntimeException error) {
        ConflictException e = error instanceof ConflictException conflict ? conflict
                : new ConflictException("form", "concurrency.error.staleVersion");
        show(e, false);
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.MIDDLE);
        Button close = new Button(owner.getTranslation("concurrency.notification.close"), click -> notification.close());
        notification.add(new Div(new H4(owner.getTranslation("concurrency.notification.title")),
                new Div(owner.getTranslation(e.messageKey(), e.args())), close));
        notification.addClassName("conflict-notification");
        notification.open();
    }
}
