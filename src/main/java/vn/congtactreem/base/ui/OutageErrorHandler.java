package vn.congtactreem.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Optional;
import vn.congtactreem.base.DatabaseOutage;

/**
 * What a person sees when a click fails because the database cannot be reached (PostgreSQL restarting):
 * "not saved, what you typed is still here, try again in a few minutes", next to their form, instead of
 * nothing at all. The form keeps its values: nothing on the screen is reset. Other failures go to Vaadin's
 * own handler, as before.
 */
@org.springframework.stereotype.Component
class OutageErrorHandler implements ErrorHandler, VaadinServiceInitListener {

    static final int DURATION_MS = 15_000;

    private final transient ErrorHandler otherwise = new DefaultErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Optional<UI> ui = event.getComponent().flatMap(Component::getUI)
                .or(() -> Optional.ofNullable(UI.getCurrent()));
        if (!DatabaseOutage.causedBy(event.getThrowable()) || ui.isEmpty()) {
            otherwise.error(event);
            return;
        }
        ui.get().accessSynchronously(() -> {
            Notification notification = Notification.show(ui.get().getTranslation("reliability.outage.notSaved"),
                    DURATION_MS, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.addClassName("outage-not-saved");
        });
    }
}
