package vn.congtactreem.appendix;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/** What a typed cell means in its column, or why it cannot be kept: a number column refuses text and negatives. */
public final class CellCheck {

    public static final int MAX_TEXT = 1000;
    public static final int MAX_DECIMALS = 6;
    private static final BigDecimal MAX_NUMBER = new BigDecimal("99999999999999");

    private CellCheck() {
    }

    /** A value, a problem, or neither for a blank box (the cell is cleared). */
    public record Outcome(CellValue value, CellError error) {
    }

    public static Optional<Outcome> check(CellRef ref, FormColumn column, String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip();
        return Optional.of(switch (column.kind()) {
            case NUMBER -> number(ref, text);
            case TEXT -> text.length() > MAX_TEXT
                    ? new Outcome(null, new CellError(ref, "appendix.error.textTooLong", MAX_TEXT))
                    : new Outcome(CellValue.of(text), null);
            case YES_NO -> yesNo(text).map(yes -> new Outcome(CellValue.of(yes), null))
                    .orElseGet(() -> new Outcome(null, new CellError(ref, "appendix.error.notYesNo", text)));
        });
    }

    private static Outcome number(CellRef ref, String text) {
        Optional<BigDecimal> number = FormNumbers.parse(text);
        if (number.isEmpty()) {
            return new Outcome(null, new CellError(ref, "appendix.error.notNumber", text));
        }
        BigDecimal value = number.get();
        if (value.signum() < 0) {
            return new Outcome(null, new CellError(ref, "appendix.error.negative", text));
        }
        if (value.scale() > MAX_DECIMALS || value.compareTo(MAX_NUMBER) > 0) {
            return new Outcome(null, new CellError(ref, "appendix.error.numberOutOfRange", text, MAX_DECIMALS));
        }
        return new Outcome(CellValue.of(value), null);
    }

    /** "Có"/"Không", "x" (ticked), yes/no, true/false, 1/0. */
    static Optional<Boolean> yesNo(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "có", "co", "x", "yes", "true", "1" -> Optional.of(true);
            case "không", "khong", "no", "false", "0" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
