package vn.congtactreem.org;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import vn.congtactreem.base.SearchText;

/**
 * What an organisation picker offers, in the order the tree reads: each area first, then its own agencies, then
 * the areas below it (each again followed by its agencies), siblings in Vietnamese alphabetical order. Each unit is
 * labelled with its parent ("Xã An Dương › Công an xã", "Tỉnh Bắc Giang › Xã An Dương") so two "Trạm Y tế xã" are
 * told apart, and a typed filter matches the name or any ancestor's, without diacritics.
 * <p>
 * Pure: built from the units offered and the units known by id ({@code tree}, their ancestors as far as known).
 */
public final class OrgPickerOrder {

    public static final String SEPARATOR = " › ";

    private final List<OrgUnit> units;
    private final Map<Long, String> labels;
    private final Map<Long, String> searchable;

    private OrgPickerOrder(List<OrgUnit> units, Map<Long, String> labels, Map<Long, String> searchable) {
        this.units = units;
        this.labels = labels;
        this.searchable = searchable;
    }

    /** The units offered, ordered; {@code tree}: units by id, holding their ancestors as far as labels need. */
    public static OrgPickerOrder of(Collection<OrgUnit> offered, Map<Long, OrgUnit> tree) {
        Map<Long, OrgUnit> known = new HashMap<>(tree);
        offered.forEach(u -> known.putIfAbsent(u.id(), u));
        Map<Long, List<OrgUnit>> chains = new LinkedHashMap<>();
        Map<Long, String> labels = new HashMap<>();
        Map<Long, String> searchable = new HashMap<>();
        for (OrgUnit unit : offered) {
            List<OrgUnit> chain = chainOf(unit, known);
            chains.put(unit.id(), chain);
            OrgUnit parent = chain.size() > 1 ? chain.get(chain.size() - 2) : null;
            labels.put(unit.id(), parent == null ? unit.name() : parent.name() + SEPARATOR + unit.name());
            searchable.put(unit.id(), SearchText.normalize(
                    String.join(SEPARATOR, chain.stream().map(OrgUnit::name).toList())));
        }
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        Comparator<OrgUnit> siblings = Comparator.<OrgUnit>comparingInt(u -> u.isArea() ? 1 : 0)
                .thenComparing(OrgUnit::name, collator).thenComparingLong(OrgUnit::id);
        List<OrgUnit> ordered = chains.values().stream().sorted((a, b) -> compareChains(a, b, siblings))
                .map(chain -> chain.get(chain.size() - 1)).toList();
        return new OrgPickerOrder(ordered, labels, searchable);
    }

    /** The units offered when every unit is known (the administrator's pickers). */
    public static OrgPickerOrder of(Collection<OrgUnit> offered, Collection<OrgUnit> all) {
        Map<Long, OrgUnit> tree = new HashMap<>();
        all.forEach(u -> tree.put(u.id(), u));
        return of(offered, tree);
    }

    public List<OrgUnit> units() {
        return units;
    }

    /** "Xã An Dương › Công an xã", or the name alone for a unit whose parent is unknown (the province). */
    public String label(OrgUnit unit) {
        return labels.getOrDefault(unit.id(), unit.name());
    }

    /** Whether the unit's name or an ancestor's contains what was typed, case and diacritics aside. */
    public boolean matches(OrgUnit unit, String typed) {
        String query = SearchText.normalize(typed);
        return searchable.getOrDefault(unit.id(), SearchText.normalize(unit.name())).contains(query);
    }

    /** The same order and labels with only some units kept (those below a plan's organisation…). */
    public OrgPickerOrder only(Predicate<OrgUnit> kept) {
        return new OrgPickerOrder(units.stream().filter(kept).toList(), labels, searchable);
    }

    private static List<OrgUnit> chainOf(OrgUnit unit, Map<Long, OrgUnit> known) {
        List<OrgUnit> chain = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        OrgUnit current = unit;
        while (current != null && seen.add(current.id())) {
            chain.add(0, current);
            current = current.parentId() == null ? null : known.get(current.parentId());
        }
        return chain;
    }

    private static int compareChains(List<OrgUnit> left, List<OrgUnit> right, Comparator<OrgUnit> siblings) {
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            OrgUnit a = left.get(i);
            OrgUnit b = right.get(i);
            if (a.id() != b.id()) {
                return siblings.compare(a, b);
            }
        }
        return Integer.compare(left.size(), right.size());
    }
}
