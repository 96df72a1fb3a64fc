package vn.congtactreem.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import vn.congtactreem.base.ui.FieldErrors;
import vn.congtactreem.indicator.Indicator;
import vn.congtactreem.indicator.IndicatorCatalog;

/** A deactivated indicator cannot be chosen for new targets; the plans and reports that use it keep it. */
class IndicatorActivationDialog extends Dialog {

    final Button confirm = new Button();
    private final FieldErrors errors = new FieldErrors(this);

    IndicatorActivationDialog(IndicatorCatalog catalog, Indicator indicator, Consumer<Indicator> saved) {
        boolean deactivating = indicator.active();
        String action = deactivating ? "indicator.action.deactivate" : "indicator.action.reactivate";
        setHeaderTitle(getTranslation(action));
        add(new Paragraph(getTranslation(deactivating ? "indicator.dialog.deactivate" : "indicator.dialog.reactivate",
                indicator.code(), indicator.name())), errors.formError());
        confirm.setText(getTranslation(action));
        confirm.addThemeVariants(deactivating ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> errors.attempt(
                () -> deactivating ? catalog.deactivate(indicator.id()) : catalog.reactivate(indicator.id()))
                .ifPresent(changed -> {
                    close();
                    saved.accept(changed);
                }));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
        setWidth("min(30rem, 95vw)");
    }
}
