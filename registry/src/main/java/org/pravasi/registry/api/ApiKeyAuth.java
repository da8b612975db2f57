package org.pravasi.registry.api;

import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import org.pravasi.registry.keys.KeyStore;

/** Finds the organisation of the API key sent as {@code Authorization: Bearer KEY} or {@code X-API-Key: KEY}. */
final class ApiKeyAuth {
    private final KeyStore keys;

    ApiKeyAuth(KeyStore keys) {
        this.keys = keys;
    }

    /** The key's organisation; otherwise answers 401 and returns empty. */
    Optional<String> require(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        String key = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7) : ctx.request().getHeader("X-API-Key");
        Optional<String> org = keys.authenticate(key);
        if (org.isEmpty()) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"pravasi\"");
            Problems.send(ctx, 401, "API key required", key == null
                    ? "Publishing needs your organisation's API key: send it as 'Authorization: Bearer KEY'. Ask the node operator for one (pravasi-registry keys create)."
                    : "The API key is not valid or has been revoked. Ask the node operator for a new one.");
        }
        return org;
    }
}
