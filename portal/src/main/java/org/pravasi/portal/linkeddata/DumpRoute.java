package org.pravasi.portal.linkeddata;

import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.pravasi.registry.store.Store;
import org.pravasi.registry.web.DownloadSlots;
import org.pravasi.registry.web.GrowingFileResponse;
import org.pravasi.registry.web.Requests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /dump.nq.gz}: every named graph of the store (all current data) as gzipped N-Quads. Written to a temporary
 * file at the disk's pace in one read transaction and sent as the file grows ({@link GrowingFileResponse}), so that a
 * client reading slowly never holds a store transaction: an open reader holds up a compaction's switch to the new
 * generation, and with it every new reader. At most {@value #NODE_WIDE} dumps are in flight, one per client.
 */
final class DumpRoute {
    /** The path of the dump. */
    static final String PATH = "/dump.nq.gz";
    /** Dumps in flight at once: each is the whole store, on a worker and on disk until read. */
    static final int NODE_WIDE = 2;
    /** Dumps in flight at once to one client. */
    static final int PER_CLIENT = 1;

    private static final Logger LOG = LoggerFactory.getLogger(DumpRoute.class);
    /** Bytes the compressor buffers. */
    private static final int GZIP_BUFFER = 64 * 1024;

    private final Store store;
    private final WorkerExecutor workers;
    private final DownloadSlots slots;
    private final Duration stall;

    DumpRoute(Store store, WorkerExecutor workers) {
        this(store, workers, new DownloadSlots("dumps", NODE_WIDE, PER_CLIENT), GrowingFileResponse.STALL);
    }

    /** With other bounds and stall time (tests). */
    DumpRoute(Store store, WorkerExecutor workers, DownloadSlots slots, Duration stall) {
        this.store = store;
        this.workers = workers;
        this.slots = slots;
        this.stall = stall;
    }

    void mount(Router router) {
        router.get(PATH).handler(this::dump);
    }

    private void dump(RoutingContext ctx) {
        DownloadSlots.Slot slot = slots.take(Requests.client(ctx));
        ctx.vertx()
                .fileSystem()
                .createTempFile("pravasi-dump", ".nq.gz")
                .onFailure(e -> {
                    slot.release();
                    ctx.fail(e);
                })
                .onSuccess(tmp -> {
                    GrowingFileResponse out = new GrowingFileResponse(
                            ctx.vertx(),
                            ctx.vertx().getOrCreateContext(),
                            ctx.response(),
                            Path.of(tmp),
                            r -> r.putHeader("Content-Type", "application/gzip")
                                    .putHeader("Content-Disposition", "attachment; filename=\"pravasi-dump.nq.gz\"")
                                    .putHeader("Access-Control-Allow-Origin", "*")
                                    // already gzip: the server's own compression would only spend CPU
                                    .putHeader("Content-Encoding", "identity"),
                            stall,
                            slot::release);
                    workers.<Void>executeBlocking(
                                    () -> {
                                        write(out);
                                        return null;
                                    },
                                    false)
                            .onSuccess(v -> out.finished())
                            .onFailure(e -> {
                                LOG.warn("The dump stopped early: {}", e.getMessage());
                                out.failed(() -> ctx.fail(e));
                            });
                });
    }

    private void write(GrowingFileResponse out) {
        try (OutputStream gz = new GZIPOutputStream(out.output(), GZIP_BUFFER)) {
            store.read(() -> {
                StreamRDF rdf = StreamRDFWriter.getWriterStream(gz, RDFFormat.NQUADS);
                rdf.start();
                store.dataset().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    if (!q.isDefaultGraph() && !Quad.isUnionGraph(q.getGraph())) {
                        rdf.quad(q);
                    }
                });
                rdf.finish();
                return null;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
