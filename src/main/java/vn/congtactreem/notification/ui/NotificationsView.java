package vn.congtactreem.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import vn.congtactreem.notification.Notification;
import vn.congtactreem.notification.Outbox;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.security.CurrentUser;

/**
 * "Thông báo": all of the user's notifications, newest first, paged from the database; unread in
 * bold. A click (or Enter on a row) marks one read and opens its page.
 */
@Route("notifications")
@PermitAll
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final Outbox outbox;
    private final UserAccount user;
    final Grid<Notification> grid = new Grid<>();
    final Button markAll = new Button();
    private Notification focused;

    public NotificationsView(Outbox outbox, CurrentUser currentUser) {
        this.outbox = outbox;
        this.user = currentUser.require();
        addClassName("notifications-view");
        setSizeFull();

        markAll.setText(getTranslation("bell.markAllRead"));
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markAll.addClickListener(e -> markAllRead());
        RouterLink settings = new RouterLink(getTranslation("notificationSettings.title"),
                NotificationSettingsView.class);
        HorizontalLayout toolbar = new HorizontalLayout(markAll, settings);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addColumn(n -> Opening.TIME.format(n.createdAt())).setHeader(getTranslation("notifications.column.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> getTranslation("notification.kind." + n.kind().name()))
                .setHeader(getTranslation("notifications.column.kind")).setAutoWidth(true);
        grid.addComponentColumn(this::title).setHeader(getTranslation("notifications.column.title")).setFlexGrow(3);
        grid.addColumn(n -> getTranslation(n.readAt() == null ? "notifications.unread" : "notifications.read"))
                .setHeader(getTranslation("notifications.column.read")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPartNameGenerator(n -> n.readAt() == null ? "unread" : null);
        grid.setDataProvider(DataProvider.fromCallbacks(
                query -> outbox.of(user, query.getOffset(), query.getLimit()).stream(),
                query -> (int) outbox.count(user)));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        // Enter on a focused row opens it, as in the inbox
        grid.getElement().addEventListener("keydown", e -> {
            if (focused != null) {
                open(focused);
            }
        }).setFilter("event.key === 'Enter' && event.target === element");
        grid.setEmptyStateText(getTranslation("bell.empty"));
        grid.setSizeFull();

        add(new H2(getTranslation("notifications.title")), toolbar, grid);
    }

    private Span title(Notification row) {
        Span title = new Span(row.title());
        title.setClassName("notification-unread", row.readAt() == null);
        return title;
    }

    void open(Notification row) {
        getUI().ifPresent(ui -> Opening.open(ui, outbox, user, row));
    }

    void markAllRead() {
        outbox.markAllRead(user);
        grid.getDataProvider().refreshAll();
        getUI().ifPresent(NotificationBell::refresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title");
    }
}
