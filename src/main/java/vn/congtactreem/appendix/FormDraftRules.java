package vn.congtactreem.appendix;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.congtactreem.base.ValidationException;

/** What a plan's forms must be: a title, columns with labels, rows for a fixed-row form, within limits. */
public final class FormDraftRules {

    public static final int MAX_FORMS = 20;
    public static final int MAX_ROWS = 100;
    public static final int MAX_COLUMNS = 20;
    public static final int MAX_TITLE = 400;
    public static final int MAX_LABEL = 200;

    private FormDraftRules() {
    }

    /** Throws the first problem with its field ({@code forms[0].columns[2].label}). */
    public static void check(List<FormDraft> drafts) {
        if (drafts.size() > MAX_FORMS) {
            throw new ValidationException("forms", "appendix.error.tooManyForms", MAX_FORMS);
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            FormDraft draft = drafts.get(i);
            String field = "forms[" + i + "].";
            if (draft.key() != null && !keys.add(draft.key())) {
                throw new ValidationException(field + "title", "appendix.error.duplicateForm", i + 1);
            }
            text(field + "title", draft.title(), MAX_TITLE);
            if (draft.rowMode() == null) {
                throw new ValidationException(field + "rowMode", "appendix.error.rowModeRequired");
            }
            checkRows(field, draft);
            checkColumns(field, draft.columns());
        }
    }

    private static void checkRows(String field, FormDraft draft) {
        if (draft.rowMode() == RowMode.FIXED && draft.rows().isEmpty()) {
            throw new ValidationException(field + "rows", "appendix.error.rowsRequired");
        }
        if (draft.rows().size() > MAX_ROWS) {
            throw new ValidationException(field + "rows", "appendix.error.tooManyRows", MAX_ROWS);
        }
        if (draft.rowMode() == RowMode.FIXED) {
            for (int j = 0; j < draft.rows().size(); j++) {
                text(field + "rows[" + j + "].label", draft.rows().get(j).label(), MAX_LABEL);
            }
        }
    }

    private static void checkColumns(String field, List<FormColumn> columns) {
        if (columns.isEmpty()) {
            throw new ValidationException(field + "columns", "appendix.error.columnsRequired");
        }
        if (columns.size() > MAX_COLUMNS) {
            throw new ValidationException(field + "columns", "appendix.error.tooManyColumns", MAX_COLUMNS);
        }
        for (int j = 0; j < columns.size(); j++) {
            FormColumn column = columns.get(j);
            String at = field + "columns[" + j + "].";
            text(at + "label", column.label(), MAX_LABEL);
            if (column.kind() == null) {
                throw new ValidationException(at + "kind", "appendix.error.kindRequired");
            }
            if (column.totalled() && column.kind() != ColumnKind.NUMBER) {
                throw new ValidationException(at + "totalled", "appendix.error.totalledNotNumber");
            }
        }
    }

    private static void text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "appendix.error.required");
        }
        if (value.strip().length() > max) {
            throw new ValidationException(field, "appendix.error.tooLong", max);
        }
    }
}
