package vn.congtactreem.appendix;

import java.util.List;

/**
 * A form as the draft editor sends it: {@code id} null for a new form, {@code key} null unless copied (then
 * the upper form's key). Its number is its place in the list.
 */
public record FormDraft(Long id, String key, String title, RowMode rowMode, List<FormRow> rows,
                        List<FormColumn> columns) {

    public FormDraft {
        rows = rows == null ? List.of() : List.copyOf(rows);
        columns = columns == null ? List.of() : List.copyOf(columns);
    }
}
