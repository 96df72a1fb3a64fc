package vn.congtactreem.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.Comparator;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import vn.congtactreem.base.i18n.LanguageSwitch;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.security.CurrentUser;

/**
 * The frame around every screen: side menu with only what the user's roles may open, the user's
 * name and organisation, the language switch and sign-out.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    private final AccessAnnotationChecker accessChecker;

    public MainLayout(CurrentUser currentUser, OrgService orgs, UserService users,
                      AccessAnnotationChecker accessChecker, AuthenticationContext authentication) {
        this.accessChecker = accessChecker;
        setPrimarySection(Section.DRAWER);
        addToDrawer(drawerHeader(), new Scroller(menu()));
        currentUser.get().ifPresent(user -> addToDrawer(userFooter(user, orgs, users, authentication)));
        addToNavbar(new DrawerToggle());
    }

    /**
     * The screen shown in the layout is the page's main landmark: the app layout has none of its own,
     * and screen readers jump to "main" to skip the menu.
     */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }

    private Component drawerHeader() {
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("app-title");
        Header header = new Header(title);
        header.addClassName("drawer-header");
        return header;
    }

    private SideNav menu() {
        SideNav nav = new SideNav();
        nav.addClassName("main-menu");
        RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getNavigationTarget)
                .filter(view -> view.isAnnotationPresent(Menu.class))
                .filter(accessChecker::hasAccess)
                .sorted(Comparator.comparingDouble(view -> view.getAnnotation(Menu.class).order()))
                .forEach(view -> nav.addItem(menuItem(view)));
        return nav;
    }

    /** A view's {@link Menu} title is an i18n key, its icon a Vaadin icon name such as "vaadin:inbox". */
    private SideNavItem menuItem(Class<? extends Component> view) {
        Menu menu = view.getAnnotation(Menu.class);
        SideNavItem item = new SideNavItem(getTranslation(menu.title()), view, new Icon(menu.icon()));
        item.getElement().setAttribute("data-menu", menu.title());
        return item;
    }

    private Component userFooter(UserAccount user, OrgService orgs, UserService users,
                                 AuthenticationContext authentication) {
        Span name = new Span(user.fullName());
        name.addClassName("user-name");
        Span org = new Span(orgs.find(user.orgUnitId()).map(o -> o.name()).orElse(""));
        org.addClassName("user-org");
        VerticalLayout who = new VerticalLayout(name, org);
        who.setPadding(false);
        who.setSpacing(false);

        LanguageSwitch language = new LanguageSwitch(locale -> users.chooseLocale(user.username(), locale));
        Button logout = new Button(getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClassName("logout");
        HorizontalLayout actions = new HorizontalLayout(language, logout);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        // the drawer is 16em wide: "Đăng xuất" goes below the language switch instead of being cut off
        actions.setWrap(true);
        actions.setSpacing(false);
        actions.addClassName("user-actions");

        Footer footer = new Footer(new Div(who, actions));
        footer.addClassName("user-footer");
        return footer;
    }
}
