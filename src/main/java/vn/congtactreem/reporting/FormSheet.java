package vn.congtactreem.reporting;

import java.util.List;
import java.util.Map;
import vn.congtactreem.appendix.AppendixForm;
import vn.congtactreem.appendix.CellRef;
import vn.congtactreem.appendix.CellValue;
import vn.congtactreem.appendix.FormRow;

/** A form as a unit fills it in its report: the rows that are the unit's and the cells it has kept. */
public record FormSheet(AppendixForm form, List<FormRow> rows, Map<CellRef, CellValue> cells) {

    public FormSheet {
        rows = List.copyOf(rows);
        cells = Map.copyOf(cells);
    }

    /** The cell's value as the box shows it, "" when empty. */
    public String display(String rowKey, String columnKey) {
        CellValue value = cells.get(new CellRef(form.id(), rowKey, columnKey));
        return value == null ? "" : value.display();
    }
}
