package vn.congtactreem.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.congtactreem.base.DatabaseOutage;
import vn.congtactreem.notification.Notification;
import vn.congtactreem.notification.Outbox;
import vn.congtactreem.org.UserAccount;

/**
 * The bell in the header: the number of unread notifications on an icon button that opens the
 * latest {@value #LATEST} (unread in bold), grouped by the period they are about with each group's
 * counts; choosing one marks it read and opens its page. The count
 * is read again after each navigation and every {@value #POLL_MS} ms while the bell is on screen.
 */
public class NotificationBell extends Div {

    static final int LATEST = 20;
    static final int POLL_MS = 45_000;

    private final Outbox outbox;
    private final UserAccount user;
    final Button button = new Button(VaadinIcon.BELL.create());
    final Span count = new Span();
    final Popover popover = new Popover();
    final Div list = new Div();
    final Button markAll = new Button();
    private final List<Registration> registrations = new ArrayList<>();
    private boolean ownPoll;

    public NotificationBell(Outbox outbox, UserAccount user) {
        this.outbox = outbox;
        this.user = user;
        addClassName("notification-bell");
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        button.addClassName("bell-button");
        button.addClickListener(e -> showLatest());
        count.getElement().getThemeList().addAll(List.of("badge", "error", "primary", "pill", "small"));
        count.addClassName("bell-count");
        count.getElement().setAttribute("aria-hidden", "true");

        markAll.setText(getTranslation("bell.markAllRead"));
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        markAll.addClickListener(e -> markAllRead());
        H3 heading = new H3(getTranslation("bell.title"));
        heading.setId("bell-heading");
        Div header = new Div(heading, markAll);
        header.addClassName("bell-panel-header");
        list.addClassName("bell-list");
        list.getElement().setAttribute("role", "list");
        RouterLink all = new RouterLink(getTranslation("bell.seeAll"), NotificationsView.class);
        all.addClassName("bell-see-all");
        RouterLink settings = new RouterLink(getTranslation("bell.settings"), NotificationSettingsView.class);
        Div footer = new Div(all, settings);
        footer.addClassName("bell-panel-footer");
        Div panel = new Div(header, list, footer);
        panel.addClassName("bell-panel");

        popover.add(panel);
        popover.setTarget(button);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setAriaLabelledBy("bell-heading");
        popover.setAutofocus(true);
        popover.addClassName("bell-popover");
        // closing after choosing a notification or a link
        all.getElement().addEventListener("click", e -> popover.close());
        settings.getElement().addEventListener("click", e -> popover.close());

        add(button, count, popover);
        refreshCount();
    }

    /** Reads the unread count again: the number on the bell and what screen readers hear. */
    void refreshCount() {
        long unread = outbox.unreadCount(user);
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        String label = unread == 0 ? getTranslation("bell.aria.none") : getTranslation("bell.aria.unread", unread);
        button.setAriaLabel(label);
        button.setTooltipText(label);
    }

    /**
     * The poll's refresh: while the database cannot be reached the count stays as it was (the person did nothing;
     * a "not saved" message at every poll would be wrong), and the next poll tries again.
     */
    void refreshUnlessTheDatabaseIsAway() {
        DatabaseOutage.unlessAway(this::refreshCount);
    }

    /** Fills the list with the latest notifications (the popover opens on the same click). */
    void showLatest() {
        list.removeAll();
        List<Notification> latest = outbox.of(user, LATEST);
        if (latest.isEmpty()) {
            Span none = new Span(getTranslation("bell.empty"));
            none.addClassName("bell-empty");
            list.add(none);
        }
        if (latest.stream().allMatch(row -> row.topic() == null)) {
            latest.forEach(row -> list.add(item(row)));
        } else {
            byTopic(latest).forEach((topic, rows) -> {
                list.add(groupHeader(topic, rows));
                rows.forEach(row -> list.add(item(row)));
            });
        }
        markAll.setEnabled(latest.stream().anyMatch(row -> row.readAt() == null));
        refreshCount();
    }

    /** The rows by what they are about (the period), the group of the newest row first; no topic: "Khác". */
    private Map<String, List<Notification>> byTopic(List<Notification> rows) {
        Map<String, List<Notification>> groups = new LinkedHashMap<>();
        rows.forEach(row -> groups.computeIfAbsent(row.topic() == null ? getTranslation("bell.group.other")
                : row.topic(), topic -> new ArrayList<>()).add(row));
        return groups;
    }

    /** "6 tháng 2025 · 5 thông báo, 3 chưa đọc". */
    private Component groupHeader(String topic, List<Notification> rows) {
        long unread = rows.stream().filter(row -> row.readAt() == null).count();
        Span name = new Span(topic);
        name.addClassName("bell-group-topic");
        Span counts = new Span(getTranslation("bell.group.count", rows.size(), unread));
        counts.addClassName("bell-group-count");
        Div header = new Div(name, counts);
        header.addClassName("bell-group");
        header.getElement().setAttribute("role", "listitem");
        return header;
    }

    /** One notification: a focusable link-like row (Enter or Space opens it, like a click). */
    private Component item(Notification row) {
        boolean unread = row.readAt() == null;
        Span title = new Span(row.title());
        title.addClassName("bell-item-title");
        Span time = new Span(Opening.TIME.format(row.createdAt()));
        time.addClassName("bell-item-time");
        Div item = new Div(title, time);
        item.addClassName("bell-item");
        item.setClassName("unread", unread);
        item.getElement().setAttribute("role", "link");
        item.getElement().setAttribute("tabindex", "0");
        item.getElement().setAttribute("aria-label", getTranslation(unread ? "bell.item.unread" : "bell.item.read",
                row.title(), time.getText()));
        item.getElement().setAttribute("data-id", String.valueOf(row.id()));
        item.addClickListener(e -> open(row));
        item.getElement().addEventListener("keydown", e -> open(row))
                .setFilter("event.key === 'Enter' || event.key === ' '").addEventData("event.preventDefault()");
        Div listItem = new Div(item);
        listItem.getElement().setAttribute("role", "listitem");
        return listItem;
    }

    void open(Notification row) {
        popover.close();
        getUI().ifPresent(ui -> Opening.open(ui, outbox, user, row));
        refreshCount();
    }

    void markAllRead() {
        outbox.markAllRead(user);
        showLatest();
    }

    /** Asks the bell of this UI to count again (a page changed what is read). */
    static void refresh(UI ui) {
        ComponentUtil.fireEvent(ui, new Changed(ui));
    }

    /** Fired on the UI when the user's unread count may have changed. */
    static class Changed extends ComponentEvent<UI> {
        Changed(UI ui) {
            super(ui, false);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        registrations.add(ui.addAfterNavigationListener(e -> refreshCount()));
        registrations.add(ui.addPollListener(e -> refreshUnlessTheDatabaseIsAway()));
        registrations.add(ComponentUtil.addListener(ui, Changed.class, e -> refreshCount()));
        // a page that polls faster keeps its interval; the bell polls only while it is attached
        if (ui.getPollInterval() < 0) {
            ui.setPollInterval(POLL_MS);
            ownPoll = true;
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        registrations.forEach(Registration::remove);
        registrations.clear();
        if (ownPoll) {
            event.getUI().setPollInterval(-1);
            ownPoll = false;
        }
        super.onDetach(event);
    }
}
