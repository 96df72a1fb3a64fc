package vn.congtactreem.monitoring.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import vn.congtactreem.monitoring.StepCount;

/** The plan-cycle diagram with the counts of the cycles waiting at each step, and the same counts as a table. */
class CycleStepsPanel extends VerticalLayout {

    final ProcessDiagram diagram = new ProcessDiagram();
    final Grid<StepCount> table = new Grid<>();

    CycleStepsPanel() {
        addClassName("monitoring-steps");
        setPadding(false);
        table.addClassName("monitoring-steps-table");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.setAllRowsVisible(true);
        table.addColumn(StepCount::name).setKey("step").setHeader(getTranslation("monitoring.diagram.step"))
                .setFlexGrow(3);
        table.addColumn(StepCount::count).setKey("count").setHeader(getTranslation("monitoring.diagram.count"))
                .setAutoWidth(true).setFlexGrow(0);
        table.addColumn(StepCount::incidents).setKey("incidents")
                .setHeader(getTranslation("monitoring.diagram.incidents")).setAutoWidth(true).setFlexGrow(0);
        add(diagram, table);
    }

    void show(String xml, List<StepCount> counts) {
        diagram.show(xml, counts);
        table.setItems(counts);
    }
}
