package vn.congtactreem.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.shared.Registration;
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
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.router.RouterLink;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * name and organisation, the language switch and sign-out. A feature may show counts next to its
 * entry ({@link MenuBadge}), put something in the header bar ({@link HeaderItem}) and add a link
 * under the user's name ({@link UserMenuEntry}).
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AccessAnnotationChecker accessChecker;
    private final CurrentUser currentUser;
    private final List<MenuBadge> badges;
    private final Map<Class<? extends Component>, SideNavItem> items = new LinkedHashMap<>();
    private Registration badgeRefresh;

    public MainLayout(CurrentUser currentUser, OrgService orgs, UserService users,
                      AccessAnnotationChecker accessChecker, AuthenticationContext authentication,
                      List<MenuBadge> badges, List<HeaderItem> headerItems, List<UserMenuEntry> userEntries) {
        this.accessChecker = accessChecker;
        this.currentUser = currentUser;
        this.badges = badges;
        setPrimarySection(Section.DRAWER);
        addToDrawer(drawerHeader(), new Scroller(menu()));
        Optional<UserAccount> user = currentUser.get();
        user.ifPresent(u -> addToDrawer(userFooter(u, orgs, users, authentication, userEntries)));
        addToNavbar(new DrawerToggle());
        user.ifPresent(u -> addToNavbar(headerItems(u, headerItems)));
    }

    /** The features' items at the far end of the header bar (the bell). */
    private Component headerItems(UserAccount user, List<HeaderItem> items) {
        Div end = new Div();
        end.addClassName("header-items");
        items.forEach(item -> end.add(item.create(user)));
        return end;
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
        items.put(view, item);
        return item;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        updateBadges();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        badgeRefresh = ComponentUtil.addListener(attachEvent.getUI(), MenuBadge.Changed.class,
                event -> updateBadges());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (badgeRefresh != null) {
            badgeRefresh.remove();
            badgeRefresh = null;
        }
        super.onDetach(detachEvent);
    }

    /** The counts next to the menu entries, e.g. "Việc cần làm 12 3" (3 overdue, in red). */
    void updateBadges() {
        UserAccount user = currentUser.get().orElse(null);
        for (MenuBadge badge : badges) {
            SideNavItem item = items.get(badge.view());
            if (item == null) {
                continue;
            }
            Span counts = new Span();
            counts.addClassName("menu-badges");
            if (user != null) {
                badge.counts(user).stream().filter(count -> count.value() > 0).forEach(count -> {
                    Span number = new Span(String.valueOf(count.value()));
                    number.getElement().getThemeList().addAll(count.alert()
                            ? List.of("badge", "error", "primary", "pill", "small")
                            : List.of("badge", "contrast", "pill", "small"));
                    String title = getTranslation(count.titleKey(), count.value());
                    number.getElement().setAttribute("title", title);
                    number.getElement().setAttribute("aria-label", title);
                    number.addClassName(count.alert() ? "menu-badge-alert" : "menu-badge");
                    counts.add(number);
                });
            }
            item.setSuffixComponent(counts.getChildren().findAny().isEmpty() ? null : counts);
        }
    }

    private Component userFooter(UserAccount user, OrgService orgs, UserService users,
                                 AuthenticationContext authentication, List<UserMenuEntry> entries) {
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

        Div links = new Div();
        links.addClassName("user-links");
        entries.stream().filter(entry -> accessChecker.hasAccess(entry.view())).forEach(entry -> {
            RouterLink link = new RouterLink(entry.view());
            link.add(new Icon(entry.icon()), new Span(getTranslation(entry.titleKey())));
            link.addClassName("user-link");
            links.add(link);
        });

        Footer footer = new Footer(new Div(who, links, actions));
        footer.addClassName("user-footer");
        return footer;
    }
}
