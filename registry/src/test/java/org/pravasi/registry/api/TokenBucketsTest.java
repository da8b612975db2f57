package org.pravasi.registry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    @Test
    void grantsPerMinuteRequestsAtOnceThenRefuses() {
        TokenBuckets buckets = new TokenBuckets(3);
        assertEquals(0, buckets.take("10.0.0.1"));
        assertEquals(0, buckets.take("10.0.0.1"));
        assertEquals(0, buckets.take("10.0.0.1"));
        assertTrue(buckets.take("10.0.0.1") > 0, "the fourth request in a minute is refused");
    }

    @Test
    void refusalSaysTheWholeSecondsUntilTheNextToken() {
        TokenBuckets buckets = new TokenBuckets(2);
        buckets.take("k");
        buckets.take("k");
        long retryAfter = buckets.take("k");
        assertTrue(retryAfter >= 29 && retryAfter <= 30, "one token every 30 s, got " + retryAfter);
    }

    @Test
    void retryAfterIsAtLeastOneSecond() {
        TokenBuckets buckets = new TokenBuckets(6000);
        for (int i = 0; i < 6000; i++) {
            buckets.take("k");
        }
        long retryAfter = buckets.take("k");
        assertTrue(retryAfter == 0 || retryAfter == 1, "a token every 10 ms rounds up to 1 s, got " + retryAfter);
    }

    @Test
    void eachNameHasItsOwnBucket() {
        TokenBuckets buckets = new TokenBuckets(1);
        assertEquals(0, buckets.take("a"));
        assertTrue(buckets.take("a") > 0);
        assertEquals(0, buckets.take("b"), "another client is not held back by the first");
    }
}
