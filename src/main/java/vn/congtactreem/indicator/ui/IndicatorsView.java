package vn.congtactreem.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.congtactreem.indicator.Indicator;
import vn.congtactreem.indicator.IndicatorCatalog;
import vn.congtactreem.indicator.IndicatorGroup;
import vn.congtactreem.org.Role;

/**
 * "Danh mục chỉ tiêu": what plans set targets on and units report. The administrator adds and changes
 * indicators and takes them out of use; none is deleted, since plans refer to them.
 */
@Route("admin/indicators")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(order = 13, icon = "vaadin:chart", title = "menu.indicators")
public class IndicatorsView extends VerticalLayout implements HasDynamicTitle {

    private final IndicatorCatalog catalog;
    final TextField search = new TextField();
    final Select<IndicatorGroup> group = new Select<>();
    final Grid<Indicator> grid = new Grid<>();
    final Button add = new Button();

    public IndicatorsView(IndicatorCatalog catalog) {
        this.catalog = catalog;
        addClassName("indicators-view");
        setSizeFull();

        search.setLabel(getTranslation("indicator.search"));
        search.setPlaceholder(getTranslation("indicator.search.placeholder"));
        search.setWidth("min(24rem, 100%)");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        group.setLabel(getTranslation("indicator.group"));
        group.setItems(IndicatorGroup.values());
        group.setEmptySelectionAllowed(true);
        group.setEmptySelectionCaption(getTranslation("indicator.filter.allGroups"));
        group.setItemLabelGenerator(g -> g == null ? getTranslation("indicator.filter.allGroups")
                : IndicatorLabels.group(this, g));
        group.addValueChangeListener(e -> refresh());
        add.setText(getTranslation("indicator.action.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> new IndicatorDialog(catalog, null, this::saved).open());

        // widths that fit a 1366 px screen beside the menu; long texts wrap
        grid.addColumn(Indicator::code).setHeader(getTranslation("indicator.code")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Indicator::name).setHeader(getTranslation("indicator.name")).setWidth("16rem").setFlexGrow(3);
        grid.addColumn(i -> IndicatorLabels.measure(this, i.measure())).setHeader(getTranslation("indicator.measure"))
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(i -> IndicatorLabels.group(this, i.group())).setHeader(getTranslation("indicator.group"))
                .setWidth("8rem").setFlexGrow(1);
        grid.addColumn(i -> IndicatorLabels.direction(this, i.direction()))
                .setHeader(getTranslation("indicator.direction")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(i -> i.source() == null ? "" : i.source()).setHeader(getTranslation("indicator.source"))
                .setWidth("9rem").setFlexGrow(1);
        grid.addColumn(i -> getTranslation(i.active() ? "indicator.status.active" : "indicator.status.inactive"))
                .setHeader(getTranslation("indicator.status")).setWidth("7rem").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("indicator.actions")).setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPartNameGenerator(i -> i.active() ? null : "inactive");
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));
        grid.setSizeFull();

        HorizontalLayout toolbar = new HorizontalLayout(search, group, add);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        toolbar.setWidthFull();
        add(new H2(getTranslation("menu.indicators")), toolbar, grid);
        refresh();
    }

    /** The catalogue is small (tens of rows): read whole, narrowed by the service. */
    private void refresh() {
        grid.setItems(catalog.search(search.getValue(), group.getValue()));
    }

    private HorizontalLayout actions(Indicator indicator) {
        HorizontalLayout actions = new HorizontalLayout(
                action(VaadinIcon.EDIT, "indicator.action.edit", () -> edit(indicator)),
                action(indicator.active() ? VaadinIcon.BAN : VaadinIcon.CHECK_CIRCLE_O,
                        indicator.active() ? "indicator.action.deactivate" : "indicator.action.reactivate",
                        () -> new IndicatorActivationDialog(catalog, indicator, this::saved).open()));
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

    private void edit(Indicator indicator) {
        new IndicatorDialog(catalog, catalog.get(indicator.id()), this::saved).open();
    }

    private void saved(Indicator indicator) {
        Notification.show(getTranslation("indicator.saved", indicator.code()));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.indicators");
    }
}
