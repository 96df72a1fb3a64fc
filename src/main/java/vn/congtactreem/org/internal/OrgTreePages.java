package vn.congtactreem.org.internal;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.congtactreem.org.NameKey;
import vn.congtactreem.org.OrgUnit;

/**
 * The tree as a screen shows it: one page of a unit's children at a time (areas first, then agencies, each
 * by name), how many children some units have, and the units whose name or official code matches a search.
 * Nothing here reads the whole tree.
 */
@Repository
public class OrgTreePages {

    private static final String UNIT = "select new vn.congtactreem.org.OrgUnit(u.id, u.parentId, u.kind, u.levelCode,"
            + " u.agencyTypeCode, u.name, u.active, u.officialCode, u.adminKindCode, u.version) from OrgUnitEntity u ";
    private static final String TREE_ORDER = " order by case when u.kind = vn.congtactreem.org.OrgUnitKind.AREA"
            + " then 0 else 1 end, u.name, u.id";

    private final EntityManager em;
    private final JdbcTemplate jdbc;

    public OrgTreePages(EntityManager em, JdbcTemplate jdbc) {
        this.em = em;
        this.jdbc = jdbc;
    }

    /** Children of a unit ({@code null}: the roots), areas first then agencies, each by name. */
    public List<OrgUnit> children(Long parentId, int offset, int limit) {
        String where = parentId == null ? "where u.parentId is null" : "where u.parentId = :parent";
        var query = em.createQuery(UNIT + where + TREE_ORDER, OrgUnit.class).setFirstResult(offset)
                .setMaxResults(limit);
        if (parentId != null) {
            query.setParameter("parent", parentId);
        }
        return query.getResultList();
    }

    public int childCount(Long parentId) {
        String where = parentId == null ? "where u.parentId is null" : "where u.parentId = :parent";
        var query = em.createQuery("select count(u) from OrgUnitEntity u " + where, Long.class);
        if (parentId != null) {
            query.setParameter("parent", parentId);
        }
        return query.getSingleResult().intValue();
    }

    /** How many children each of these units has; units without children are left out. */
    public Map<Long, Integer> childCounts(Collection<Long> parentIds) {
        Map<Long, Integer> counts = new HashMap<>();
        for (List<Long> chunk : OrgTreeQueries.chunks(parentIds)) {
            em.createQuery("select u.parentId, count(u) from OrgUnitEntity u where u.parentId in :ids"
                            + " group by u.parentId", Object[].class).setParameter("ids", chunk).getResultList()
                    .forEach(row -> counts.put((Long) row[0], ((Long) row[1]).intValue()));
        }
        return counts;
    }

    /**
     * Ids of the units whose name contains the query (case and diacritics ignored, see {@link NameKey}) or whose
     * official code starts with it, by name; at most {@code limit}.
     */
    public List<Long> search(String query, int limit) {
        String key = NameKey.of(query);
        String pattern = "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createQuery("select u.id from OrgUnitEntity u where u.nameKey like :pattern escape '\\'"
                        + " or u.officialCode like :code order by u.name, u.id", Long.class)
                .setParameter("pattern", pattern).setParameter("code", key.replace("%", "") + "%")
                .setMaxResults(limit).getResultList();
    }

    /**
     * Gives every unit without a search key its key, in one batch: rows written before the key existed, or by
     * a statement that did not set it. Returns how many were filled (0 and one cheap query when none).
     */
    public int fillMissingNameKeys() {
        List<Object[]> missing = jdbc.query("select id, name from org_unit where name_key is null",
                (rs, i) -> new Object[] {NameKey.of(rs.getString(2)), rs.getLong(1)});
        if (!missing.isEmpty()) {
            jdbc.batchUpdate("update org_unit set name_key = ? where id = ?", missing);
        }
        return missing.size();
    }
}
