package vn.congtactreem.appendix;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.congtactreem.indicator.Numbers;

/** Numbers in cells as Vietnamese write them: "1.234,5" (dot groups thousands, comma marks decimals). */
public final class FormNumbers {

    private static final Pattern VIETNAMESE = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?|-?\\d+(,\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+\\.\\d+");

    private FormNumbers() {
    }

    /**
     * The number typed, with its decimals: "1.234,50" → 1234.50, "12,5" → 12.5, "87" → 87; "12.5" (a dot not
     * grouping thousands, as a spreadsheet writes it) → 12.5. Empty for anything else.
     */
    public static Optional<BigDecimal> parse(String typed) {
        String text = typed == null ? "" : typed.strip().replace(" ", "").replace("\u00a0", "");
        if (VIETNAMESE.matcher(text).matches()) {
            return Optional.of(new BigDecimal(text.replace(".", "").replace(',', '.')));
        }
        if (PLAIN.matcher(text).matches()) {
            return Optional.of(new BigDecimal(text));
        }
        return Optional.empty();
    }

    /** "1.234,50": exactly the decimals kept. */
    public static String typed(BigDecimal value) {
        return Numbers.typed(value);
    }
}
