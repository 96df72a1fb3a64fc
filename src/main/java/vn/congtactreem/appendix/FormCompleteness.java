package vn.congtactreem.appendix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a unit must have filled before it submits, as for its indicator values (each asked one needs a value):
 * every cell of a number column in its rows ("0" when there is none), since a blank one would silently count as
 * nothing in the sums of the level above. A yes/no cell left blank is counted as not answered ("2/3 Có") and a
 * text column is a remark: both may stay empty. Each missing cell is named by its form, its row and its column.
 */
public final class FormCompleteness {

    private FormCompleteness() {
    }

    /** The empty required cells of the unit's rows ({@link AppendixForms#rowsFor}), in the forms' order. */
    public static List<CellError> missing(List<AppendixForm> asked, long orgUnitId, String unitName,
                                          Map<CellRef, CellValue> cells) {
        List<CellError> missing = new ArrayList<>();
        for (AppendixForm form : asked) {
            for (FormRow row : AppendixForms.rowsFor(form, orgUnitId, unitName)) {
                for (FormColumn column : form.columns()) {
                    CellRef ref = new CellRef(form.id(), row.key(), column.key());
                    if (column.kind() == ColumnKind.NUMBER && !cells.containsKey(ref)) {
                        missing.add(new CellError(ref, "appendix.error.cellMissing", form.number(), row.label(),
                                column.label()));
                    }
                }
            }
        }
        return missing;
    }

    /** Throws {@link CellErrors} naming every missing cell, if any. */
    public static void require(List<AppendixForm> asked, long orgUnitId, String unitName,
                               Map<CellRef, CellValue> cells) {
        List<CellError> missing = missing(asked, orgUnitId, unitName, cells);
        if (!missing.isEmpty()) {
            throw new CellErrors(missing);
        }
    }
}
