package vn.congtactreem.reporting.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import vn.congtactreem.appendix.FormColumn;
import vn.congtactreem.appendix.FormTotals;
import vn.congtactreem.appendix.TotalRow;

/** The forms added up for a consolidated report, read-only: a grid per form, a column per form column. */
class FormTotalsPanel extends Composite<VerticalLayout> {

    final List<Grid<TotalRow>> grids = new java.util.ArrayList<>();

    FormTotalsPanel(List<FormTotals> totals) {
        getContent().setPadding(false);
        addClassName("appendix-totals");
        getContent().add(new H3(getTranslation("appendix.consolidated.heading")));
        for (FormTotals form : totals) {
            Grid<TotalRow> grid = new Grid<>();
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
            grid.setAllRowsVisible(true);
            grid.addColumn(r -> r.label() == null ? getTranslation("appendix.totalRow") : r.label())
                    .setHeader(getTranslation("appendix.column.row")).setFlexGrow(2);
            for (FormColumn column : form.form().columns()) {
                var shown = grid.addColumn(r -> r.cell(column.key()).display()).setHeader(column.label())
                        .setKey(column.key());
                if (column.kind() == vn.congtactreem.appendix.ColumnKind.NUMBER && column.totalled()) {
                    // sums right-aligned, as in the document's tables
                    shown.setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
                }
            }
            grid.setItems(form.rows());
            grids.add(grid);
            getContent().add(new H4(form.form().heading()), grid);
        }
    }
}
