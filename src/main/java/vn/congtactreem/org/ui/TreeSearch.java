package vn.congtactreem.org.ui;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.congtactreem.org.NameKey;
import vn.congtactreem.org.OrgUnit;

/**
 * Searching the organisation tree by name or official code as people type Vietnamese (case and
 * diacritics ignored, "đ" as "d"): the units found and every unit above them, so the tree can show
 * where each one sits.
 */
final class TreeSearch {

    private TreeSearch() {
    }

    static String normalize(String text) {
        return NameKey.of(text);
    }

    static boolean matches(OrgUnit unit, String normalizedQuery) {
        return normalize(unit.name()).contains(normalizedQuery)
                || unit.officialCode() != null && unit.officialCode().startsWith(normalizedQuery);
    }

    /** The ids of the units found and of their ancestors. */
    static Set<Long> foundWithAncestors(List<OrgUnit> all, String query) {
        String q = normalize(query);
        Map<Long, OrgUnit> byId = new HashMap<>();
        all.forEach(u -> byId.put(u.id(), u));
        Set<Long> shown = new LinkedHashSet<>();
        for (OrgUnit unit : all) {
            if (matches(unit, q)) {
                OrgUnit current = unit;
                while (current != null && shown.add(current.id())) {
                    current = current.parentId() == null ? null : byId.get(current.parentId());
                }
            }
        }
        return shown;
    }
}
