package vn.congtactreem.appendix;

import java.util.Map;

/**
 * A row of a consolidated form: column key → its total (absent: nothing reported). The total row of a
 * one-row-per-unit form has the key {@link FormTotals#TOTAL_ROW} and no label (the screens name it).
 */
public record TotalRow(String key, String label, Map<String, CellTotal> cells) {

    public TotalRow {
        cells = Map.copyOf(cells);
    }

    public CellTotal cell(String columnKey) {
        return cells.getOrDefault(columnKey, CellTotal.EMPTY);
    }
}
