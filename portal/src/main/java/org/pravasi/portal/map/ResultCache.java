package org.pravasi.portal.map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A bounded Caffeine cache that is emptied on every change to the store. A result computed while a change was committed
 * is not kept (its generation is stale), so no answer from before a publish survives it.
 */
final class ResultCache<V> {
    /** Default number of entries kept. */
    static final int DEFAULT_MAX_ENTRIES = 256;

    private final Cache<String, V> entries;
    /** Guarded by {@code this}, with every put, so a clear cannot fall between the check and the put. */
    private long generation;

    ResultCache(int maxEntries) {
        this.entries = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .executor(Runnable::run)
                .build();
    }

    /** The cached value, if any. */
    Optional<V> get(String key) {
        return Optional.ofNullable(entries.getIfPresent(key));
    }

    /** The cached value, or computes it (outside any lock) and keeps it unless the store changed meanwhile. */
    V get(String key, Supplier<V> compute) {
        V hit = entries.getIfPresent(key);
        if (hit != null) {
            return hit;
        }
        long seen;
        synchronized (this) {
            seen = generation;
        }
        V value = compute.get();
        synchronized (this) {
            if (generation == seen) {
                entries.put(key, value);
            }
        }
        return value;
    }

    /** Forgets everything. */
    synchronized void clear() {
        generation++;
        entries.invalidateAll();
    }
}
