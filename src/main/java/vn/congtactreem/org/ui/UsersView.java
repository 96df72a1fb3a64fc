package vn.congtactreem.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;

/** "Người dùng": create, edit roles and organisation, reset password, deactivate. */
@Route("admin/users")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(order = 11, icon = "vaadin:users", title = "menu.users")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserService users;
    private final OrgService orgs;
    final TextField search = new TextField();
    final Grid<UserAccount> grid = new Grid<>();
    static final String IMPORT_ROUTE = "admin/users/import";
    static final String SUBSTITUTES_ROUTE = "admin/substitutes";
    final Button add = new Button();
    final Button importUsers = new Button();
    private Map<Long, OrgUnit> orgById;

    public UsersView(UserService users, OrgService orgs) {
        this.users = users;
        this.orgs = orgs;
        addClassName("users-view");
        setSizeFull();

        search.setPlaceholder(getTranslation("user.search"));
        search.setWidth("min(24rem, 100%)");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add.setText(getTranslation("user.action.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> new UserDialog(users, orgs, null, saved -> refresh()).open());

        grid.addColumn(UserAccount::username).setHeader(getTranslation("user.username")).setAutoWidth(true);
        grid.addColumn(UserAccount::fullName).setHeader(getTranslation("user.fullName")).setAutoWidth(true);
        grid.addColumn(u -> orgName(u.orgUnitId())).setHeader(getTranslation("user.orgUnit")).setFlexGrow(2);
        grid.addColumn(u -> u.roles().stream().sorted().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("user.roles")).setFlexGrow(2);
        grid.addColumn(u -> getTranslation(u.active() ? "status.active" : "status.inactive"))
                .setHeader(getTranslation("org.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("user.actions")).setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setPartNameGenerator(u -> u.active() ? null : "inactive");
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));
        grid.setDataProvider(lazyUsers());
        grid.setSizeFull();

        // the import screen belongs to the spreadsheets (document), which org may not import: by its route
        importUsers.setText(getTranslation("users.action.import"));
        importUsers.setIcon(VaadinIcon.FILE_TABLE.create());
        importUsers.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(IMPORT_ROUTE)));
        HorizontalLayout toolbar = new HorizontalLayout(search, add, importUsers);
        add(new H2(getTranslation("menu.users")), toolbar, grid);
        loadOrgs();
    }

    /** Pages through the database: the grid never loads every user. */
    private CallbackDataProvider<UserAccount, Void> lazyUsers() {
        return DataProvider.fromCallbacks(
                query -> users.search(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) users.count(search.getValue()));
    }

    /** Icon buttons keep the row readable on a tablet; each says what it does (tooltip, screen readers). */
    private HorizontalLayout actions(UserAccount user) {
        HorizontalLayout actions = new HorizontalLayout(
                action(VaadinIcon.EDIT, "user.action.edit", () -> edit(user)),
                action(VaadinIcon.KEY, "user.action.resetPassword", () -> new ResetPasswordDialog(users, user).open()),
                action(user.active() ? VaadinIcon.LOCK : VaadinIcon.UNLOCK,
                        user.active() ? "user.action.deactivate" : "user.action.reactivate",
                        () -> new UserActivationDialog(users, user, changed -> refresh()).open()));
        if (user.active() && (user.hasRole(Role.OFFICER) || user.hasRole(Role.LEADER))) {
            // the substitutes during leave belong to their own feature, which org may not import: by its route
            actions.add(action(VaadinIcon.USER_CLOCK, "substitute.admin.open", () -> getUI().ifPresent(ui ->
                    ui.navigate(SUBSTITUTES_ROUTE, QueryParameters.of("user", String.valueOf(user.id()))))));
        }
        actions.setSpacing(false);
        return actions;
    }

    private Button action(VaadinIcon icon, String labelKey, Runnable command) {
        Button button = new Button(icon.create(), e -> command.run());
        String label = getTranslation(labelKey);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void edit(UserAccount user) {
        new UserDialog(users, orgs, user, saved -> refresh()).open();
    }

    private void refresh() {
        loadOrgs();
        grid.getDataProvider().refreshAll();
    }

    private void loadOrgs() {
        orgById = orgs.all().stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));
    }

    private String orgName(long id) {
        OrgUnit unit = orgById.get(id);
        return unit == null ? "" : unit.name();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.users");
    }
}
