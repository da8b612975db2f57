package org.pravasi.registry.api;

import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import java.util.Map;
import org.pravasi.registry.config.ConnectionLimits;
import org.pravasi.registry.config.NodeConfig;
import org.pravasi.registry.config.ReadShare;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.web.ClientShare;
import org.pravasi.registry.web.ConnectionGuard;
import org.pravasi.registry.web.Json;
import org.pravasi.registry.web.ProblemHandler;

/** Everything a registry node serves over HTTP, mountable on any router (the standalone node's, or the portal's). */
public final class NodeRoutes {
    /** Size of the worker pool that runs store and pipeline work. */
    public static final int WORKERS = 8;
    /** Longest a pool task may run before Vert.x warns: publishing a million rows takes minutes. */
    public static final long MAX_TASK_MINUTES = 30;

    private NodeRoutes() {}

    /** Creates the shared worker pool for node work. */
    public static WorkerExecutor workers(Vertx vertx) {
        return vertx.createSharedWorkerExecutor(
                "pravasi-node", WORKERS, MAX_TASK_MINUTES, java.util.concurrent.TimeUnit.MINUTES);
    }

    /** The guard of a server's connections with the limits of {@code config} ({@code --max-connections} and so on). */
    public static ConnectionGuard connectionGuard(Vertx vertx, NodeConfig config) {
        ConnectionLimits c = config.connections();
        return new ConnectionGuard(vertx, c.total(), c.perClient(), c.headTimeout(), c.drainTimeout());
    }

    /**
     * Mounts each client's share of reads ({@code --reads-per-client}) on {@code router}, if bounded: mount it after
     * what needs no worker (static assets, {@code /health}) and before the routes it shares out.
     */
    public static void readShare(Router router, NodeConfig config) {
        ReadShare reads = config.reads();
        if (reads.bounded()) {
            router.route().handler(new ClientShare(reads.running(), reads.waiting()));
        }
    }

    /** Mounts publishing, catalogue, change-feed and harvest-source routes. */
    public static void mount(Router router, RegistryNode node, WorkerExecutor workers) {
        new PublishRoutes(node.config(), node.keys(), node.publisher(), node.stories(), node.ontology(), workers)
                .mount(router);
        new CatalogRoutes(node.store(), workers).mount(router);
        new FederationSourceRoutes(node.config(), node.uris(), node.store(), workers).mount(router);
        new EarlierVersionRoutes(node.keys(), node.uris(), node.archive(), workers).mount(router);
        new WorkspaceRoutes(node.config(), node.keys(), node.workspace(), workers).mount(router);
    }

    /** A standalone node's router: node routes, {@code /health}, the API description, problem answers for failures. */
    public static Router standalone(Vertx vertx, RegistryNode node, WorkerExecutor workers) {
        return standalone(vertx, node, workers, org.pravasi.registry.config.RateLimits.OFF);
    }

    /** A standalone node's router with publishing rate limits. */
    public static Router standalone(
            Vertx vertx, RegistryNode node, WorkerExecutor workers, org.pravasi.registry.config.RateLimits limits) {
        Router router = Router.router(vertx);
        new RateLimiter(limits).mount(router);
        router.get("/health").handler(ctx -> Json.send(ctx, 200, Map.of("status", "ok")));
        readShare(router, node.config());
        mount(router, node, workers);
        new ApiDescriptionRoutes(ApiDescription.node()).mount(router);
        router.route().failureHandler(ProblemHandler.create(node.config().maxUploadBytes()));
        return router;
    }
}
