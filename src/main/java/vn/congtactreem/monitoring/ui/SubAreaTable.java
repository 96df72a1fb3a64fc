package vn.congtactreem.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Comparator;
import java.util.List;
import vn.congtactreem.monitoring.SubAreaRow;
import vn.congtactreem.monitoring.Tally;

/**
 * One row per sub-area: its report upstairs, its own rates and consolidation one level down, and
 * the link there; sortable by rate, filtered to the late or missing ones on demand.
 */
class SubAreaTable extends VerticalLayout {

    final Grid<SubAreaRow> grid = new Grid<>();
    final Checkbox onlyLateOrMissing = new Checkbox();
    private List<SubAreaRow> rows = List.of();

    SubAreaTable() {
        addClassName("monitoring-sub-areas");
        setPadding(false);
        onlyLateOrMissing.setLabel(getTranslation("monitoring.subAreas.onlyLate"));
        onlyLateOrMissing.addValueChangeListener(e -> refresh());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(SubAreaRow::name).setKey("name").setHeader(getTranslation("monitoring.subAreas.name"))
                .setFlexGrow(2).setSortable(true).setComparator(Comparator.comparing(SubAreaRow::name));
        grid.addComponentColumn(this::upstairs).setKey("upstairs")
                .setHeader(getTranslation("monitoring.subAreas.upstairs")).setAutoWidth(true);
        grid.addColumn(r -> rate(r.own(), true)).setKey("rate")
                .setHeader(getTranslation("monitoring.subAreas.rate")).setAutoWidth(true)
                .setComparator(Comparator.comparingDouble(SubAreaRow::rateForSorting));
        grid.addColumn(r -> rate(r.own(), false)).setKey("onTime")
                .setHeader(getTranslation("monitoring.subAreas.onTime")).setAutoWidth(true)
                .setComparator(Comparator.comparingDouble(r -> r.own() == null || r.own().onTimeRate() == null ? -1
                        : r.own().onTimeRate().doubleValue()));
        grid.addColumn(r -> r.consolidation() == null ? getTranslation("monitoring.subAreas.noConsolidation")
                        : getTranslation("consolidated.status." + r.consolidation().name()))
                .setKey("consolidation").setHeader(getTranslation("monitoring.subAreas.consolidation"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::drillDown).setKey("drill").setHeader("").setAutoWidth(true);
        add(onlyLateOrMissing, grid);
    }

    void show(List<SubAreaRow> subAreas) {
        this.rows = subAreas;
        refresh();
    }

    /** The rows as shown (after the filter). */
    List<SubAreaRow> shown() {
        return onlyLateOrMissing.getValue() ? rows.stream().filter(SubAreaRow::lateOrMissing).toList() : rows;
    }

    private void refresh() {
        grid.setItems(shown());
    }

    private Component upstairs(SubAreaRow row) {
        Span status = new Span(getTranslation("monitoring.cell." + row.upstairs().name()));
        status.addClassNames("monitoring-cell", StatusBadge.cssClass(row.upstairs()));
        return status;
    }

    private Component drillDown(SubAreaRow row) {
        if (row.ownPeriodId() == null) {
            return new Span(getTranslation("monitoring.subAreas.noCycle"));
        }
        Anchor link = new Anchor(MonitoringView.ROUTE + "?period=" + row.ownPeriodId(),
                getTranslation("monitoring.subAreas.drill"));
        link.addClassName("monitoring-drill");
        return link;
    }

    private String rate(Tally own, boolean reporting) {
        if (own == null) {
            return "—";
        }
        return reporting ? own.reportingRateText() : own.onTimeRateText();
    }
}
