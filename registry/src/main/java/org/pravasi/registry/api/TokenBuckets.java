package org.pravasi.registry.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Bucket4j token buckets by name (an IP, a key's hash): each holds up to {@code perMinute} tokens and refills at
 * {@code perMinute} per minute. A bucket idle for a minute is full again, so it is dropped then: the table holds only
 * the clients of the last minute.
 */
final class TokenBuckets {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    /** Clients remembered at most (a few tens of MB of buckets); past it the least used are forgotten. */
    static final long MAX_CLIENTS = 100_000;

    private final Bandwidth limit;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(MINUTE)
            .maximumSize(MAX_CLIENTS)
            .build();

    TokenBuckets(int perMinute) {
        this.limit = Bandwidth.builder()
                .capacity(perMinute)
                .refillGreedy(perMinute, MINUTE)
                .build();
    }

    /** Takes a token for {@code name}: 0 if granted, otherwise the whole seconds until one is available. */
    long take(String name) {
        Bucket bucket = buckets.get(name, n -> Bucket.builder().addLimit(limit).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return 0;
        }
        long nanos = probe.getNanosToWaitForRefill();
        return Math.max(1, (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
    }
}
