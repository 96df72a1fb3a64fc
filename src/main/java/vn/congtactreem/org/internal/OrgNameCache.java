package vn.congtactreem.org.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Units' names as shown (a task's description in the inbox and in its notification, a report's unit, a plan's
 * organisation), kept on this node for {@link #KEEP}. Every step of a unit report names its unit and its plan's
 * organisation, which cost a statement each time (and Hibernate's multi-load building its SQL anew), for names that
 * almost never change. A rename through the organisation service forgets the unit's name, the official list's import
 * forgets every name, each again when its transaction ends (a reader between the change and its commit may have kept
 * the old name); another node shows a new name at most {@link #KEEP} later. Never used for a decision: ids, scope
 * and status are always read from the database.
 */
@Component
public class OrgNameCache {

    public static final Duration KEEP = Duration.ofMinutes(5);
    /** Past this many names (the country has about 43,000 units with their agencies) the cache starts again. */
    static final int MAX = 100_000;

    private final OrgTreeQueries tree;
    private final LongSupplier nanoClock;
    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

    private record Kept(String name, long readAt) {
    }

    @Autowired
    public OrgNameCache(OrgTreeQueries tree) {
        this(tree, System::nanoTime);
    }

    OrgNameCache(OrgTreeQueries tree, LongSupplier nanoClock) {
        this.tree = tree;
        this.nanoClock = nanoClock;
    }

    /** The names of these units (kept ones first, the rest read together); unknown ids are left out. */
    public Map<Long, String> names(Collection<Long> ids) {
        long now = nanoClock.getAsLong();
        Map<Long, String> found = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Long id : ids) {
            if (id == null) {
                continue;
            }
            Kept name = kept.get(id);
            if (name != null && now - name.readAt() < KEEP.toNanos()) {
                found.put(id, name.name());
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            Map<Long, String> read = tree.names(missing);
            if (kept.size() + read.size() > MAX) {
                kept.clear();
            }
            read.forEach((id, name) -> kept.put(id, new Kept(name, now)));
            found.putAll(read);
        }
        return found;
    }

    /** A unit renamed: its name is read again, now and once the renaming transaction has ended. */
    public void forget(long id) {
        kept.remove(id);
        whenTransactionEnds(() -> kept.remove(id));
    }

    /** Names changed in bulk (the official list imported): every name is read again. */
    public void forgetAll() {
        kept.clear();
        whenTransactionEnds(kept::clear);
    }

    private static void whenTransactionEnds(Runnable forget) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget.run();
                }
            });
        }
    }
}
