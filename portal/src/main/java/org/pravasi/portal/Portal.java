package org.pravasi.portal;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.pravasi.portal.apidocs.ApiDocsPage;
import org.pravasi.portal.apidocs.PortalApi;
import org.pravasi.portal.discovery.Discovery;
import org.pravasi.portal.explore.ExploreRoutes;
import org.pravasi.portal.federation.PeersPage;
import org.pravasi.portal.feeds.FeedRoutes;
import org.pravasi.portal.linkeddata.LinkedData;
import org.pravasi.portal.map.MapRoutes;
import org.pravasi.portal.map.MapService;
import org.pravasi.portal.pages.Pages;
import org.pravasi.portal.search.PortalSearch;
import org.pravasi.portal.security.WebSecurity;
import org.pravasi.portal.seed.DemoFolder;
import org.pravasi.portal.seed.DemoSeeder;
import org.pravasi.portal.sparql.SparqlEndpoint;
import org.pravasi.portal.web.Assets;
import org.pravasi.portal.web.HealthRoute;
import org.pravasi.portal.workspace.OrganisationTools;
import org.pravasi.portal.workspace.PublishFlow;
import org.pravasi.portal.workspace.Workspace;
import org.pravasi.registry.accounts.AccountStore;
import org.pravasi.registry.api.ApiDescription;
import org.pravasi.registry.api.ApiDescriptionRoutes;
import org.pravasi.registry.api.ApiEndpoint;
import org.pravasi.registry.api.FederationRoutes;
import org.pravasi.registry.api.NodeRoutes;
import org.pravasi.registry.api.ReadersFirstRoute;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.config.NodeConfig;
import org.pravasi.registry.config.RateLimits;
import org.pravasi.registry.federation.Federation;
import org.pravasi.registry.federation.ReadersFirst;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.web.ProblemHandler;
import org.pravasi.registry.web.ServerOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The portal: an embedded registry node and the public web server. The server listens at once; {@code /health} says
 * "ok" once the store is open, the demo data published (first start only) and the index built.
 */
public final class Portal implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Portal.class);

    private final RegistryNode node;
    private final Vertx vertx;
    private final HttpServer server;
    private final AtomicBoolean ready;
    private final PortalSearch search;
    private final Federation federation;
    private final Router router;

    private Portal(
            RegistryNode node,
            Vertx vertx,
            HttpServer server,
            AtomicBoolean ready,
            PortalSearch search,
            Federation federation,
            Router router) {
        this.node = node;
        this.vertx = vertx;
        this.server = server;
        this.ready = ready;
        this.search = search;
        this.federation = federation;
        this.router = router;
    }

    /** Starts the node and the web server; preparation (seeding, indexing) continues in the background. */
    public static Portal start(NodeConfig config) {
        return start(config, RateLimits.OFF);
    }

    /**
     * Starts the portal with rate limits on publishing and SPARQL (the command line applies
     * {@link RateLimits#DEFAULTS}).
     */
    public static Portal start(NodeConfig config, RateLimits limits) {
        RegistryNode node = RegistryNode.start(config);
        Vertx vertx = Vertx.vertx(new VertxOptions()
                .setMaxEventLoopExecuteTime(2)
                .setMaxEventLoopExecuteTimeUnit(java.util.concurrent.TimeUnit.SECONDS));
        try {
            WorkerExecutor workers = NodeRoutes.workers(vertx);
            AtomicBoolean ready = new AtomicBoolean();
            Router router = Router.router(vertx);
            // First, so that every request counts: harvests of peers pause while readers are in flight.
            ReadersFirst readers = ReadersFirst.create();
            new ReadersFirstRoute(readers).mount(router);
            WebSecurity.mount(router, limits, Workspace.RATE_LIMITED_FORMS);
            new HealthRoute(ready).mount(router);
            Assets.mount(router, workers);
            NodeRoutes.readShare(router, config);
            NodeRoutes.mount(router, node, workers);
            new SparqlEndpoint(
                            node.store(),
                            SparqlEndpoint.workers(vertx, config.queryTimeoutMs()),
                            config.queryTimeoutMs(),
                            config.resultCap(),
                            config.resultBytes(),
                            config.allowService(),
                            limits.sparqlPerIp() > 0 ? SparqlEndpoint.MAX_QUERIES_PER_CLIENT : 0)
                    .mount(router);
            // Feature routes: each feature package mounts its own routes here.
            CatalogView catalogue = CatalogView.over(node.store(), node.uris());
            PortalSearch search = PortalSearch.open(node.store(), catalogue, node.bus(), config.dataDir(), vertx)
                    .mount(router);
            new LinkedData(node.store(), catalogue, config.baseUri(), workers).mount(router);
            new Discovery(node.store(), catalogue, config.baseUri(), workers).mount(router);
            Federation federation = Federation.create(node, readers);
            new FederationRoutes(federation, node.keys(), workers).mount(router);
            Pages pages = new Pages(node.store(), catalogue, node.bus(), config, workers, search.index());
            MapService map = MapService.create(node.store(), node.bus(), config.threshold(), config.queryTimeoutMs());
            new MapRoutes(map, config.dataDir(), config.baseUri(), workers, pages).mount(router);
            new PeersPage(federation, workers, pages).mount(router);
            Workspace workspace = new Workspace(
                    AccountStore.open(config.dataDir()), node.keys(), catalogue, node.uris(), workers, pages);
            OrganisationTools tools = new OrganisationTools(workspace, node, catalogue, workers);
            tools.mountBodies(router);
            workspace.mount(router);
            tools.mount(router);
            new PublishFlow(workspace, node, workers, vertx).mount(router);
            ApiDescription api = PortalApi.description();
            new ApiDescriptionRoutes(api).mount(router);
            new ApiDocsPage(api, pages).mount(router);
            new FeedRoutes(node.store(), catalogue, config.baseUri(), workers, pages).mount(router);
            new ExploreRoutes(
                            node.store(),
                            catalogue,
                            search.index(),
                            config.baseUri(),
                            config.threshold(),
                            workers,
                            pages,
                            node.bus())
                    .mount(router);
            pages.mount(router);
            router.route().failureHandler(ProblemHandler.create(config.maxUploadBytes()));
            HttpServer server = NodeRoutes.connectionGuard(vertx, config)
                    .guard(vertx.createHttpServer(ServerOptions.listeningOn(config.host(), config.port())), router)
                    .listen()
                    .await();
            Portal portal = new Portal(node, vertx, server, ready, search, federation, router);
            workers.executeBlocking(
                            () -> {
                                portal.prepare();
                                return null;
                            },
                            false)
                    .onFailure(e -> LOG.error("Portal preparation failed; /health stays unavailable", e));
            return portal;
        } catch (RuntimeException e) {
            vertx.close();
            node.close();
            throw e;
        }
    }

    private void prepare() {
        DemoSeeder seeder = new DemoSeeder(
                new DemoSeeder.Publishing(node.organisations(), node.publisher(), node.stories()),
                node.store(),
                node.uris());
        if (!seeder.seeded()) {
            DemoFolder.locate(node.config().datasetsDir())
                    .ifPresentOrElse(
                            seeder::seed, () -> LOG.warn("No demo datasets found; starting with an empty catalogue"));
        }
        // Preparation steps of features (e.g. building the search index) go here, before the portal reports ready.
        search.prepare();
        federation.start();
        ready.set(true);
        LOG.info("Portal ready");
    }

    /** The port the portal listens on. */
    public int port() {
        return server.actualPort();
    }

    /** Whether the store and index are ready. */
    public boolean ready() {
        return ready.get();
    }

    /** The endpoints mounted under {@code /api}, as {@link ApiDescription#mounted} lists them. */
    public Set<ApiEndpoint> apiEndpoints() {
        return ApiDescription.mounted(router);
    }

    /** The embedded node. */
    public RegistryNode node() {
        return node;
    }

    /** Cuts harvests in flight, then stops the web server, Vert.x and the node (closing the store). */
    @Override
    public void close() {
        federation.close();
        server.close().await();
        vertx.close().await();
        search.close();
        node.close();
    }
}
