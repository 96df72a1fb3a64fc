package vn.congtactreem.notification.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.Map;
import vn.congtactreem.notification.Delivery;
import vn.congtactreem.notification.NotificationKind;
import vn.congtactreem.notification.NotificationPreferences;
import vn.congtactreem.notification.Preference;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.security.CurrentUser;

/**
 * "Cài đặt thông báo": for each kind of notification, mail or not and at once or in the daily
 * digest; each change is saved at once. The bell always shows every notification.
 */
@Route("settings/notifications")
@PermitAll
public class NotificationSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationPreferences preferences;
    private final UserAccount user;
    final Map<NotificationKind, Checkbox> mail = new EnumMap<>(NotificationKind.class);
    final Map<NotificationKind, RadioButtonGroup<Delivery>> delivery = new EnumMap<>(NotificationKind.class);

    public NotificationSettingsView(NotificationPreferences preferences, CurrentUser currentUser) {
        this.preferences = preferences;
        this.user = currentUser.require();
        addClassName("notification-settings-view");

        add(new H2(getTranslation("notificationSettings.title")),
                new Paragraph(getTranslation("notificationSettings.intro")));
        if (user.email() == null || user.email().isBlank()) {
            Span noMail = new Span(getTranslation("notificationSettings.noEmail"));
            noMail.addClassName("notification-settings-no-email");
            add(noMail);
        }
        preferences.of(user).forEach(preference -> add(row(preference)));
    }

    private Div row(Preference preference) {
        NotificationKind kind = preference.kind();
        String kindLabel = getTranslation("notification.kind." + kind.name());
        Span label = new Span(kindLabel);
        label.addClassName("notification-settings-kind");

        Checkbox byMail = new Checkbox(getTranslation("notificationSettings.mail"), preference.mail());
        byMail.setAriaLabel(getTranslation("notificationSettings.mail.aria", kindLabel));
        RadioButtonGroup<Delivery> when = new RadioButtonGroup<>();
        when.setItems(Delivery.values());
        when.setItemLabelGenerator(d -> getTranslation("notificationSettings.delivery." + d.name()));
        when.setValue(preference.delivery());
        when.setAriaLabel(getTranslation("notificationSettings.delivery.aria", kindLabel));
        when.setEnabled(preference.mail());
        mail.put(kind, byMail);
        delivery.put(kind, when);

        byMail.addValueChangeListener(e -> {
            when.setEnabled(e.getValue());
            save(kind);
        });
        when.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                save(kind);
            }
        });
        HorizontalLayout choices = new HorizontalLayout(byMail, when);
        choices.setAlignItems(FlexComponent.Alignment.CENTER);
        choices.setWrap(true);
        Div row = new Div(label, choices);
        row.addClassName("notification-settings-row");
        return row;
    }

    private void save(NotificationKind kind) {
        preferences.choose(user, new Preference(kind, mail.get(kind).getValue(), delivery.get(kind).getValue()));
        Notification saved = Notification.show(getTranslation("notificationSettings.saved"), 2000,
                Notification.Position.BOTTOM_START);
        saved.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notificationSettings.title");
    }
}
