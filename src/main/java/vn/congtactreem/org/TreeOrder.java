package vn.congtactreem.org;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The order of organisation pickers: as the tree reads, each area directly followed by what belongs to it
 * ("Xã An Dương", then "Xã An Dương › Công an xã An Dương"…), names compared in Vietnamese order. A picker
 * labelled with paths in this order never lists a commune's police before the commune itself.
 */
public final class TreeOrder {

    private static final String SEPARATOR = " › ";

    private TreeOrder() {
    }

    /** Compares units by their paths ({@code paths}: id → "Tỉnh A › Xã B"), segment by segment. */
    public static Comparator<OrgUnit> byPath(Map<Long, String> paths) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        return (a, b) -> {
            List<String> left = List.of(paths.getOrDefault(a.id(), a.name()).split(SEPARATOR));
            List<String> right = List.of(paths.getOrDefault(b.id(), b.name()).split(SEPARATOR));
            for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
                int order = collator.compare(left.get(i), right.get(i));
                if (order != 0) {
                    return order;
                }
            }
            return Integer.compare(left.size(), right.size());
        };
    }
}
