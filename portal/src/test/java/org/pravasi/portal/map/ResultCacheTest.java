package org.pravasi.portal.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ResultCacheTest {

    @Test
    void computesAResultOnceAndKeepsIt() {
        ResultCache<String> cache = new ResultCache<>(4);
        AtomicInteger computed = new AtomicInteger();
        cache.get("k", () -> "v" + computed.incrementAndGet());
        assertEquals("v1", cache.get("k", () -> "v" + computed.incrementAndGet()));
        assertEquals(Optional.of("v1"), cache.get("k"));
    }

    @Test
    void clearForgetsEveryResult() {
        ResultCache<String> cache = new ResultCache<>(4);
        cache.get("a", () -> "A");
        cache.get("b", () -> "B");
        cache.clear();
        assertEquals(Optional.empty(), cache.get("a"));
        assertEquals(Optional.empty(), cache.get("b"));
    }

    @Test
    void aResultComputedWhileTheStoreChangedIsReturnedButNotKept() {
        ResultCache<String> cache = new ResultCache<>(4);
        String answered = cache.get("k", () -> {
            cache.clear();
            return "before the publish";
        });
        assertEquals("before the publish", answered);
        assertEquals(Optional.empty(), cache.get("k"), "no answer from before a publish survives it");
        assertEquals("after", cache.get("k", () -> "after"));
        assertEquals(Optional.of("after"), cache.get("k"));
    }

    @Test
    void keepsNoMoreThanItsBound() {
        ResultCache<Integer> cache = new ResultCache<>(3);
        for (int i = 0; i < 50; i++) {
            int key = i;
            cache.get(Integer.toString(key), () -> key);
        }
        long kept = IntStream.range(0, 50)
                .filter(i -> cache.get(Integer.toString(i)).isPresent())
                .count();
        assertTrue(kept <= 3, kept + " results kept");
    }
}
