package vn.congtactreem.appendix;

import java.math.BigDecimal;

/** A stored cell: exactly one of a number (with its typed decimals), a text, a yes/no. */
public record CellValue(BigDecimal number, String text, Boolean yes) {

    /** A yes/no cell's answer as typed and stored (a word of the plan's documents, whatever the reader's language). */
    public static final String YES = "Có";
    public static final String NO = "Không";

    public static CellValue of(BigDecimal number) {
        return new CellValue(number, null, null);
    }

    public static CellValue of(String text) {
        return new CellValue(null, text, null);
    }

    public static CellValue of(boolean yes) {
        return new CellValue(null, null, yes);
    }

    /** As the box shows it: "1.234,50", the text, "Có"/"Không". */
    public String display() {
        if (number != null) {
            return FormNumbers.typed(number);
        }
        if (yes != null) {
            return yes ? YES : NO;
        }
        return text == null ? "" : text;
    }
}
