package vn.congtactreem.monitoring.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import vn.congtactreem.monitoring.Matrix;
import vn.congtactreem.monitoring.MatrixRow;
import vn.congtactreem.monitoring.PeriodChoice;
import vn.congtactreem.monitoring.UnitCell;

/** Units × periods: each cell coloured by status, with its date; a click opens the report. */
class UnitMatrix extends Grid<MatrixRow> {

    UnitMatrix() {
        addClassName("monitoring-matrix");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
    }

    void show(Matrix matrix) {
        removeAllColumns();
        addColumn(MatrixRow::unitName).setKey("unit").setHeader(getTranslation("monitoring.matrix.unit"))
                .setFlexGrow(2).setFrozen(true);
        List<PeriodChoice> periods = matrix.periods();
        for (int i = 0; i < periods.size(); i++) {
            int column = i;
            PeriodChoice period = periods.get(i);
            addComponentColumn(row -> {
                UnitCell cell = row.cells().get(column);
                return cell == null ? new Span("—") : StatusBadge.of(cell, this::getTranslation);
            }).setKey("period-" + period.periodId())
                    .setHeader(getTranslation("period.kind." + period.kind().name(), period.year()))
                    .setAutoWidth(true);
        }
        setItems(matrix.rows());
    }
}
