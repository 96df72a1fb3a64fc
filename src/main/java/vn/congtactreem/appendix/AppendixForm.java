package vn.congtactreem.appendix;

import java.util.List;

/**
 * A form a plan attaches ("Phụ lục 1: Kết quả ..."): its number, title, rows and columns. {@code key} is the
 * form's identity across levels: a lower plan's copy keeps its upper form's key.
 */
public record AppendixForm(long id, long planId, String key, int number, String title, RowMode rowMode,
                           List<FormRow> rows, List<FormColumn> columns) {

    public AppendixForm {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
    }

    /** "Phụ lục 1: Kết quả ..." */
    public String heading() {
        return "Phụ lục " + number + ": " + title;
    }

    public FormDraft toDraft() {
        return new FormDraft(id, key, title, rowMode, rows, columns);
    }
}
