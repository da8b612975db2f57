package org.pravasi.portal.pages;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.UnaryOperator;

/**
 * Story bodies as safe HTML ({@link Markdown#toSafeHtml}), rendered once per distinct body and kept within a budget of
 * characters (bodies and their HTML together). Rendering a 256 KiB body of backticks takes commonmark and the sanitiser
 * most of a second; done on the event loop at each view, a few anonymous views a second stalled every page. The story
 * page asks here from its worker, never from the event loop.
 */
final class StoryBodies {
    /** Characters of bodies and their HTML kept: a few dozen of the longest stories, every ordinary one. */
    static final long MAX_CHARS = 16L * 1024 * 1024;

    private final UnaryOperator<String> render;
    private final Cache<String, String> rendered;

    /** Bodies rendered by {@code render}, at most {@code maxChars} characters of them and their HTML kept. */
    StoryBodies(UnaryOperator<String> render, long maxChars) {
        this.render = render;
        this.rendered = Caffeine.newBuilder()
                .maximumWeight(maxChars)
                .weigher((String body, String html) -> body.length() + html.length())
                .executor(Runnable::run)
                .build();
    }

    /** The safe HTML of the Markdown {@code body}; call from a worker, not the event loop. */
    String html(String body) {
        return rendered.get(body, render);
    }
}
