package org.pravasi.portal.linkeddata;

import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.OutputStream;
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
import org.pravasi.registry.web.ProblemException;
import org.pravasi.registry.web.SpooledDownload;

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

    /** Bytes the compressor buffers. */
    private static final int GZIP_BUFFER = 64 * 1024;

    private final Store store;
    private final SpooledDownload downloads;

    DumpRoute(Store store, WorkerExecutor workers) {
        this(store, workers, new DownloadSlots("dumps", NODE_WIDE, PER_CLIENT), GrowingFileResponse.STALL);
    }

    /** With other bounds and stall time (tests). */
    DumpRoute(Store store, WorkerExecutor workers, DownloadSlots slots, Duration stall) {
        this.store = store;
        this.downloads = new SpooledDownload(workers, slots, stall);
    }

    void mount(Router router) {
        router.get(PATH).handler(this::dump);
    }

    private void dump(RoutingContext ctx) {
        downloads.send(
                ctx,
                r -> r.putHeader("Content-Type", "application/gzip")
                        .putHeader("Content-Disposition", "attachment; filename=\"pravasi-dump.nq.gz\"")
                        .putHeader("Access-Control-Allow-Origin", "*")
                        // already gzip: the server's own compression would only spend CPU
                        .putHeader("Content-Encoding", "identity"),
                this::write,
                () -> new ProblemException(500, "No dump", "The store could not be read; try again later."));
    }

    private boolean write(OutputStream file) throws IOException {
        try (OutputStream gz = new GZIPOutputStream(file, GZIP_BUFFER)) {
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
        }
        return true;
    }
}
