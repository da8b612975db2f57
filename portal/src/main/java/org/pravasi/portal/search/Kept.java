package org.pravasi.portal.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The values of the last {@code capacity} keys used, the least recently used dropped first; thread-safe. A value is
 * computed outside the lock, so two threads asking for a new key at once may both compute it; the first value kept
 * is the one both get, so a key has one value object for as long as it is kept.
 *
 * @param <K> key
 * @param <V> value
 */
final class Kept<K, V> {
    private final Map<K, V> values;

    Kept(int capacity) {
        this.values = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value kept for {@code key}, or the one {@code compute} gives, then kept. */
    <E extends Exception> V get(K key, Compute<V, E> compute) throws E {
        synchronized (values) {
            V known = values.get(key);
            if (known != null) {
                return known;
            }
        }
        V computed = compute.get();
        synchronized (values) {
            V first = values.putIfAbsent(key, computed);
            return first != null ? first : computed;
        }
    }

    /** The value kept for {@code key}, if any, without computing one: cheap enough for an event loop. */
    Optional<V> peek(K key) {
        synchronized (values) {
            return Optional.ofNullable(values.get(key));
        }
    }

    /** Keeps {@code value} for {@code key}, replacing what was kept. */
    void put(K key, V value) {
        synchronized (values) {
            values.put(key, value);
        }
    }

    /** Computes a value; may fail with {@code E} (I/O for an index read, nothing checked for pure computation). */
    @FunctionalInterface
    interface Compute<V, E extends Exception> {
        /** The value. */
        V get() throws E;
    }
}
