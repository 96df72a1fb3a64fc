package vn.congtactreem.inbox.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.inbox.BulkWork;
import vn.congtactreem.inbox.BulkWorkAction;
import vn.congtactreem.inbox.Inbox;
import vn.congtactreem.inbox.WorkFilter;
import vn.congtactreem.inbox.WorkItems;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.security.CurrentUser;

/**
 * The page every role lands on: "Việc cần làm" (what is due, filtered as the address says), plus
 * what the role watches or runs.
 */
@Route("")
@PermitAll
@Menu(order = 0, icon = "vaadin:inbox", title = "menu.home")
public class HomeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final InboxPanel inbox;

    public HomeView(CurrentUser currentUser, OrgService orgs, WorkItems work, Inbox tasks, BulkWork bulk,
                    List<BulkWorkAction> bulkActions, UserService users, CycleClock clock) {
        addClassName("home-view");
        UserAccount user = currentUser.require();
        OrgUnit org = orgs.get(user.orgUnitId());

        add(new H2(getTranslation("home.greeting", user.fullName())));
        Paragraph where = new Paragraph(getTranslation("home.organisation", orgs.path(org.id())));
        where.addClassName("home-organisation");
        add(where);

        if (work.count(user) == 0) {
            inbox = null;
            add(emptyInbox());
        } else {
            inbox = new InboxPanel(tasks, bulk, bulkActions, users, user, clock);
            add(inbox);
        }
        if (user.hasRole(Role.MANAGER)) {
            add(section("home.manager.title", getTranslation("home.manager.scope",
                    orgs.selfAndDescendants(org.id()).size() - 1)));
        }
        if (user.hasRole(Role.ADMIN)) {
            add(section("home.admin.title", getTranslation("home.admin.summary", orgs.count())));
        }
        add(new Paragraph(roles(user.roles())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (inbox != null) {
            inbox.show(WorkFilter.fromParameters(event.getLocation().getQueryParameters().getParameters()));
        }
    }

    private Component emptyInbox() {
        Div box = new Div(new H3(getTranslation("home.inbox.title")));
        box.addClassName("inbox");
        box.setId("inbox");
        Span empty = new Span(getTranslation("home.inbox.empty"));
        empty.addClassName("inbox-empty");
        box.add(empty);
        return box;
    }

    private Component section(String titleKey, String text) {
        Div box = new Div(new H3(getTranslation(titleKey)), new Span(text));
        box.addClassName("home-section");
        return box;
    }

    private String roles(Set<Role> roles) {
        return getTranslation("home.roles") + " " + String.join(", ",
                roles.stream().sorted().map(r -> getTranslation("role." + r.name())).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home");
    }
}
