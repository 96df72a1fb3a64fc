package vn.congtactreem.inbox.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.shell.MenuBadge;
import vn.congtactreem.inbox.BulkWork;
import vn.congtactreem.inbox.BulkWorkAction;
import vn.congtactreem.inbox.Inbox;
import vn.congtactreem.inbox.WorkCriteria;
import vn.congtactreem.inbox.WorkFilter;
import vn.congtactreem.inbox.WorkItem;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;

/**
 * The inbox box of the home screen: how many tasks, the filters (kept in the address), the bulk
 * actions on the selected rows, the grid. Every action runs task by task and ends with a summary
 * of what was done and what could not be, and why.
 */
class InboxPanel extends Div {

    final InboxFilters filters;
    final InboxGrid grid;
    final Map<BulkWorkAction, Button> actions = new LinkedHashMap<>();
    private final Span count = new Span();
    private final Inbox inbox;
    private final BulkWork bulk;
    private final UserAccount user;
    private WorkFilter filter;
    private WorkCriteria criteria;

    InboxPanel(Inbox inbox, BulkWork bulk, List<BulkWorkAction> bulkActions, UserService users, UserAccount user,
               CycleClock clock) {
        this.inbox = inbox;
        this.bulk = bulk;
        this.user = user;
        addClassName("inbox");
        setId("inbox");
        count.addClassName("inbox-count");
        filters = new InboxFilters(inbox.plans(user), inbox.taskKinds(user), this::navigateTo);
        grid = new InboxGrid(inbox, users, user, clock, item -> run(action(ClaimKey.CLAIM), List.of(item)),
                item -> run(action(ClaimKey.GIVE_BACK), List.of(item)));
        Div actionBar = new Div();
        actionBar.addClassName("inbox-actions");
        for (BulkWorkAction action : bulkActions) {
            Button button = new Button(getTranslation(action.labelKey()),
                    click -> run(action, List.copyOf(grid.getSelectedItems())));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.setEnabled(false);
            button.getElement().setAttribute("data-action", action.labelKey());
            actions.put(action, button);
            actionBar.add(button);
        }
        Span selectHint = new Span(getTranslation("inbox.bulk.hint"));
        selectHint.addClassName("hint");
        actionBar.add(selectHint);
        grid.addSelectionListener(event -> selectionChanged(event.getAllSelectedItems()));
        Paragraph note = new Paragraph(getTranslation("inbox.note"));
        note.addClassName("hint");
        add(new H3(getTranslation("home.inbox.title")), count, filters, actionBar, grid, note);
    }

    /** Shows the inbox as the address says (a link, a reload, the back button). */
    void show(WorkFilter wanted) {
        WorkFilter shown = filters.sanitize(wanted);
        if (shown.equals(filter)) {
            return;
        }
        filter = shown;
        filters.show(shown);
        refresh();
    }

    WorkFilter filter() {
        return filter;
    }

    private void refresh() {
        criteria = inbox.criteria(user, filter);
        long matching = inbox.count(user, criteria);
        if (filter.isEmpty()) {
            count.setText(getTranslation("inbox.count", matching));
        } else {
            count.setText(getTranslation("inbox.countFiltered", matching,
                    inbox.count(user, WorkCriteria.ALL)));
        }
        grid.show(criteria, matching);
        selectionChanged(Set.of());
    }

    /** A filter changed: the address changes with it, and the view follows the address. */
    private void navigateTo(WorkFilter next) {
        getUI().ifPresent(ui -> ui.navigate(HomeView.class, new QueryParameters(next.toParameters())));
    }

    private void selectionChanged(Set<WorkItem> selected) {
        actions.forEach((action, button) -> {
            long applicable = selected.stream().filter(item -> action.appliesTo(user, item)).count();
            button.setText(applicable == 0 ? getTranslation(action.labelKey())
                    : getTranslation(action.labelKey()) + " (" + applicable + ")");
            button.setEnabled(applicable > 0);
        });
    }

    private void run(BulkWorkAction action, List<WorkItem> items) {
        if (action == null || items.isEmpty()) {
            return;
        }
        BulkWork.Result result = bulk.run(user, action, items);
        String text = BulkSummary.text(result, action.doneKey(), this::getTranslation,
                item -> grid.describe(item).organisation());
        String[] failures = BulkSummary.failures(result, this::getTranslation,
                item -> grid.describe(item).organisation()).toArray(String[]::new);
        refresh();
        getUI().ifPresent(MenuBadge::refresh);
        if (result.failed().isEmpty()) {
            Notification.show(text, 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } else {
            showFailures(result, action, failures);
        }
    }

    private void showFailures(BulkWork.Result result, BulkWorkAction action, String... failures) {
        Dialog dialog = new Dialog();
        dialog.addClassName("bulk-summary");
        dialog.setHeaderTitle(getTranslation("inbox.bulk.title"));
        Paragraph headline = new Paragraph(BulkSummary.headline(result, action.doneKey(), this::getTranslation));
        headline.addClassName("bulk-summary-text");
        UnorderedList list = new UnorderedList(java.util.Arrays.stream(failures).map(ListItem::new)
                .toArray(ListItem[]::new));
        list.addClassName("bulk-failures");
        dialog.add(headline, list);
        Button close = new Button(getTranslation("inbox.bulk.close"), click -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.setAutofocus(true);
        dialog.getFooter().add(close);
        dialog.open();
    }

    private BulkWorkAction action(ClaimKey key) {
        return actions.keySet().stream().filter(a -> a.labelKey().equals(key.labelKey)).findFirst().orElse(null);
    }

    /** The two actions every inbox has, found among the bulk actions by their label. */
    private enum ClaimKey {
        CLAIM("inbox.action.claim"),
        GIVE_BACK("inbox.action.giveBack");

        final String labelKey;

        ClaimKey(String labelKey) {
            this.labelKey = labelKey;
        }
    }
}
