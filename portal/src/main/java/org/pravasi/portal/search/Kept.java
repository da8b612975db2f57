package org.pravasi.portal.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;

/**
 * The values of at most {@code capacity} keys, on a Caffeine cache (keys used often outlive keys used once);
 * thread-safe. A value is computed outside the cache, so a slow index read never blocks other keys, and two threads
 * asking for a new key at once may both compute it; the first value kept is the one both get, so a key has one value
 * object for as long as it is kept.
 *
 * @param <K> key
 * @param <V> value
 */
final class Kept<K, V> {
    private final Cache<K, V> values;

    Kept(int capacity) {
        this.values = Caffeine.newBuilder()
                .maximumSize(capacity)
                .executor(Runnable::run)
                .build();
    }

    /** The value kept for {@code key}, or the one {@code compute} gives, then kept. */
    <E extends Exception> V get(K key, Compute<V, E> compute) throws E {
        V known = values.getIfPresent(key);
        if (known != null) {
            return known;
        }
        V computed = compute.get();
        V first = values.asMap().putIfAbsent(key, computed);
        return first != null ? first : computed;
    }

    /** The value kept for {@code key}, if any, without computing one: cheap enough for an event loop. */
    Optional<V> peek(K key) {
        return Optional.ofNullable(values.getIfPresent(key));
    }

    /** Keeps {@code value} for {@code key}, replacing what was kept. */
    void put(K key, V value) {
        values.put(key, value);
    }

    /** Computes a value; may fail with {@code E} (I/O for an index read, nothing checked for pure computation). */
    @FunctionalInterface
    interface Compute<V, E extends Exception> {
        /** The value. */
        V get() throws E;
    }
}
