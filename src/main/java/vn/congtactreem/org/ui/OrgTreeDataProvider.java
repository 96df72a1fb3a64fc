package vn.congtactreem.org.ui;

import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import vn.congtactreem.org.OrgTreeService;
import vn.congtactreem.org.OrgUnit;

/**
 * The organisation tree read lazily: the grid asks for the page of children it shows, one query each, and
 * whether a row has children, and how many, is answered from one count query per page (remembered until the
 * next refresh: every change in the view goes through {@code refreshAll}).
 * Rows are identified by id, so a renamed or moved unit stays selected and its branch stays open.
 */
class OrgTreeDataProvider extends AbstractBackEndHierarchicalDataProvider<OrgUnit, Void> {

    private final OrgTreeService tree;
    private final Map<Long, Integer> childCounts = new ConcurrentHashMap<>();
    private volatile Integer rootCount;

    OrgTreeDataProvider(OrgTreeService tree) {
        this.tree = tree;
    }

    @Override
    protected Stream<OrgUnit> fetchChildrenFromBackEnd(HierarchicalQuery<OrgUnit, Void> query) {
        Long parentId = query.getParent() == null ? null : query.getParent().id();
        List<OrgUnit> page = tree.children(parentId, query.getOffset(), query.getLimit());
        Map<Long, Integer> counts = tree.childCounts(page.stream().map(OrgUnit::id).toList());
        page.forEach(unit -> childCounts.put(unit.id(), counts.getOrDefault(unit.id(), 0)));
        return page.stream();
    }

    @Override
    public int getChildCount(HierarchicalQuery<OrgUnit, Void> query) {
        if (query.getParent() == null) {
            Integer roots = rootCount;
            if (roots == null) {
                roots = tree.childCount(null);
                rootCount = roots;
            }
            return roots;
        }
        return childCounts.computeIfAbsent(query.getParent().id(), tree::childCount);
    }

    @Override
    public boolean hasChildren(OrgUnit item) {
        return childCounts.computeIfAbsent(item.id(),
                id -> tree.childCounts(List.of(id)).getOrDefault(id, 0)) > 0;
    }

    @Override
    public Object getId(OrgUnit item) {
        return item.id();
    }

    @Override
    public void refreshAll() {
        childCounts.clear();
        rootCount = null;
        super.refreshAll();
    }
}
