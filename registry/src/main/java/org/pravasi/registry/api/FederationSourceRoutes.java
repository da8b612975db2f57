package org.pravasi.registry.api;

import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pravasi.registry.catalog.DatasetGraphs;
import org.pravasi.registry.config.NodeConfig;
import org.pravasi.registry.ingest.DescriptorReader;
import org.pravasi.registry.publish.InstanceUris;
import org.pravasi.registry.store.Store;
import org.pravasi.registry.web.DownloadSlots;
import org.pravasi.registry.web.GrowingFileResponse;
import org.pravasi.registry.web.Json;
import org.pravasi.registry.web.ProblemException;
import org.pravasi.registry.web.SpooledDownload;

/**
 * What a node offers the portals that harvest it: {@code GET /api/node} (its declared base URI, threshold and
 * endpoints) and {@code GET /api/datasets/:org/:slug/graphs} (the dataset's graphs as N-Quads). Both public.
 */
public final class FederationSourceRoutes {
    /** Media type of the graphs answer. */
    public static final String NQUADS = "application/n-quads";
    /**
     * Graphs downloads in flight at once, node-wide: each holds a worker while it writes the dataset and a temporary
     * file until it is read; half the node's workers, so publishing always has the other half.
     */
    static final int NODE_WIDE = NodeRoutes.WORKERS / 2;
    /**
     * Graphs downloads in flight at once to one client (an address, or an IPv6 /64): a portal harvests one at a time.
     */
    static final int PER_CLIENT = 2;

    private final NodeConfig config;
    private final InstanceUris uris;
    private final DatasetGraphs graphs;
    private final SpooledDownload downloads;

    /** Creates the routes over the node's configuration, URIs and store. */
    public FederationSourceRoutes(NodeConfig config, InstanceUris uris, Store store, WorkerExecutor workers) {
        this(
                config,
                uris,
                store,
                workers,
                new DownloadSlots("dataset downloads", NODE_WIDE, PER_CLIENT),
                GrowingFileResponse.STALL);
    }

    /** As above, with other download bounds and stall time (tests). */
    FederationSourceRoutes(
            NodeConfig config,
            InstanceUris uris,
            Store store,
            WorkerExecutor workers,
            DownloadSlots slots,
            Duration stall) {
        this.config = config;
        this.uris = uris;
        this.graphs = new DatasetGraphs(store);
        this.downloads = new SpooledDownload(workers, slots, stall);
    }

    /** Adds the routes to {@code router}. */
    public void mount(Router router) {
        router.get("/api/node").handler(this::info);
        router.get("/api/datasets/:org/:slug/graphs").handler(this::graphs);
    }

    private void info(RoutingContext ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("baseUri", config.baseUri());
        body.put("catalog", uris.catalog().getURI());
        body.put("threshold", config.threshold());
        body.put("changes", "/api/changes?since=");
        body.put("graphs", "/api/datasets/{org}/{slug}/graphs");
        // the embedded Fuseki (when started) is the operator's loopback tool, not a public endpoint: never advertised
        Json.send(ctx, 200, body);
    }

    private void graphs(RoutingContext ctx) {
        String org = ctx.pathParam("org");
        String slug = ctx.pathParam("slug");
        if (!DescriptorReader.SLUG.matcher(org).matches()
                || !DescriptorReader.SLUG.matcher(slug).matches()) {
            throw new ProblemException(
                    400, "Bad dataset path", "Use /api/datasets/ORG/SLUG/graphs with lowercase slugs.");
        }
        String dataset = uris.dataset(org, slug).getURI();
        // Written to a temporary file at the disk's pace (a version graph can hold millions of quads, too many to
        // buffer, and a slow client must not hold a store transaction open), and sent as it grows; bounded before any
        // work, since each download holds a worker while it writes and its file until it is read.
        downloads.send(
                ctx,
                r -> r.putHeader("Content-Type", NQUADS + "; charset=utf-8")
                        // as the file was sent before: uncompressed, the portal's CPU being the scarcer
                        .putHeader("Content-Encoding", "identity"),
                out -> graphs.write(dataset, out),
                () -> new ProblemException(
                        404, "No such dataset", "This node has no dataset " + org + "/" + slug + "."));
    }
}
