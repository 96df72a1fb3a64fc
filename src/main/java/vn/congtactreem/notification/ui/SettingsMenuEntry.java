package vn.congtactreem.notification.ui;

import com.vaadin.flow.component.Component;
import vn.congtactreem.shell.UserMenuEntry;

/** "Cài đặt thông báo" under the user's name. */
@org.springframework.stereotype.Component
class SettingsMenuEntry implements UserMenuEntry {

    @Override
    public String titleKey() {
        return "notificationSettings.title";
    }

    @Override
    public String icon() {
        return "vaadin:cog-o";
    }

    @Override
    public Class<? extends Component> view() {
        return NotificationSettingsView.class;
    }
}
