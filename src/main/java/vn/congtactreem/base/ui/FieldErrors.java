package vn.congtactreem.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
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

    /** Runs a command; on a validation error shows it and answers empty. */
    public <T> Optional<T> attempt(Supplier<T> command) {
        try {
            T result = command.get();
            clear();
            return Optional.of(result);
        } catch (ValidationException e) {
            show(e);
            return Optional.empty();
        }
    }
}
