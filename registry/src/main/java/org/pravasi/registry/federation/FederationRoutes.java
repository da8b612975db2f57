package org.pravasi.registry.federation;

import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import org.pravasi.registry.api.Problems;
import org.pravasi.registry.keys.KeyStore;

/**
 * {@code GET /api/peers} (public: each peer's status, last harvest and datasets held) and {@code POST /api/harvest}
 * (harvest every peer now). The trigger is for operators: it is accepted from loopback without proxy headers (a
 * shell on the portal's machine), or with any valid API key; anyone else gets 403. Triggers coalesce: a peer being
 * harvested is harvested once more afterwards, so repeated calls cannot flood the peers.
 */
public final class FederationRoutes {
    private final Federation federation;
    private final KeyStore keys;
    private final WorkerExecutor workers;

    /** Creates the routes; {@code keys} are the node's API keys. */
    public FederationRoutes(Federation federation, KeyStore keys, WorkerExecutor workers) {
        this.federation = federation;
        this.keys = keys;
        this.workers = workers;
    }

    /** Adds the routes to {@code router}. */
    public void mount(Router router) {
        router.get("/api/peers").handler(this::peers);
        router.post("/api/harvest").handler(this::harvest);
    }

    private void peers(RoutingContext ctx) {
        workers.executeBlocking(federation::status, false)
                .onSuccess(list -> Problems.json(ctx, 200, Map.of("peers", list)))
                .onFailure(ctx::fail);
    }

    private void harvest(RoutingContext ctx) {
        if (!allowed(ctx)) {
            Problems.send(ctx, 403, "Harvest trigger not allowed", "Trigger a harvest from the portal's own machine "
                    + "(curl -X POST http://127.0.0.1:PORT/api/harvest) or send an API key as 'Authorization: Bearer KEY'. "
                    + "Peers are harvested on schedule anyway.");
            return;
        }
        federation.trigger();
        workers.executeBlocking(federation::status, false)
                .onSuccess(list -> Problems.json(ctx, 202, Map.of("status", "harvest started", "peers", list)))
                .onFailure(ctx::fail);
    }

    private boolean allowed(RoutingContext ctx) {
        var h = ctx.request().headers();
        boolean proxied = h.contains("X-Forwarded-For") || h.contains("Forwarded") || h.contains("X-Real-IP");
        var remote = ctx.request().remoteAddress();
        if (!proxied && remote != null && remote.hostAddress() != null && isLoopback(remote.hostAddress())) {
            return true;
        }
        String auth = h.get("Authorization");
        String key = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7) : h.get("X-API-Key");
        return keys.authenticate(key).isPresent();
    }

    private static boolean isLoopback(String address) {
        return address.startsWith("127.") || address.equals("0:0:0:0:0:0:0:1") || address.equals("::1");
    }
}
