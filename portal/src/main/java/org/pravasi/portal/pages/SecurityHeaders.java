package org.pravasi.portal.pages;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Adds security headers to every response that does not set its own: a Content-Security-Policy without inline
 * scripts or styles, {@code nosniff}, a referrer policy, and framing by this site only, except under
 * {@code /embed/} (the embeddable map sets its own framing policy).
 */
public final class SecurityHeaders implements Handler<RoutingContext> {
    /** The policy of every page: only our own scripts, styles, images (and data: images) and connections. */
    public static final String CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";
    /** Pages under this path may be framed by other sites (the embeddable map). */
    public static final String EMBED_PREFIX = "/embed/";

    @Override
    public void handle(RoutingContext ctx) {
        boolean embed = ctx.normalizedPath().startsWith(EMBED_PREFIX);
        ctx.addHeadersEndHandler(v -> {
            MultiMap h = ctx.response().headers();
            putIfAbsent(h, "Content-Security-Policy", embed ? CSP : CSP + "; frame-ancestors 'self'");
            putIfAbsent(h, "X-Content-Type-Options", "nosniff");
            putIfAbsent(h, "Referrer-Policy", "strict-origin-when-cross-origin");
            if (!embed) {
                putIfAbsent(h, "X-Frame-Options", "SAMEORIGIN");
            }
        });
        ctx.next();
    }

    private static void putIfAbsent(MultiMap h, String name, String value) {
        if (!h.contains(name)) {
            h.set(name, value);
        }
    }
}
