package vn.congtactreem.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.congtactreem.org.OfficialCodes;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.Role;

/** "Cơ cấu tổ chức": the organisation tree; search by name or code; create, rename, move, set codes, deactivate. */
@Route("admin/organisations")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(order = 10, icon = "vaadin:sitemap", title = "menu.organisations")
public class OrganisationsView extends VerticalLayout implements HasDynamicTitle {

    /** A small tree opens two levels; a country's (thousands of communes) only its provinces. */
    static final int OPEN_TWO_LEVELS_UP_TO = 2_000;

    private final OrgService orgs;
    private final OrgLabels labels;
    private final TextField search = new TextField();
    private final TreeGrid<OrgUnit> tree = new TreeGrid<>();
    private final Button add = new Button();
    private final Button rename = new Button();
    private final Button move = new Button();
    private final Button identify = new Button();
    private final Button deactivate = new Button();

    public OrganisationsView(OrgService orgs, OfficialCodes codes) {
        this.orgs = orgs;
        this.labels = new OrgLabels(orgs, codes);
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
        move.setText(getTranslation("org.action.move"));
        move.addClickListener(e -> selected().ifPresent(u -> new MoveOrgDialog(orgs, u, this::refresh).open()));
        identify.setText(getTranslation("org.action.officialCode"));
        identify.addClickListener(e -> selected().ifPresent(
                u -> new OfficialCodeDialog(codes, u, this::refresh).open()));
        deactivate.addClickListener(e -> selected().ifPresent(
                u -> new ActivationDialog(orgs, u, this::refresh).open()));

        search.setPlaceholder(getTranslation("org.search"));
        search.setAriaLabel(getTranslation("org.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh(null));
        HorizontalLayout toolbar = new HorizontalLayout(search, add, rename, move, identify, deactivate);
        toolbar.setWrap(true);
        add(new H2(getTranslation("menu.organisations")), hint(), toolbar, tree);
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
        move.setEnabled(unit.map(u -> u.parentId() != null).orElse(false));
        identify.setEnabled(unit.map(OrgUnit::isArea).orElse(false));
        deactivate.setEnabled(unit.isPresent());
        deactivate.setText(getTranslation(unit.map(OrgUnit::active).orElse(true)
                ? "org.action.deactivate" : "org.action.reactivate"));
    }

    /** Reloads the tree (only what the search finds and what is above it), selects what was just changed. */
    private void refresh(OrgUnit changed) {
        List<OrgUnit> all = orgs.all();
        String query = search.getValue();
        if (!query.isBlank()) {
            Set<Long> shown = TreeSearch.foundWithAncestors(all, query);
            all = all.stream().filter(u -> shown.contains(u.id())).toList();
        }
        Comparator<OrgUnit> order = Comparator.comparing(OrgUnit::kind).thenComparing(OrgUnit::name);
        Map<Long, List<OrgUnit>> byParent = all.stream().filter(u -> u.parentId() != null).sorted(order)
                .collect(Collectors.groupingBy(OrgUnit::parentId));
        List<OrgUnit> roots = all.stream().filter(u -> u.parentId() == null).sorted(order).toList();
        TreeData<OrgUnit> data = new TreeData<>();
        data.addItems(roots, unit -> byParent.getOrDefault(unit.id(), List.of()));
        tree.setDataProvider(new TreeDataProvider<>(data));
        if (changed != null) {
            OrgUnit fresh = all.stream().filter(u -> u.id() == changed.id()).findFirst().orElse(changed);
            expandTo(fresh, all);
            tree.select(fresh);
        } else if (!query.isBlank()) {
            tree.expandRecursively(roots, Integer.MAX_VALUE);
        } else {
            tree.expand(roots);
            if (all.size() <= OPEN_TWO_LEVELS_UP_TO) {
                roots.forEach(root -> tree.expand(byParent.getOrDefault(root.id(), List.of())));
            }
        }
        updateButtons();
    }

    private void expandTo(OrgUnit unit, List<OrgUnit> all) {
        Long parentId = unit.parentId();
        while (parentId != null) {
            Long id = parentId;
            OrgUnit parent = all.stream().filter(u -> u.id() == id).findFirst().orElseThrow();
            tree.expand(parent);
            parentId = parent.parentId();
        }
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
