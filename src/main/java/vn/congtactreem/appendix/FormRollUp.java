package vn.congtactreem.appendix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A form added up cell by cell at a level, from its units' accepted reports and its sub-areas' consolidated
 * forms: numbers summed, texts listed with the unit's name, yes/no counted. Fixed rows add up row by row (a
 * sub-area's rows into the same rows); a one-row-per-unit form keeps each unit's row and puts each sub-area's
 * whole form, added up, in the sub-area's row, and ends with a total row.
 */
public final class FormRollUp {

    private FormRollUp() {
    }

    /** A unit's report: its name and its cells, row key → column key → value. */
    public record UnitCells(String name, Map<String, Map<String, CellValue>> cells) {
    }

    /** A sub-area's consolidated form, and its row in a one-row-per-unit form ({@link AppendixForms#unitRowKey}). */
    public record SubArea(String rowKey, FormTotals totals) {
    }

    /**
     * @param unitRows for a one-row-per-unit form, its rows at this level (one per assigned unit or sub-area);
     *                 ignored for fixed rows
     */
    public static FormTotals of(AppendixForm form, List<FormRow> unitRows, List<UnitCells> units,
                                List<SubArea> subAreas) {
        boolean perUnit = form.rowMode() == RowMode.ONE_PER_UNIT;
        List<FormRow> rows = perUnit ? unitRows : form.rows();
        Map<String, FormColumn> columns = form.columns().stream()
                .collect(Collectors.toMap(FormColumn::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, Map<String, CellTotal>> totals = new LinkedHashMap<>();
        rows.forEach(r -> totals.put(r.key(), new LinkedHashMap<>()));
        for (UnitCells unit : units) {
            unit.cells().forEach((rowKey, cells) -> {
                Map<String, CellTotal> row = totals.get(rowKey);
                if (row == null) {
                    return;
                }
                cells.forEach((columnKey, value) -> {
                    FormColumn column = columns.get(columnKey);
                    if (column != null) {
                        row.merge(columnKey, CellTotal.of(column, value, unit.name()), CellTotal::plus);
                    }
                });
            });
        }
        for (SubArea sub : subAreas) {
            if (perUnit) {
                add(totals.get(sub.rowKey()), sub.totals().collapsed(), columns);
            } else if (sub.totals().form().rowMode() == RowMode.FIXED) {
                sub.totals().rows().forEach(r -> add(totals.get(r.key()), r.cells(), columns));
            }
        }
        List<TotalRow> result = new ArrayList<>();
        rows.forEach(r -> result.add(new TotalRow(r.key(), r.label(), totals.get(r.key()))));
        if (perUnit) {
            Map<String, CellTotal> all = new LinkedHashMap<>();
            result.forEach(r -> r.cells().forEach((column, total) -> all.merge(column, total, CellTotal::plus)));
            result.add(new TotalRow(FormTotals.TOTAL_ROW, null, all));
        }
        return new FormTotals(form, result);
    }

    private static void add(Map<String, CellTotal> row, Map<String, CellTotal> cells, Map<String, FormColumn> columns) {
        if (row == null) {
            return;
        }
        cells.forEach((columnKey, total) -> {
            if (columns.containsKey(columnKey)) {
                row.merge(columnKey, total, CellTotal::plus);
            }
        });
    }
}
