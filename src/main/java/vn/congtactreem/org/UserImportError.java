package vn.congtactreem.org;

import java.util.List;

/** A problem of one row of a user import: its line, the column (one of {@link UserImport#COLUMNS}), the message. */
public record UserImportError(int line, String column, String messageKey, List<Object> args) {
}
