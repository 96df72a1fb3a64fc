package vn.congtactreem.base;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.Session;
import org.springframework.stereotype.Component;

/**
 * Entities read by their ids for the steps that run on every report: Hibernate's multi-load, which takes the
 * ones the transaction has read already from it and the rest in one statement (an id array on PostgreSQL). Hibernate
 * 6.6 still builds and translates that statement on each call (MultiIdEntityLoaderArrayParam), but its plan is
 * simpler than a query with {@code in :ids}, which is translated anew on every call too (Hibernate 6 caches no query
 * plan with a multi-valued parameter); with the derived queries, such translations were about 8 % of a unit
 * report's Java samples (docs/scaling.md, item 11). Unknown ids are left out; the order is not kept.
 * One entity by its id ({@link #find}) is the persistence context's {@code find}, as a repository's
 * {@code findById} is, without the repository's proxy and its interceptors (transaction, exception translation,
 * method metadata), which cost more than the find itself when the transaction has the row already.
 */
@Component
public class EntitiesById {

    private final EntityManager em;

    EntitiesById(EntityManager em) {
        this.em = em;
    }

    /** The entity of this id: the transaction's copy if it has one, else one statement. */
    public <T> Optional<T> find(Class<T> type, long id) {
        return Optional.ofNullable(em.find(type, id));
    }

    public <T> List<T> load(Class<T> type, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // the session check is off by default: without it the statement asks for every id, the transaction's own
        // copies too (and then answers those copies all the same)
        return em.unwrap(Session.class).byMultipleIds(type).enableOrderedReturn(false).enableSessionCheck(true)
                .multiLoad(ids.stream().distinct().toList()).stream().filter(Objects::nonNull).toList();
    }
}
