package vn.congtactreem.substitute.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.security.CurrentUser;
import vn.congtactreem.substitute.SubstitutionService;

/**
 * The administrator's "Ủy quyền vắng mặt": a chosen user's substitutions (from the users' screen,
 * {@code admin/substitutes?user=<id>}, or chosen here), the same section and rules as the user's own page.
 */
@Route("admin/substitutes")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(order = 11.5, icon = "vaadin:user-clock", title = "substitute.menu.admin")
public class AdminSubstitutesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    public static final String USER_PARAMETER = "user";

    final ComboBox<UserAccount> person = new ComboBox<>();
    private final Div content = new Div();
    private final SubstitutionService substitutions;
    private final CycleClock clock;
    private final UserService users;
    private final UserAccount admin;
    SubstitutionsSection section;

    public AdminSubstitutesView(SubstitutionService substitutions, CycleClock clock, UserService users,
                                CurrentUser currentUser) {
        this.substitutions = substitutions;
        this.clock = clock;
        this.users = users;
        this.admin = currentUser.require();
        addClassName("admin-substitutes-view");
        person.setLabel(getTranslation("substitute.admin.user"));
        person.setWidth("min(28rem, 100%)");
        person.setItemLabelGenerator(u -> u.fullName() + " (" + u.username() + ")");
        person.setItems(query -> users.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        person.addValueChangeListener(e -> show(e.getValue()));
        content.setWidthFull();
        add(new H2(getTranslation("substitute.menu.admin")), person, content);
        show(null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> ids = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(USER_PARAMETER, List.of());
        if (!ids.isEmpty()) {
            try {
                users.find(Long.parseLong(ids.get(0))).ifPresent(person::setValue);
            } catch (NumberFormatException notAnId) {
                show(null);
            }
        }
    }

    private void show(UserAccount chosen) {
        content.removeAll();
        section = null;
        if (chosen == null) {
            content.add(new Span(getTranslation("substitute.admin.choose")));
        } else if (!chosen.active() || !(chosen.hasRole(Role.OFFICER) || chosen.hasRole(Role.LEADER))) {
            content.add(new Span(getTranslation("substitute.error.personRole")));
        } else {
            section = new SubstitutionsSection(substitutions, clock, admin, chosen, true);
            content.add(section);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("substitute.menu.admin");
    }
}
