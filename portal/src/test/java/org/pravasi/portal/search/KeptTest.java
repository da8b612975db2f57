package org.pravasi.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeptTest {

    @Test
    void computesAValueOnceAndKeepsIt() {
        Kept<String, String> kept = new Kept<>(4);
        AtomicInteger computed = new AtomicInteger();
        Kept.Compute<String, RuntimeException> compute = () -> {
            computed.incrementAndGet();
            return "A";
        };
        assertEquals("A", kept.get("a", compute));
        assertEquals("A", kept.get("a", compute));
        assertEquals(1, computed.get());
    }

    @Test
    void dropsTheLeastRecentlyUsedKeyFirst() {
        Kept<Integer, Integer> kept = new Kept<>(2);
        kept.get(1, () -> 1);
        kept.get(2, () -> 2);
        kept.get(1, () -> -1);
        kept.get(3, () -> 3);
        assertEquals(Optional.of(1), kept.peek(1), "used last but one");
        assertEquals(Optional.empty(), kept.peek(2), "least recently used");
        assertEquals(Optional.of(3), kept.peek(3));
    }

    @Test
    void aKeyUsedOftenSurvivesABurstOfKeysUsedOnce() {
        Kept<String, String> kept = new Kept<>(4);
        for (int i = 0; i < 4; i++) {
            String warm = "warm-" + i;
            kept.get(warm, () -> warm);
        }
        for (int i = 0; i < 10; i++) {
            kept.get("popular", () -> "P");
        }
        for (int i = 0; i < 20; i++) {
            String once = "once-" + i;
            kept.get(once, () -> once);
        }
        assertEquals(Optional.of("P"), kept.peek("popular"), "a crawler's one-off searches do not evict a popular one");
    }

    @Test
    void keepsNoMoreThanItsCapacity() {
        Kept<Integer, Integer> kept = new Kept<>(3);
        for (int i = 0; i < 50; i++) {
            int key = i;
            kept.get(key, () -> key);
        }
        long present =
                IntStream.range(0, 50).filter(i -> kept.peek(i).isPresent()).count();
        assertTrue(present <= 3, present + " keys kept");
    }

    @Test
    void peekNeverComputesAndPutReplaces() {
        Kept<String, String> kept = new Kept<>(2);
        assertEquals(Optional.empty(), kept.peek("a"));
        kept.put("a", "first");
        kept.put("a", "second");
        assertEquals(Optional.of("second"), kept.peek("a"));
    }

    @Test
    void threadsComputingTheSameKeyAtOnceAllGetTheFirstValueKept() throws Exception {
        Kept<String, Object> kept = new Kept<>(2);
        CountDownLatch together = new CountDownLatch(4);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(() -> kept.get("k", () -> {
                    together.countDown();
                    together.await();
                    return new Object();
                })));
            }
            Object first = futures.getFirst().get();
            for (Future<Object> f : futures) {
                assertSame(first, f.get(), "one value object per key");
            }
            assertTrue(kept.peek("k").isPresent());
            assertSame(first, kept.peek("k").orElseThrow());
        } finally {
            pool.shutdownNow();
        }
    }
}
