package vn.congtactreem.org;

import java.util.Collection;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.org.internal.OrgTreePages;
import vn.congtactreem.org.internal.OrgTreeQueries;
import vn.congtactreem.org.internal.OrgUnitEntity;
import vn.congtactreem.org.internal.OrgUnitRepository;

/**
 * The organisation tree read the way a screen walks it, so that a country's 43,000 units are never read at
 * once: a page of one unit's children, child counts, and a search that answers the units found with the
 * units above them (so they can be shown where they sit).
 */
@Service
@Transactional(readOnly = true)
public class OrgTreeService {

    private final OrgTreePages pages;
    private final OrgTreeQueries tree;
    private final OrgUnitRepository units;

    public OrgTreeService(OrgTreePages pages, OrgTreeQueries tree, OrgUnitRepository units) {
        this.pages = pages;
        this.tree = tree;
        this.units = units;
    }

    /** Children of a unit ({@code null}: the roots), areas first then agencies, each by name. */
    public List<OrgUnit> children(Long parentId, int offset, int limit) {
        return pages.children(parentId, offset, limit);
    }

    public int childCount(Long parentId) {
        return pages.childCount(parentId);
    }

    /** How many children each of these units has (absent: none). */
    public Map<Long, Integer> childCounts(Collection<Long> parentIds) {
        return pages.childCounts(parentIds);
    }

    /** The unit and every unit above it, top first. */
    public List<OrgUnit> selfAndAncestors(long id) {
        Map<Long, OrgTreeQueries.Node> nodes = tree.selfAndAncestors(List.of(id));
        Map<Long, OrgUnit> byId = units.findAllById(nodes.keySet()).stream()
                .map(OrgUnitEntity::toOrgUnit).collect(Collectors.toMap(OrgUnit::id, u -> u));
        LinkedList<OrgUnit> path = new LinkedList<>();
        OrgTreeQueries.Node current = nodes.get(id);
        while (current != null) {
            path.addFirst(byId.get(current.id()));
            current = current.parentId() == null ? null : nodes.get(current.parentId());
        }
        return path;
    }

    /**
     * The units whose name contains the query (case and diacritics ignored) or whose official code starts with
     * it, at most {@code limit} of them, with every unit above them. Writes the search key of units that lack
     * it first (see {@link OrgTreePages#fillMissingNameKeys()}).
     */
    @Transactional
    public Found search(String query, int limit) {
        pages.fillMissingNameKeys();
        List<Long> matches = pages.search(query, limit + 1);
        boolean more = matches.size() > limit;
        List<Long> shown = more ? matches.subList(0, limit) : matches;
        Set<Long> withAncestors = tree.selfAndAncestors(shown).keySet();
        List<OrgUnit> found = units.findAllById(withAncestors).stream().map(OrgUnitEntity::toOrgUnit).toList();
        return new Found(found, Set.copyOf(shown), more);
    }

    /**
     * @param units   the units found and those above them
     * @param matches the ids of the units found
     * @param more    more units match than were answered
     */
    public record Found(List<OrgUnit> units, Set<Long> matches, boolean more) {
    }
}
