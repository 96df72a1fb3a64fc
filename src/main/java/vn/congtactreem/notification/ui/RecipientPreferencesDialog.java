package vn.congtactreem.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import vn.congtactreem.notification.Preference;

/** A user's notification settings as the administrator sees them: read only. */
class RecipientPreferencesDialog extends Dialog {

    final Grid<Preference> grid = new Grid<>();

    RecipientPreferencesDialog(String username, List<Preference> preferences) {
        setHeaderTitle(getTranslation("outbox.preferences.title", username));
        grid.addColumn(p -> getTranslation("notification.kind." + p.kind().name()))
                .setHeader(getTranslation("outbox.column.kind")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation(p.mail() ? "outbox.preferences.mailOn" : "outbox.preferences.mailOff"))
                .setHeader(getTranslation("notificationSettings.mail")).setAutoWidth(true);
        grid.addColumn(p -> p.mail() ? getTranslation("notificationSettings.delivery." + p.delivery().name()) : "—")
                .setHeader(getTranslation("outbox.preferences.delivery")).setAutoWidth(true);
        grid.setItems(preferences);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setWidth("min(40rem, 85vw)");
        add(grid);
        Button close = new Button(getTranslation("outbox.preferences.close"), e -> close());
        getFooter().add(close);
    }
}
