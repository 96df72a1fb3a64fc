package vn.congtactreem.org.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Repository;

/**
 * The tree read in pieces, without loading the whole country (about 43,000 units): the units below a
 * unit and the units above some units, each in one recursive query (standard {@code WITH RECURSIVE}, the
 * same on PostgreSQL and H2). Native queries through the entity manager, so pending changes of the
 * transaction are flushed first and the answer always matches the database: nothing is cached.
 */
@Repository
public class OrgTreeQueries {

    /** Large sets of ids are sent in chunks: PostgreSQL accepts at most 32,767 bind parameters. */
    static final int CHUNK = 1000;

    static final String DESCENDANTS = """
            with recursive below(id) as (
                select id from org_unit where id = :id
                union
                select u.id from org_unit u join below b on u.parent_id = b.id)
            select id from below""";

    static final String ANCESTORS = """
            with recursive above(id) as (
                select id from org_unit where id in (:ids)
                union
                select u.parent_id from org_unit u join above a on u.id = a.id where u.parent_id is not null)
            select o.id, o.parent_id, o.name from org_unit o where o.id in (select id from above)""";

    private final EntityManager em;

    public OrgTreeQueries(EntityManager em) {
        this.em = em;
    }

    /** The unit (always, as before even an unknown id) and everything below it, active or not. */
    public Set<Long> selfAndDescendants(long id) {
        List<?> rows = em.createNativeQuery(DESCENDANTS).setParameter("id", id).getResultList();
        Set<Long> result = new LinkedHashSet<>();
        result.add(id);
        rows.forEach(r -> result.add(((Number) r).longValue()));
        return result;
    }

    /** These units and all their ancestors, each with its parent and name (id → {parentId, name}). */
    public Map<Long, Node> selfAndAncestors(Collection<Long> ids) {
        Map<Long, Node> nodes = new LinkedHashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            List<?> rows = em.createNativeQuery(ANCESTORS).setParameter("ids", chunk).getResultList();
            for (Object row : rows) {
                Object[] cols = (Object[]) row;
                long id = ((Number) cols[0]).longValue();
                Long parent = cols[1] == null ? null : ((Number) cols[1]).longValue();
                nodes.put(id, new Node(id, parent, (String) cols[2]));
            }
        }
        return nodes;
    }

    /** The names of these units; unknown ids are left out. */
    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (ids.size() == 1) { // one unit (a task's description): the transaction's copy if it has read it already
            Long id = ids.iterator().next();
            OrgUnitEntity unit = id == null ? null : em.find(OrgUnitEntity.class, id);
            if (unit != null) {
                names.put(id, unit.toOrgUnit().name());
            }
            return names;
        }
        for (List<Long> chunk : chunks(ids)) {
            em.createQuery("select u.id, u.name from OrgUnitEntity u where u.id in :ids", Object[].class)
                    .setParameter("ids", chunk).getResultList()
                    .forEach(cols -> names.put((Long) cols[0], (String) cols[1]));
        }
        return names;
    }

    /** Every unit's id (the administrator's scope), in no particular order: callers ask "is it in". */
    public List<Long> allIds() {
        return em.createQuery("select u.id from OrgUnitEntity u", Long.class).getResultList();
    }

    public long count() {
        return em.createQuery("select count(u) from OrgUnitEntity u", Long.class).getSingleResult();
    }

    static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            chunks.add(distinct.subList(from, Math.min(distinct.size(), from + CHUNK)));
        }
        return chunks;
    }

    /** One unit as a path needs it. */
    public record Node(long id, Long parentId, String name) {
    }
}
