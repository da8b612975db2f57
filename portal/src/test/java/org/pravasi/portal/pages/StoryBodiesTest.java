package org.pravasi.portal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Story bodies: rendered once per body, within a budget of characters")
class StoryBodiesTest {
    @Test
    void aBodyViewedManyTimesIsRenderedOnce() {
        AtomicInteger renders = new AtomicInteger();
        StoryBodies bodies = new StoryBodies(
                body -> {
                    renders.incrementAndGet();
                    return Markdown.toSafeHtml(body);
                },
                StoryBodies.MAX_CHARS);
        String body = "`a ".repeat(80_000);

        for (int i = 0; i < 50; i++) {
            assertTrue(bodies.html(body).startsWith("<p>"));
        }

        assertEquals(1, renders.get());
    }

    @Test
    void theRenderedBodiesKeptStayWithinTheBudget() {
        AtomicInteger renders = new AtomicInteger();
        StoryBodies bodies = new StoryBodies(
                body -> {
                    renders.incrementAndGet();
                    return body;
                },
                10_000);

        for (int i = 0; i < 20; i++) {
            bodies.html(i + "x".repeat(3_000));
        }
        bodies.html(0 + "x".repeat(3_000));

        // 20 bodies of 6,000 characters with their HTML cannot all stay: the first is rendered again.
        assertEquals(21, renders.get());
    }
}
