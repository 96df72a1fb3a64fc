package vn.congtactreem.appendix;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A cell of a consolidated form: the sum of a totalled number column, the units' texts ("Đơn vị: text") of a
 * text column or an untotalled number column, or the count of "Có" among the answers of a yes/no column.
 */
public record CellTotal(BigDecimal sum, List<String> texts, int yes, int answered) {

    public static final CellTotal EMPTY = new CellTotal(null, List.of(), 0, 0);

    public CellTotal {
        texts = List.copyOf(texts);
    }

    /** One unit's cell as it counts in its column. */
    public static CellTotal of(FormColumn column, CellValue value, String unitName) {
        return switch (column.kind()) {
            case NUMBER -> column.totalled() ? new CellTotal(value.number(), List.of(), 0, 0)
                    : listed(unitName, value);
            case TEXT -> listed(unitName, value);
            case YES_NO -> new CellTotal(null, List.of(), Boolean.TRUE.equals(value.yes()) ? 1 : 0, 1);
        };
    }

    private static CellTotal listed(String unitName, CellValue value) {
        return new CellTotal(null, List.of(unitName + ": " + value.display()), 0, 0);
    }

    public CellTotal plus(CellTotal other) {
        BigDecimal total = sum == null ? other.sum : other.sum == null ? sum : sum.add(other.sum);
        List<String> all = new ArrayList<>(texts);
        all.addAll(other.texts);
        return new CellTotal(total, all, yes + other.yes, answered + other.answered);
    }

    public boolean isEmpty() {
        return sum == null && texts.isEmpty() && answered == 0;
    }

    /** "1.234,5"; "3/5 Có"; the texts one a line; "" for nothing reported. */
    public String display() {
        if (sum != null) {
            return FormNumbers.typed(sum);
        }
        if (answered > 0) {
            return yes + "/" + answered + " Có";
        }
        return String.join("\n", texts);
    }
}
