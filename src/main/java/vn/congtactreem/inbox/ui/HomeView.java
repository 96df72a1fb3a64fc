package vn.congtactreem.inbox.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.inbox.WorkItemDescriber;
import vn.congtactreem.inbox.WorkItems;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.security.CurrentUser;

/**
 * The page every role lands on: "Việc cần làm" (what is due), plus what the role watches or runs.
 * The task list itself comes with the processes; until then it says honestly that nothing is due.
 */
@Route("")
@PermitAll
@Menu(order = 0, icon = "vaadin:inbox", title = "menu.home")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(CurrentUser currentUser, OrgService orgs, WorkItems work, List<WorkItemDescriber> describers,
                    CycleClock clock) {
        addClassName("home-view");
        UserAccount user = currentUser.require();
        OrgUnit org = orgs.get(user.orgUnitId());

        add(new H2(getTranslation("home.greeting", user.fullName())));
        Paragraph where = new Paragraph(getTranslation("home.organisation", orgs.path(org.id())));
        where.addClassName("home-organisation");
        add(where);

        add(inbox(work, user, describers, clock));
        if (user.hasRole(Role.MANAGER)) {
            add(section("home.manager.title", getTranslation("home.manager.scope",
                    orgs.selfAndDescendants(org.id()).size() - 1)));
        }
        if (user.hasRole(Role.ADMIN)) {
            add(section("home.admin.title", getTranslation("home.admin.summary", orgs.all().size())));
        }
        add(new Paragraph(roles(user.roles())));
    }

    private Component inbox(WorkItems work, UserAccount user, List<WorkItemDescriber> describers, CycleClock clock) {
        H3 title = new H3(getTranslation("home.inbox.title"));
        Div box = new Div(title);
        box.addClassName("inbox");
        box.setId("inbox");
        long count = work.count(user);
        if (count == 0) {
            Span empty = new Span(getTranslation("home.inbox.empty"));
            empty.addClassName("inbox-empty");
            box.add(empty);
            return box;
        }
        Span summary = new Span(getTranslation("inbox.count", count));
        summary.addClassName("inbox-count");
        Paragraph note = new Paragraph(getTranslation("inbox.note"));
        note.addClassName("hint");
        box.add(summary, new InboxGrid(work, user, count, describers, clock), note);
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
