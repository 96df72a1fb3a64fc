package vn.congtactreem.notification.ui;

import com.vaadin.flow.component.UI;
import java.time.format.DateTimeFormatter;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.notification.Notification;
import vn.congtactreem.notification.Outbox;
import vn.congtactreem.org.UserAccount;

/** Opening one of the user's notifications: read from now on, and its page shown. */
final class Opening {

    /** When a notification was written, as people here write it. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(CycleClock.VIETNAM);

    private Opening() {
    }

    static void open(UI ui, Outbox outbox, UserAccount user, Notification row) {
        outbox.markRead(user, row.id());
        if (row.link() == null || row.link().isBlank()) {
            ui.navigate(NotificationsView.class);
        } else {
            ui.navigate(row.link());
        }
    }
}
