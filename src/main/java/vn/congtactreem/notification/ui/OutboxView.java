package vn.congtactreem.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.notification.NotificationPreferences;
import vn.congtactreem.notification.NotificationStatus;
import vn.congtactreem.notification.Outbox;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;

/**
 * "Hộp thư đi": every notification the application wrote, newest first, paged from the database;
 * filter by status; a failed or sent mail can be sent again (the same row, queued again); each
 * recipient's notification settings can be looked at. Without an SMTP server the waiting mail is
 * shown as kept in the outbox.
 */
@Route("admin/outbox")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(order = 12, icon = "vaadin:envelopes-o", title = "menu.outbox")
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(CycleClock.VIETNAM);

    private final Outbox outbox;
    private final UserService users;
    private final NotificationPreferences preferences;
    private final boolean smtp;
    private final Map<Long, String> usernames = new HashMap<>();
    final Select<NotificationStatus> status = new Select<>();
    final Grid<vn.congtactreem.notification.Notification> grid = new Grid<>();

    public OutboxView(Outbox outbox, UserService users, NotificationPreferences preferences) {
        this.outbox = outbox;
        this.users = users;
        this.preferences = preferences;
        this.smtp = outbox.smtpConfigured();
        addClassName("outbox-view");
        setSizeFull();

        status.setLabel(getTranslation("outbox.filter.status"));
        status.setItems(NotificationStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("outbox.filter.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("outbox.filter.all")
                : getTranslation("outbox.status." + s.name()));
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addColumn(n -> TIME.format(n.createdAt())).setHeader(getTranslation("outbox.column.created"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> recipient(n.recipientId(), n.mailTo())).setHeader(getTranslation("outbox.column.recipient"))
                .setAutoWidth(true);
        grid.addColumn(n -> getTranslation("notification.kind." + n.kind().name()))
                .setHeader(getTranslation("outbox.column.kind")).setAutoWidth(true);
        grid.addColumn(vn.congtactreem.notification.Notification::title)
                .setHeader(getTranslation("outbox.column.title")).setFlexGrow(3);
        grid.addColumn(this::statusLabel).setHeader(getTranslation("outbox.column.status")).setAutoWidth(true);
        grid.addColumn(vn.congtactreem.notification.Notification::attempts)
                .setHeader(getTranslation("outbox.column.attempts")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> n.lastError() == null ? "" : n.lastError())
                .setHeader(getTranslation("outbox.column.lastError")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("outbox.column.actions"))
                .setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setPartNameGenerator(n -> n.status() == NotificationStatus.FAILED ? "failed" : null);
        grid.setDataProvider(lazyRows());
        grid.setSizeFull();

        add(new H2(getTranslation("menu.outbox")));
        if (!smtp) {
            Span noSmtp = new Span(getTranslation("outbox.noSmtp"));
            noSmtp.addClassName("outbox-no-smtp");
            add(noSmtp);
        }
        add(new HorizontalLayout(status), grid);
    }

    /** Pages through the database: the grid never loads the whole outbox. */
    private CallbackDataProvider<vn.congtactreem.notification.Notification, Void> lazyRows() {
        return DataProvider.fromCallbacks(
                query -> outbox.page(status.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) outbox.count(status.getValue()));
    }

    String statusLabel(vn.congtactreem.notification.Notification row) {
        if (row.status() == NotificationStatus.PENDING && !smtp) {
            return getTranslation("outbox.status.held");
        }
        return getTranslation("outbox.status." + row.status().name());
    }

    private HorizontalLayout actions(vn.congtactreem.notification.Notification row) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (resendable(row)) {
            actions.add(action(VaadinIcon.REFRESH, getTranslation("outbox.action.resend"), () -> resend(row.id())));
        }
        String username = recipient(row.recipientId(), null);
        actions.add(action(VaadinIcon.COG_O, getTranslation("outbox.action.preferences", username),
                () -> showPreferences(row.recipientId())));
        return actions;
    }

    /** A mail that failed or went out can be sent again (the same row, queued again). */
    static boolean resendable(vn.congtactreem.notification.Notification row) {
        return row.mailTo() != null
                && (row.status() == NotificationStatus.FAILED || row.status() == NotificationStatus.SENT);
    }

    private Button action(VaadinIcon icon, String label, Runnable command) {
        Button button = new Button(icon.create(), e -> command.run());
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    /** The recipient's notification settings, read only. */
    RecipientPreferencesDialog showPreferences(long userId) {
        RecipientPreferencesDialog dialog = new RecipientPreferencesDialog(recipient(userId, null),
                preferences.ofUser(userId));
        dialog.open();
        return dialog;
    }

    void resend(long id) {
        if (outbox.resend(id)) {
            Notification.show(getTranslation("outbox.resent"));
        }
        grid.getDataProvider().refreshAll();
    }

    private String recipient(long userId, String mailTo) {
        String username = usernames.computeIfAbsent(userId,
                id -> users.find(id).map(UserAccount::username).orElse("#" + id));
        return mailTo == null ? username : username + " <" + mailTo + ">";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.outbox");
    }
}
