package vn.congtactreem.org;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Names compared as people type Vietnamese: case, diacritics ("đ" as "d") and extra spaces ignored. */
public final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private NameKey() {
    }

    public static String of(String text) {
        String lower = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('đ', 'd');
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("").replaceAll("\\s+", " ");
    }
}
