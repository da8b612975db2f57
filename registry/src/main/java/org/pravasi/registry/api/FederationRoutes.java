package org.pravasi.registry.api;

import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import org.pravasi.registry.federation.Federation;
import org.pravasi.registry.keys.KeyStore;
import org.pravasi.registry.web.Json;
import org.pravasi.registry.web.ProblemException;
import org.pravasi.registry.web.Requests;

/**
 * {@code GET /api/peers} (public: each peer's status, last harvest and datasets held) and {@code POST /api/harvest}
 * (harvest every peer now). The trigger is for operators: it is accepted from loopback without proxy headers (a shell
 * on the portal's machine), or with any valid API key; anyone else gets 403. Triggers coalesce: a peer being harvested
 * is harvested once more afterwards, so repeated calls cannot flood the peers.
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
                .onSuccess(list -> Json.send(ctx, 200, Map.of("peers", list)))
                .onFailure(ctx::fail);
    }

    private void harvest(RoutingContext ctx) {
        if (!allowed(ctx)) {
            throw new ProblemException(
                    403,
                    "Harvest trigger not allowed",
                    "Trigger a harvest from the portal's own machine "
                            + "(curl -X POST http://127.0.0.1:PORT/api/harvest) or send an API key as 'Authorization: Bearer KEY'. "
                            + "Peers are harvested on schedule anyway.");
        }
        federation.trigger();
        workers.executeBlocking(federation::status, false)
                .onSuccess(list -> Json.send(ctx, 202, Map.of("status", "harvest started", "peers", list)))
                .onFailure(ctx::fail);
    }

    private boolean allowed(RoutingContext ctx) {
        var h = ctx.request().headers();
        boolean proxied = h.contains("X-Forwarded-For") || h.contains("Forwarded") || h.contains("X-Real-IP");
        // A page open in a browser on this machine can send a cross-site POST here without a preflight; the browser
        // then says so (Origin, Sec-Fetch-Site), and a tool on the machine such as curl sends neither.
        boolean fromBrowser = h.contains("Origin") || h.contains("Sec-Fetch-Site");
        var remote = ctx.request().remoteAddress();
        if (!proxied
                && !fromBrowser
                && remote != null
                && remote.hostAddress() != null
                && isLoopback(remote.hostAddress())) {
            return true;
        }
        return keys.authenticate(Requests.apiKey(ctx).orElse(null)).isPresent();
    }

    private static boolean isLoopback(String address) {
        return address.startsWith("127.") || address.equals("0:0:0:0:0:0:0:1") || address.equals("::1");
    }
}
