package org.pravasi.registry.api;

import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pravasi.registry.catalog.DatasetGraphs;
import org.pravasi.registry.config.NodeConfig;
import org.pravasi.registry.ingest.DescriptorReader;
import org.pravasi.registry.publish.InstanceUris;
import org.pravasi.registry.store.Store;
import org.pravasi.registry.web.Json;
import org.pravasi.registry.web.ProblemException;

/**
 * What a node offers the portals that harvest it: {@code GET /api/node} (its declared base URI, threshold and
 * endpoints) and {@code GET /api/datasets/:org/:slug/graphs} (the dataset's graphs as N-Quads). Both public.
 */
public final class FederationSourceRoutes {
    /** Media type of the graphs answer. */
    public static final String NQUADS = "application/n-quads";

    private final NodeConfig config;
    private final InstanceUris uris;
    private final WorkerExecutor workers;
    private final DatasetGraphs graphs;

    /** Creates the routes over the node's configuration, URIs and store. */
    public FederationSourceRoutes(NodeConfig config, InstanceUris uris, Store store, WorkerExecutor workers) {
        this.config = config;
        this.uris = uris;
        this.workers = workers;
        this.graphs = new DatasetGraphs(store);
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
        // Written to a temporary file first: a version graph can hold millions of quads, too many to buffer.
        workers.<Path>executeBlocking(
                        () -> {
                            Path tmp = Files.createTempFile("pravasi-graphs", ".nq");
                            try (OutputStream out = Files.newOutputStream(tmp)) {
                                if (!graphs.write(dataset, out)) {
                                    Files.delete(tmp);
                                    return null;
                                }
                            } catch (IOException | RuntimeException e) {
                                Files.deleteIfExists(tmp);
                                throw e;
                            }
                            return tmp;
                        },
                        false)
                .onSuccess(file -> {
                    if (file == null) {
                        ctx.fail(new ProblemException(
                                404, "No such dataset", "This node has no dataset " + org + "/" + slug + "."));
                        return;
                    }
                    ctx.response()
                            .putHeader("Content-Type", NQUADS + "; charset=utf-8")
                            .sendFile(file.toString())
                            .onComplete(r -> delete(file));
                })
                .onFailure(ctx::fail);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
