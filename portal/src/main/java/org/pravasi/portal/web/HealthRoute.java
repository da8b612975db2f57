package org.pravasi.portal.web;

import io.vertx.ext.web.Router;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.pravasi.registry.web.Json;

/** {@code GET /health}: 200 {@code {"status":"ok"}} when ready, 503 {@code {"status":"starting"}} before. */
public final class HealthRoute {
    private final AtomicBoolean ready;

    /** Creates the route over the readiness flag. */
    public HealthRoute(AtomicBoolean ready) {
        this.ready = ready;
    }

    /** Adds the route. */
    public void mount(Router router) {
        router.get("/health").handler(ctx -> {
            if (ready.get()) {
                Json.send(ctx, 200, Map.of("status", "ok"));
            } else {
                ctx.response().putHeader("Retry-After", "1");
                Json.send(ctx, 503, Map.of("status", "starting"));
            }
        });
    }
}
