package org.pravasi.registry.api;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets by name (an IP, a key's hash): each holds up to {@code perMinute} tokens and refills at
 * {@code perMinute} per minute. Full, idle buckets are dropped when the table grows, so its size stays bounded.
 */
final class TokenBuckets {
    private static final int MAX_ENTRIES = 10_000;
    private final double capacity;
    private final double perNano;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBuckets(int perMinute) {
        this.capacity = perMinute;
        this.perNano = perMinute / 60e9;
    }

    /** Takes a token for {@code name}: 0 if granted, otherwise the whole seconds until one is available. */
    long take(String name) {
        long now = System.nanoTime();
        if (buckets.size() > MAX_ENTRIES) {
            buckets.values().removeIf(b -> b.level(now) >= capacity);
        }
        return buckets.computeIfAbsent(name, n -> new Bucket(capacity, now)).take(now);
    }

    private final class Bucket {
        private double tokens;
        private long stamp;

        Bucket(double tokens, long stamp) {
            this.tokens = tokens;
            this.stamp = stamp;
        }

        synchronized double level(long now) {
            return Math.min(capacity, tokens + (now - stamp) * perNano);
        }

        synchronized long take(long now) {
            tokens = level(now);
            stamp = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
        }
    }
}
