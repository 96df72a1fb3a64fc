package vn.congtactreem.appendix;

import java.util.ArrayList;
import java.util.List;
import vn.congtactreem.document.OfficialDocument;

/**
 * The forms as the documents print them after the signature, "Phụ lục 1: <tên>" each with its table: a plan's
 * blank (its rows, empty cells for the units to fill), a consolidated report's added up.
 */
public final class AppendixTables {

    private AppendixTables() {
    }

    /** The plan's forms, blank; a one-row-per-unit form has a row per assigned unit ({@code unitRows}). */
    public static List<OfficialDocument.Section> blank(List<AppendixForm> forms, List<FormRow> unitRows) {
        List<OfficialDocument.Section> sections = new ArrayList<>();
        for (AppendixForm form : forms) {
            List<FormRow> rows = form.rowMode() == RowMode.FIXED ? form.rows() : unitRows;
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                List<String> line = new ArrayList<>(List.of(String.valueOf(i + 1), rows.get(i).label()));
                form.columns().forEach(c -> line.add(""));
                cells.add(line);
            }
            sections.add(section(form, cells));
        }
        return sections;
    }

    /** The consolidated report's forms added up; the total row of a one-row-per-unit form is "Tổng cộng". */
    public static List<OfficialDocument.Section> totals(List<FormTotals> totals) {
        List<OfficialDocument.Section> sections = new ArrayList<>();
        for (FormTotals form : totals) {
            List<List<String>> cells = new ArrayList<>();
            int number = 0;
            for (TotalRow row : form.rows()) {
                boolean total = FormTotals.TOTAL_ROW.equals(row.key());
                List<String> line = new ArrayList<>(List.of(total ? "" : String.valueOf(++number),
                        total ? "Tổng cộng" : row.label()));
                form.form().columns().forEach(c -> line.add(row.cell(c.key()).display()));
                cells.add(line);
            }
            sections.add(section(form.form(), cells));
        }
        return sections;
    }

    private static OfficialDocument.Section section(AppendixForm form, List<List<String>> cells) {
        List<String> headers = new ArrayList<>(List.of("TT", "Nội dung"));
        form.columns().forEach(c -> headers.add(c.label()));
        return new OfficialDocument.Section(form.heading(), List.of(), List.of(),
                new OfficialDocument.Table(headers, cells));
    }
}
