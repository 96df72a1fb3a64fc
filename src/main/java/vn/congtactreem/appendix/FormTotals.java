package vn.congtactreem.appendix;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A form added up at a level: its rows with their totals; a one-row-per-unit form ends with a total row. */
public record FormTotals(AppendixForm form, List<TotalRow> rows) {

    public static final String TOTAL_ROW = "total";

    public FormTotals {
        rows = List.copyOf(rows);
    }

    /** Every row together: what this level adds into a one-row-per-unit form of the level above. */
    public Map<String, CellTotal> collapsed() {
        List<TotalRow> counted = rows.stream().filter(r -> !TOTAL_ROW.equals(r.key())).toList();
        Map<String, CellTotal> all = new HashMap<>();
        counted.forEach(r -> r.cells().forEach((column, total) -> all.merge(column, total, CellTotal::plus)));
        return all;
    }

    public boolean isEmpty() {
        return rows.stream().allMatch(r -> r.cells().values().stream().allMatch(CellTotal::isEmpty));
    }
}
