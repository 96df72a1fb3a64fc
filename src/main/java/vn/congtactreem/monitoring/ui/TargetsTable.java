package vn.congtactreem.monitoring.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import vn.congtactreem.monitoring.TargetRow;

/** The plan's targets: requirement, rolled-up figure, last year's, status (Đạt / Đúng tiến độ / …). */
class TargetsTable extends Grid<TargetRow> {

    TargetsTable() {
        addClassName("monitoring-targets");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(t -> t.position() + ". " + t.code()).setKey("code").setHeader(getTranslation("monitoring.targets.code"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(TargetRow::name).setKey("name").setHeader(getTranslation("monitoring.targets.name")).setFlexGrow(3);
        addColumn(TargetRow::milestoneYear).setKey("year").setHeader(getTranslation("monitoring.targets.year"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(TargetRow::requirement).setKey("requirement")
                .setHeader(getTranslation("monitoring.targets.requirement")).setAutoWidth(true);
        addColumn(TargetRow::figure).setKey("figure").setHeader(getTranslation("monitoring.targets.figure"))
                .setAutoWidth(true);
        addColumn(TargetRow::lastYear).setKey("lastYear").setHeader(getTranslation("monitoring.targets.lastYear"))
                .setAutoWidth(true);
        addComponentColumn(t -> {
            Span status = new Span(getTranslation("target.status." + t.status().name()));
            status.addClassNames("target-status",
                    "target-" + t.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            return status;
        }).setKey("status").setHeader(getTranslation("monitoring.targets.status")).setAutoWidth(true);
    }

    void show(List<TargetRow> rows) {
        setItems(rows);
    }
}
