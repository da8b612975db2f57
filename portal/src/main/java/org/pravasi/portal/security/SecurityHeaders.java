package org.pravasi.portal.security;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Default security headers on every response, each added only if the response has not set its own (so a feature's
 * stricter or looser page policy wins): a Content-Security-Policy without inline scripts, {@code nosniff}, a referrer
 * policy, and framing denied except for the embeddable pages under {@code /embed/}.
 */
public final class SecurityHeaders implements Handler<RoutingContext> {
    /** The default policy: only this origin's scripts, styles, images (and data: images) and connections. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
    /** Pages under this path may be framed by other sites. */
    public static final String EMBED_PREFIX = "/embed/";

    @Override
    public void handle(RoutingContext ctx) {
        boolean embed = ctx.normalizedPath().startsWith(EMBED_PREFIX);
        ctx.addHeadersEndHandler(v -> {
            MultiMap h = ctx.response().headers();
            putIfAbsent(
                    h, "Content-Security-Policy", CSP + (embed ? "; frame-ancestors *" : "; frame-ancestors 'none'"));
            putIfAbsent(h, "X-Content-Type-Options", "nosniff");
            putIfAbsent(h, "Referrer-Policy", "strict-origin-when-cross-origin");
            putIfAbsent(h, "Cross-Origin-Opener-Policy", "same-origin");
            if (!embed) {
                putIfAbsent(h, "X-Frame-Options", "DENY");
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
