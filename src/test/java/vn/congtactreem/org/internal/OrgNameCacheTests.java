package vn.congtactreem.org.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class OrgNameCacheTests {

    private final Map<Long, String> database = new HashMap<>();
    private final List<Collection<Long>> reads = new ArrayList<>();
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final OrgTreeQueries tree = mock(OrgTreeQueries.class);
    private final OrgNameCache cache = new OrgNameCache(tree, nanos::get);

    @BeforeEach
    void database() {
        database.put(1L, "Xã An Dương");
        database.put(2L, "Công an xã");
        when(tree.names(anyCollection())).thenAnswer(call -> {
            Collection<Long> ids = new ArrayList<>(call.getArgument(0));
            reads.add(ids);
            Map<Long, String> found = new HashMap<>();
            ids.forEach(id -> {
                if (database.containsKey(id)) {
                    found.put(id, database.get(id));
                }
            });
            return found;
        });
    }

    @AfterEach
    void noTransactionLeft() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void namesShownRecentlyAreNotReadAgainAndOnlyTheMissingOnesAreRead() {
        assertThat(cache.names(List.of(1L))).containsEntry(1L, "Xã An Dương");
        assertThat(cache.names(List.of(1L, 2L, 99L))).containsOnlyKeys(1L, 2L);

        assertThat(reads).containsExactly(List.of(1L), List.of(2L, 99L));
    }

    @Test
    void aNameIsReadAgainOnceItHasBeenKeptLongEnough() {
        cache.names(List.of(1L));
        database.put(1L, "Phường An Dương");
        nanos.addAndGet(OrgNameCache.KEEP.toNanos() - 1);
        assertThat(cache.names(List.of(1L))).containsEntry(1L, "Xã An Dương");

        nanos.addAndGet(1);
        assertThat(cache.names(List.of(1L))).containsEntry(1L, "Phường An Dương");
        verify(tree, times(2)).names(anyCollection());
    }

    @Test
    void aRenamedUnitIsReadAgainAtOnceAndAgainWhenTheRenamingTransactionEnds() {
        cache.names(List.of(1L, 2L));
        TransactionSynchronizationManager.initSynchronization();

        database.put(1L, "Phường An Dương");
        cache.forget(1L);
        // another reader, before the rename commits, reads and keeps the old name
        database.put(1L, "Xã An Dương");
        assertThat(cache.names(List.of(1L))).containsEntry(1L, "Xã An Dương");
        database.put(1L, "Phường An Dương");
        TransactionSynchronizationManager.getSynchronizations()
                .forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));

        assertThat(cache.names(List.of(1L, 2L))).containsEntry(1L, "Phường An Dương").containsEntry(2L, "Công an xã");
        assertThat(reads).containsExactly(List.of(1L, 2L), List.of(1L), List.of(1L));
    }

    @Test
    void anImportForgetsEveryName() {
        cache.names(List.of(1L, 2L));
        database.put(2L, "Công an phường");

        cache.forgetAll();

        assertThat(cache.names(List.of(1L, 2L))).containsEntry(2L, "Công an phường");
        assertThat(reads).hasSize(2);
    }
}
