package vn.congtactreem.monitoring.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import java.util.List;
import vn.congtactreem.monitoring.PeriodRate;
import vn.congtactreem.monitoring.SubAreaRow;
import vn.congtactreem.monitoring.TargetRow;

/**
 * The dashboard's three charts side by side (stacked on a phone): reporting rate per period, per
 * sub-area, and the targets by status. Each has a heading and its summary as the image's label.
 */
class ChartsPanel extends Div {

    final MonitoringChart periods = new MonitoringChart("periods");
    final MonitoringChart subAreas = new MonitoringChart("sub-areas");
    final MonitoringChart targets = new MonitoringChart("targets");
    private final ChartOptions options = new ChartOptions(this::getTranslation);

    ChartsPanel() {
        addClassName("monitoring-charts");
        add(figure("periods", periods), figure("subAreas", subAreas), figure("targets", targets));
    }

    void show(List<PeriodRate> rates, List<SubAreaRow> rows, List<TargetRow> targetRows) {
        periods.show(options.byPeriod(rates), options.periodSummary(rates));
        subAreas.show(options.bySubArea(rows), options.subAreaSummary(rows));
        subAreas.getParent().ifPresent(p -> p.setVisible(!rows.isEmpty()));
        subAreas.setHeight(Math.max(14, 3 + 2.2 * rows.size()) + "rem");
        targets.show(options.targetStatus(targetRows), options.targetSummary(targetRows));
        targets.getParent().ifPresent(p -> p.setVisible(!targetRows.isEmpty()));
    }

    private Div figure(String key, MonitoringChart chart) {
        H4 title = new H4(getTranslation("monitoring.chart.title." + key));
        Div figure = new Div(title, chart);
        figure.addClassName("monitoring-figure");
        return figure;
    }
}
