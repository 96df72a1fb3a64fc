package vn.congtactreem.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.congtactreem.org.OfficialCodes;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgTreeService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.Role;

/**
 * "Cơ cấu tổ chức": the organisation tree; search by name or code; create, rename, set codes,
 * deactivate; moves and merges (with their history) are the orgchange feature's {@link OrgUnitAction}s.
 */
@Route("admin/organisations")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(order = 10, icon = "vaadin:sitemap", title = "menu.organisations")
public class OrganisationsView extends VerticalLayout implements HasDynamicTitle {

    /** A small tree opens two levels; a country's (thousands of communes) shows its provinces closed. */
    static final int OPEN_TWO_LEVELS_UP_TO = 2_000;
    /** A search shows at most this many units found (and the units above them). */
    static final int MAX_FOUND = 200;
    private static final Comparator<OrgUnit> ORDER = Comparator.comparing(OrgUnit::kind).thenComparing(OrgUnit::name);

    private final OrgService orgs;
    private final OrgLabels labels;
    private final OrgTreeService treeService;
    private final OrgTreeDataProvider lazy;
    private final Span tooMany = new Span();
    private final TextField search = new TextField();
    private final TreeGrid<OrgUnit> tree = new TreeGrid<>();
    private final Button add = new Button();
    private final Button rename = new Button();
    private final Button identify = new Button();
    private final Button deactivate = new Button();
    /** The buttons of the actions other features offer ({@link OrgUnitAction}), in the order of the beans. */
    private final Map<OrgUnitAction, Button> extraActions = new LinkedHashMap<>();
    private final List<OrgUnitPanel> panels;
    private final Div details = new Div();

    public OrganisationsView(OrgService orgs, OrgTreeService treeService, OfficialCodes codes,
                             List<OrgUnitAction> actions, List<OrgUnitPanel> panels) {
        this.orgs = orgs;
        this.treeService = treeService;
        this.lazy = new OrgTreeDataProvider(treeService);
        this.labels = new OrgLabels(orgs, codes);
        this.panels = panels;
        addClassName("organisations-view");
        setSizeFull();

        tree.addHierarchyColumn(OrgUnit::name).setHeader(getTranslation("org.name")).setFlexGrow(3)
                .setResizable(true);
        tree.addColumn(OrgUnit::officialCode).setHeader(getTranslation("org.officialCode")).setAutoWidth(true);
        tree.addColumn(unit -> labels.kindOf(unit, getLocale())).setHeader(getTranslation("org.kind"));
        tree.addColumn(unit -> getTranslation(unit.active() ? "status.active" : "status.inactive"))
                .setHeader(getTranslation("org.status"));
        tree.setPartNameGenerator(unit -> unit.active() ? null : "inactive");
        tree.asSingleSelect().addValueChangeListener(e -> updateButtons());
        tree.setSizeFull();

        add.setText(getTranslation("org.action.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> new OrgUnitDialog(orgs, selected().orElse(null), this::refresh).open());
        rename.setText(getTranslation("org.action.rename"));
        rename.addClickListener(e -> selected().ifPresent(u -> new RenameOrgDialog(orgs, u, this::refresh).open()));
        identify.setText(getTranslation("org.action.officialCode"));
        identify.addClickListener(e -> selected().ifPresent(
                u -> new OfficialCodeDialog(codes, u, this::refresh).open()));
        deactivate.setText(getTranslation("org.action.reactivate"));
        deactivate.addClickListener(e -> selected().ifPresent(
                u -> new ActivationDialog(orgs, u, this::refresh).open()));

        search.setPlaceholder(getTranslation("org.search"));
        search.setAriaLabel(getTranslation("org.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh(null));
        HorizontalLayout toolbar = new HorizontalLayout(search, add, rename, identify, deactivate);
        actions.forEach(action -> {
            Button button = new Button(getTranslation(action.labelKey()));
            button.addClickListener(e -> selected().ifPresent(u -> action.open(u, this::refresh)));
            extraActions.put(action, button);
            toolbar.add(button);
        });
        toolbar.setWrap(true);
        tooMany.setText(getTranslation("admin.org.search.tooMany", MAX_FOUND));
        tooMany.addClassName("hint");
        tooMany.setVisible(false);
        details.addClassName("org-unit-details");
        add(new H2(getTranslation("menu.organisations")), hint(), toolbar, tooMany, tree, details);
        refresh(null);
    }

    private Span hint() {
        Span hint = new Span(getTranslation("org.hint"));
        hint.addClassName("hint");
        return hint;
    }

    Optional<OrgUnit> selected() {
        return tree.asSingleSelect().getOptionalValue();
    }

    private void updateButtons() {
        Optional<OrgUnit> unit = selected();
        add.setText(getTranslation(unit.isPresent() ? "org.action.addChild" : "org.action.add"));
        add.setEnabled(unit.map(u -> u.isArea() && u.active()).orElse(true));
        rename.setEnabled(unit.isPresent());
        identify.setEnabled(unit.map(OrgUnit::isArea).orElse(false));
        // deactivating (with its impact and history) is an OrgUnitAction of the orgchange feature
        deactivate.setEnabled(unit.map(u -> !u.active()).orElse(false));
        extraActions.forEach((action, button) -> button.setEnabled(unit.map(action::appliesTo).orElse(false)));
        details.removeAll();
        unit.ifPresent(u -> panels.forEach(panel -> panel.forUnit(u).ifPresent(details::add)));
    }

    /**
     * Reloads the tree and selects what was just changed. Without a search the tree is read lazily, a page of
     * children at a time; a search shows at most {@link #MAX_FOUND} units found, each with the units above it.
     */
    private void refresh(OrgUnit changed) {
        String query = search.getValue();
        if (query.isBlank()) {
            tooMany.setVisible(false);
            tree.setDataProvider(lazy);
            lazy.refreshAll();
            if (changed != null) {
                List<OrgUnit> path = treeService.selfAndAncestors(changed.id());
                tree.expand(path.subList(0, path.size() - 1));
                tree.select(path.get(path.size() - 1));
            } else {
                openFirstLevels();
            }
        } else {
            OrgTreeService.Found found = treeService.search(query, MAX_FOUND);
            tooMany.setVisible(found.more());
            Map<Long, List<OrgUnit>> byParent = found.units().stream().filter(u -> u.parentId() != null)
                    .sorted(ORDER).collect(Collectors.groupingBy(OrgUnit::parentId));
            List<OrgUnit> roots = found.units().stream().filter(u -> u.parentId() == null).sorted(ORDER).toList();
            TreeData<OrgUnit> data = new TreeData<>();
            data.addItems(roots, unit -> byParent.getOrDefault(unit.id(), List.of()));
            tree.setDataProvider(new TreeDataProvider<>(data));
            tree.expandRecursively(roots, Integer.MAX_VALUE);
            if (changed != null) {
                found.units().stream().filter(u -> u.id() == changed.id()).findFirst().ifPresent(tree::select);
            }
        }
        updateButtons();
    }

    /** A small tree opens two levels; a country's (thousands of communes) shows its provinces closed. */
    private void openFirstLevels() {
        if (orgs.count() > OPEN_TWO_LEVELS_UP_TO) {
            return;
        }
        List<OrgUnit> roots = treeService.children(null, 0, OPEN_TWO_LEVELS_UP_TO);
        tree.expand(roots);
        roots.forEach(root -> tree.expand(treeService.children(root.id(), 0, OPEN_TWO_LEVELS_UP_TO).stream()
                .filter(OrgUnit::isArea).toList()));
    }

    TextField search() {
        return search;
    }

    TreeGrid<OrgUnit> tree() {
        return tree;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.organisations");
    }
}
