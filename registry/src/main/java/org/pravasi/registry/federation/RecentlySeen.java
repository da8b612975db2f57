package org.pravasi.registry.federation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last {@code capacity} distinct values seen, the least recently seen forgotten first: what a check remembers to
 * skip work it did already, in memory bounded by a count whatever the size of the graph it reads. A value forgotten and
 * seen again is only worked on again.
 *
 * @param <T> the values
 */
final class RecentlySeen<T> {
    private final int capacity;
    private final LinkedHashMap<T, Boolean> seen;
    private int largest;

    /** Remembers at most {@code capacity} values; at least 1. */
    RecentlySeen(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
        this.seen = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<T, Boolean> eldest) {
                return size() > RecentlySeen.this.capacity;
            }
        };
    }

    /** Remembers {@code value}; returns whether it was not remembered already. */
    boolean add(T value) {
        boolean added = seen.put(value, Boolean.TRUE) == null;
        largest = Math.max(largest, seen.size());
        return added;
    }

    /** The most values remembered at once so far: never more than the capacity. */
    int largest() {
        return largest;
    }

    /** The most values remembered at once. */
    int capacity() {
        return capacity;
    }
}
