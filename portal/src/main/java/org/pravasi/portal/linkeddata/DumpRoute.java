package org.pravasi.portal.linkeddata;

import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.pravasi.registry.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /dump.nq.gz}: every named graph of the store (all current data) as gzipped N-Quads, streamed. */
final class DumpRoute {
    /** The path of the dump. */
    static final String PATH = "/dump.nq.gz";

    private static final Logger LOG = LoggerFactory.getLogger(DumpRoute.class);

    private final Store store;
    private final WorkerExecutor workers;

    DumpRoute(Store store, WorkerExecutor workers) {
        this.store = store;
        this.workers = workers;
    }

    void mount(Router router) {
        router.get(PATH).handler(this::dump);
    }

    private void dump(RoutingContext ctx) {
        ctx.response()
                .putHeader("Content-Type", "application/gzip")
                .putHeader("Content-Disposition", "attachment; filename=\"pravasi-dump.nq.gz\"")
                .putHeader("Access-Control-Allow-Origin", "*");
        ResponseStream body = new ResponseStream(ctx.response());
        workers.executeBlocking(
                        () -> {
                            write(body);
                            return null;
                        },
                        false)
                .onFailure(e -> {
                    LOG.warn("The dump stopped early: {}", e.getMessage());
                    ctx.response().reset();
                });
    }

    private void write(ResponseStream body) {
        try (OutputStream gz = new GZIPOutputStream(body, ResponseStream.CHUNK)) {
            store.read(() -> {
                StreamRDF out = StreamRDFWriter.getWriterStream(gz, RDFFormat.NQUADS);
                out.start();
                store.dataset().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    if (!q.isDefaultGraph() && !Quad.isUnionGraph(q.getGraph())) {
                        out.quad(q);
                    }
                });
                out.finish();
                return null;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
