package vn.congtactreem.document;

import java.math.BigDecimal;
import java.util.List;

/**
 * A table for one sheet: a title row, a subtitle row (plan, period, organisation), a header and its
 * rows. A cell is a {@link String}, a whole number ({@link Long}/{@link Integer}, shown "1.234"), a
 * {@link Num} (a number in a format of its own), a {@link Link}, or null (empty).
 *
 * @param widths each column's width in characters
 */
public record SheetTable(String name, String title, String subtitle, List<String> headers, List<Integer> widths,
                         List<List<Object>> rows) {

    public SheetTable {
        if (headers.size() != widths.size()) {
            throw new IllegalArgumentException("one width per header");
        }
        headers = List.copyOf(headers);
        widths = List.copyOf(widths);
        rows = List.copyOf(rows);
    }

    /** A number shown in {@code format} (an Excel number format, e.g. {@code #,##0.0" %"}). */
    public record Num(BigDecimal value, String format) {
    }

    /** A hyperlink shown as {@code text}. */
    public record Link(String text, String url) {
    }
}
