package vn.congtactreem.base;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Searching as people type Vietnamese: case and diacritics do not matter ("bao cao" finds "Báo
 * cáo", "duong" finds "Dương", "d" and "đ" are the same letter for a search).
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchText() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.strip().toLowerCase(Locale.ROOT).replace('đ', 'd');
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("")
                .replaceAll("\\s+", " ");
    }

    /** Whether {@code text} contains {@code query}, both normalised; an empty query matches everything. */
    public static boolean contains(String text, String query) {
        return normalize(text).contains(normalize(query));
    }
}
