package org.pravasi.portal.workspace;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.pravasi.registry.workspace.Preview;
import org.pravasi.registry.workspace.ReadProgress;
import org.pravasi.registry.workspace.UploadLimits;

/**
 * The drafts' previews, each computed once at a time (callers asking for a draft whose preview is being computed wait
 * for that computation), on a pool of {@link #THREADS} named threads, and the latest of each kept within a budget of
 * cells: a preview holds its upload's rows as text, up to 150 MB for one at the upload limit, so a count of previews
 * does not bound the memory they hold.
 */
final class Previews {
    /** Cells kept over all cached previews: one upload at the cell limit, about 150 MB. */
    static final long MAX_CACHED_CELLS = UploadLimits.DEFAULT_MAX_CELLS;
    /** Most previews kept, however small: each weighs at least its share of the budget. */
    static final int CACHED_PREVIEWS = 8;
    /** Previews computed at once, over all organisations: each may hold an upload at the cell limit while it runs. */
    static final int THREADS = 2;

    private final long minWeight;
    private final Cache<String, Cached> cache;
    private final Map<String, Flight> flights = new HashMap<>();
    private final ExecutorService pool;

    /** Previews kept within {@code maxCells} cells, computed on {@code threads} threads. */
    Previews(long maxCells, int threads) {
        this.minWeight = Math.max(1, maxCells / CACHED_PREVIEWS);
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxCells)
                .weigher((String id, Cached c) -> c.weight())
                // Evict at once, on the caller's thread: the budget holds when put returns.
                .executor(Runnable::run)
                .build();
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "workspace-preview-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The preview of draft {@code id} for choices {@code key}: the one kept, the one being computed, or a new
     * computation by {@code compute} on the pool. Never blocks.
     */
    synchronized CompletableFuture<Preview> preview(String id, String key, Function<ReadProgress, Preview> compute) {
        Optional<Preview> kept = known(id, key);
        if (kept.isPresent()) {
            return CompletableFuture.completedFuture(kept.get());
        }
        Flight running = flights.get(id);
        if (running != null && running.key().equals(key)) {
            return running.future();
        }
        Flight f = new Flight(key, new CompletableFuture<>(), new AtomicLong());
        flights.put(id, f);
        pool.execute(() -> run(id, f, compute));
        return f.future();
    }

    private void run(String id, Flight f, Function<ReadProgress, Preview> compute) {
        try {
            Preview p = compute.apply(f.rows()::set);
            synchronized (this) {
                // Not kept when the draft was forgotten (deleted or published) while its preview was computed.
                if (flights.get(id) == f) {
                    cache.put(id, new Cached(f.key(), p, (int)
                            Math.min(Integer.MAX_VALUE, Math.max(minWeight, cells(p)))));
                }
            }
            f.future().complete(p);
        } catch (RuntimeException | Error e) {
            f.future().completeExceptionally(e);
        } finally {
            synchronized (this) {
                flights.remove(id, f);
            }
        }
    }

    /** The preview kept for draft {@code id} with choices {@code key}, if any. */
    synchronized Optional<Preview> known(String id, String key) {
        Cached c = cache.getIfPresent(id);
        return c != null && c.key().equals(key) ? Optional.of(c.preview()) : Optional.empty();
    }

    /** Rows read so far, while draft {@code id} is being read. */
    synchronized Optional<Long> rowsRead(String id) {
        return Optional.ofNullable(flights.get(id)).map(f -> f.rows().get());
    }

    /** Forgets draft {@code id}'s preview, and the one being computed, which is then not kept. */
    synchronized void forget(String id) {
        flights.remove(id);
        cache.invalidate(id);
    }

    /** The cells of the previews kept (each counted at least at its share of the budget). */
    long cellsHeld() {
        return cache.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }

    /**
     * The cells a preview holds: its data rows, as wide as the header, as the upload's cell limit counts them (the
     * header row aside), so that an upload at the limit is kept within a budget of that limit.
     */
    static long cells(Preview p) {
        return p.table().map(t -> (long) t.rows().size() * t.headers().size()).orElse(0L);
    }

    private record Cached(String key, Preview preview, int weight) {}

    private record Flight(String key, CompletableFuture<Preview> future, AtomicLong rows) {}
}
