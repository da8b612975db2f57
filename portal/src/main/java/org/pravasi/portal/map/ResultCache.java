package org.pravasi.portal.map;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A small least-recently-used cache that is emptied on every change to the store. A result computed while a
 * change was committed is not kept (its generation is stale), so no answer from before a publish survives it.
 */
final class ResultCache<V> {
    /** Default number of entries kept. */
    static final int DEFAULT_MAX_ENTRIES = 256;

    private final int maxEntries;
    private final Map<String, V> entries;
    private long generation;

    ResultCache(int maxEntries) {
        this.maxEntries = maxEntries;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > ResultCache.this.maxEntries;
            }
        };
    }

    /** The cached value, if any. */
    synchronized Optional<V> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** The cached value, or computes it (outside the lock) and keeps it unless the store changed meanwhile. */
    V get(String key, Supplier<V> compute) {
        long seen;
        synchronized (this) {
            V hit = entries.get(key);
            if (hit != null) {
                return hit;
            }
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
        entries.clear();
    }
}
