package org.pravasi.portal.map;

import io.vertx.ext.web.RoutingContext;

/** The Content-Security-Policy of the map pages: own scripts and styles only; the embed may be framed by anyone. */
final class SecurityHeaders {
    /** The policy without its {@code frame-ancestors} part. */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    private SecurityHeaders() {
    }

    /** Sets the policy when the headers are written, so a header set earlier by another handler cannot undo it. */
    static void apply(RoutingContext ctx, boolean embed) {
        ctx.addHeadersEndHandler(v -> {
            var headers = ctx.response().headers();
            headers.set("Content-Security-Policy", POLICY + "; frame-ancestors " + (embed ? "*" : "'self'"));
            headers.set("X-Content-Type-Options", "nosniff");
            if (embed) {
                headers.remove("X-Frame-Options");
            } else {
                headers.set("X-Frame-Options", "SAMEORIGIN");
            }
        });
    }
}
