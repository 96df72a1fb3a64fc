package vn.congtactreem.notification.ui;

import com.vaadin.flow.component.Component;
import vn.congtactreem.shell.HeaderItem;
import vn.congtactreem.notification.Outbox;
import vn.congtactreem.org.UserAccount;

/** The bell in every signed-in user's header bar. */
@org.springframework.stereotype.Component
class BellHeaderItem implements HeaderItem {

    private final Outbox outbox;

    BellHeaderItem(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Component create(UserAccount user) {
        return new NotificationBell(outbox, user);
    }
}
