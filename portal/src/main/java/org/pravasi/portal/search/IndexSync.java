package org.pravasi.portal.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.pravasi.registry.catalog.CatalogTexts;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.events.ChangeEvent;
import org.pravasi.registry.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index in step with the store. Every write runs on one named thread, in order: the start-up reconciliation,
 * full rebuilds, and the updates after each change event. An update re-reads, in one read transaction, the dataset or
 * story the event names, every dataset and story whose {@code dct:modified} differs from the one indexed (or that only
 * the store or only the index has), every organisation (a handful; their records change without events) and every
 * code-list concept (which datasets use it follows publishing), then commits with the store's fingerprint from the same
 * transaction. So the fingerprint committed with the index never claims more than the index holds, even when changes
 * arrive faster than events or an event is lost, and a restart after a crash reuses the index only if it matches the
 * store.
 */
public final class IndexSync implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IndexSync.class);
    /** Name of the indexing thread. */
    public static final String THREAD = "pravasi-search-indexer";
    /** How long closing waits for queued index work. */
    static final long CLOSE_WAIT_SECONDS = 10;

    private final Store store;
    private final CatalogView catalogue;
    private final SearchIndex index;
    private final ExecutorService indexer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, THREAD);
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Creates the sync between {@code store} (read through the catalogue's read model {@code catalogue}) and
     * {@code index}.
     */
    public IndexSync(Store store, CatalogView catalogue, SearchIndex index) {
        this.store = store;
        this.catalogue = catalogue;
        this.index = index;
    }

    /** Rebuilds the index unless its fingerprint matches the store's; waits until done. Returns whether it rebuilt. */
    public boolean reconcile() {
        return await(indexer.submit(() -> {
            String current = store.read(() -> StoreFingerprint.of(new CatalogTexts(store), catalogue));
            Optional<String> indexed = index.fingerprint();
            if (indexed.isPresent() && indexed.get().equals(current)) {
                LOG.info("Search index is up to date: {} documents", index.size());
                return false;
            }
            LOG.info(
                    "Search index {}; rebuilding from the store",
                    indexed.isEmpty() ? "is new or was reset" : "is stale");
            rebuildNow();
            return true;
        }));
    }

    /** Queues the re-indexing of what {@code event} changed; returns at once (called on the publishing thread). */
    public void onChange(ChangeEvent event) {
        if (closed.get()) {
            return;
        }
        try {
            indexer.execute(() -> reindex(event));
        } catch (RejectedExecutionException e) {
            LOG.debug("Search index closed; change to {} not indexed", event.uri());
        }
    }

    private void rebuildNow() {
        long t0 = System.nanoTime();
        Snapshot s = store.read(() -> new Snapshot(
                StoreFingerprint.of(new CatalogTexts(store), catalogue), new StoreEntries(store, catalogue).all()));
        long t1 = System.nanoTime();
        index.replaceAll(s.entries(), s.fingerprint());
        long t2 = System.nanoTime();
        LOG.info(
                "Search index built: {} documents in {} ms ({} ms reading the store, {} ms indexing and committing)",
                s.entries().size(),
                (t2 - t0) / 1_000_000,
                (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000);
    }

    private void reindex(ChangeEvent event) {
        try {
            int updated = store.read(() -> {
                StoreEntries entries = new StoreEntries(store, catalogue);
                Set<String> changed = new LinkedHashSet<>();
                changed.add(event.uri());
                changed.addAll(differences(entries.versions(), index.versions(EntryType.DATASET, EntryType.STORY)));
                changed.addAll(entries.organisations());
                changed.forEach(u -> index.update(u, entries.one(u)));
                // Which datasets use a concept changes with every publish and withdrawal.
                List<IndexEntry> concepts = entries.concepts();
                concepts.forEach(c -> index.update(c.uri(), Optional.of(c)));
                index.commit(StoreFingerprint.of(new CatalogTexts(store), catalogue));
                return changed.size() + concepts.size();
            });
            LOG.debug("Search index updated for {} {} ({} documents re-read)", event.kind(), event.uri(), updated);
        } catch (RuntimeException e) {
            LOG.error("Search index update for {} failed; rebuilding the whole index from the store", event.uri(), e);
            try {
                rebuildNow();
            } catch (RuntimeException again) {
                LOG.error("Search index rebuild failed too; the next start-up rebuilds it", again);
            }
        }
    }

    /** URIs whose version differs between the store and the index, or that only one of them has. */
    static Set<String> differences(Map<String, String> store, Map<String, String> index) {
        Set<String> out = new LinkedHashSet<>();
        store.forEach((uri, version) -> {
            if (!version.equals(index.get(uri))) {
                out.add(uri);
            }
        });
        index.keySet().stream().filter(uri -> !store.containsKey(uri)).forEach(out::add);
        return out;
    }

    private static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchException("Interrupted while waiting for the search index", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r
                    ? r
                    : new SearchException("Search index work failed", e.getCause());
        }
    }

    /** Stops taking changes and waits for queued work; does not close the index. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            indexer.shutdown();
            try {
                if (!indexer.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    LOG.warn(
                            "Search indexing did not finish within {} s; the next start-up reconciles the index",
                            CLOSE_WAIT_SECONDS);
                    indexer.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                indexer.shutdownNow();
            }
        }
    }

    private record Snapshot(String fingerprint, List<IndexEntry> entries) {}
}
