package vn.congtactreem.org;

import java.util.ArrayList;
import java.util.List;

/**
 * Users in bulk as CSV (UTF-8): the columns of {@link UserImport#COLUMNS} in that order, separated by
 * commas or semicolons (as a Vietnamese Excel saves it), values in double quotes where they hold the
 * separator; a first line naming the columns ("username,…") is skipped. Line numbers are the file's.
 */
public final class UserCsv {

    private UserCsv() {
    }

    public static List<UserImportRow> parse(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = content.split("\\r?\\n", -1);
        char separator = lines.length > 0 && lines[0].indexOf(';') >= 0 && lines[0].indexOf(',') < 0 ? ';' : ',';
        List<UserImportRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> cells = cells(lines[i], separator);
            if (i == 0 && NameKey.of(cells.get(0)).equals(NameKey.of(UserImport.USERNAME))) {
                continue;
            }
            while (cells.size() < UserImport.COLUMNS.size()) {
                cells.add("");
            }
            rows.add(new UserImportRow(i + 1, cells.get(0), cells.get(1), cells.get(2), cells.get(3), cells.get(4),
                    cells.get(5)));
        }
        return rows;
    }

    private static List<String> cells(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
