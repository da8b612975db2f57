package org.pravasi.portal.linkeddata;

import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.catalog.DatasetRecord;
import org.pravasi.registry.catalog.VersionRef;
import org.pravasi.registry.store.Store;
import org.pravasi.registry.web.DownloadSlots;
import org.pravasi.registry.web.GrowingFileResponse;
import org.pravasi.registry.web.ProblemException;
import org.pravasi.registry.web.SpooledDownload;

/**
 * Downloads of a dataset's current version: {@code download.csv} (with {@code download.csv-metadata.json}),
 * {@code .json}, {@code .ttl}, {@code .jsonld} and {@code .nt} (the record and version graphs).
 */
final class Downloads {
    private static final String ROUTE =
            "/id/dataset/(?<org>[a-z0-9][a-z0-9-]*)/(?<slug>[a-z0-9][a-z0-9-]*)/download\\.(?<ext>csv|json|ttl|jsonld|nt|csv-metadata\\.json)";

    private final Store store;
    private final Describer describer;
    private final WorkerExecutor workers;
    private final CubeReader cubes;

    private final CatalogView catalogue;
    private final LargeVersions large;
    private final DownloadSlots slots;
    private final SpooledDownload spooled;

    Downloads(
            Store store,
            CatalogView catalogue,
            Describer describer,
            WorkerExecutor workers,
            DownloadSlots slots,
            LargeVersions large) {
        this.store = store;
        this.catalogue = catalogue;
        this.describer = describer;
        this.workers = workers;
        this.cubes = new CubeReader(store, catalogue);
        this.large = large;
        this.slots = slots;
        this.spooled = new SpooledDownload(workers, slots, GrowingFileResponse.STALL);
    }

    void mount(Router router) {
        router.getWithRegex(ROUTE).handler(this::download);
    }

    /** An answer: its bytes, or (CSV, JSON, as large as the version) what writes it to a spooled download. */
    private record Body(String contentType, byte[] bytes, SpooledDownload.Writer writer) {
        Body(String contentType, byte[] bytes) {
            this(contentType, bytes, null);
        }
    }

    private void download(RoutingContext ctx) {
        String org = ctx.pathParam("org");
        String slug = ctx.pathParam("slug");
        String ext = ctx.pathParam("ext");
        String datasetPath = "/id/dataset/" + org + "/" + slug;
        String datasetUri = describer.space().uriOf(datasetPath).orElseThrow();
        String lang = "hi".equals(ctx.request().getParam("lang")) ? "hi" : "en";
        Optional<RdfFormat> rdf = RdfFormat.byName(ext);
        if (rdf.isPresent()) {
            workers.<Optional<Node>>executeBlocking(
                            () -> catalogue
                                    .record(datasetUri)
                                    .flatMap(r -> r.current())
                                    .flatMap(v -> large.ifLarge(v.uri())),
                            false)
                    .onSuccess(version -> {
                        try {
                            if (version.isEmpty()) {
                                inMemory(ctx, org, slug, ext, datasetPath, datasetUri, lang);
                                return;
                            }
                            largeVersion(ctx, rdf.get(), datasetPath, version.get());
                        } catch (ProblemException e) {
                            ctx.fail(e);
                        }
                    })
                    .onFailure(ctx::fail);
            return;
        }
        inMemory(ctx, org, slug, ext, datasetPath, datasetUri, lang);
    }

    /**
     * Answers with the large version graph {@code version} of the dataset at {@code datasetPath}, its description
     * first, written as read from the store (for the download and the version's own URI alike).
     *
     * @throws ProblemException 413 for a format built whole in memory; 503 or 429 when the slots are taken
     */
    void largeVersion(RoutingContext ctx, RdfFormat format, String datasetPath, Node version) {
        large.refuseUnlessStreamed(format, version.getURI());
        spooled.send(
                ctx,
                r -> r.putHeader("Content-Type", format.contentType()).putHeader("Access-Control-Allow-Origin", "*"),
                out -> {
                    large.write(out, format, describer.describe(datasetPath), version);
                    return true;
                },
                () -> new ProblemException(404, "Not found", "Nothing is known about " + version.getURI() + "."));
    }

    /**
     * A download other than a large version's RDF: RDF of a version within {@link LargeVersions#IN_MEMORY_STATEMENTS}
     * and the CSVW metadata built in memory, the CSV and JSON written a chunk of rows at a time.
     */
    private void inMemory(
            RoutingContext ctx,
            String org,
            String slug,
            String ext,
            String datasetPath,
            String datasetUri,
            String lang) {
        DownloadSlots.Slot slot = slots.take(ctx);
        ctx.addEndHandler(done -> slot.release());
        workers.<Optional<Body>>executeBlocking(() -> body(datasetPath, datasetUri, ext, lang), false)
                .onSuccess(body -> {
                    if (body.isEmpty()) {
                        workers.<Boolean>executeBlocking(
                                        () -> describer
                                                .withdrawnDataset(datasetPath)
                                                .isPresent(),
                                        false)
                                .onSuccess(gone -> ctx.response()
                                        .setStatusCode(gone ? 410 : 404)
                                        .putHeader("Content-Type", "text/plain; charset=utf-8")
                                        .end(
                                                gone
                                                        ? "The publisher withdrew " + datasetUri
                                                                + "; its figures are no longer published (see the dataset page for the reason).\n"
                                                        : "No current version of " + datasetUri + " to download.\n"))
                                .onFailure(ctx::fail);
                        return;
                    }
                    Consumer<HttpServerResponse> head = r -> {
                        r.putHeader("Content-Type", body.get().contentType())
                                .putHeader("Access-Control-Allow-Origin", "*");
                        if (ext.equals("csv")) {
                            r.putHeader("Content-Disposition", "attachment; filename=\"" + org + "-" + slug + ".csv\"")
                                    .putHeader(
                                            "Link",
                                            "<download.csv-metadata.json" + ("hi".equals(lang) ? "?lang=hi" : "")
                                                    + ">; rel=\"describedby\"; type=\"application/csvm+json\"");
                        }
                    };
                    if (body.get().writer() != null) {
                        spooled.send(
                                ctx,
                                slot,
                                head,
                                body.get().writer(),
                                () -> new ProblemException(
                                        404, "No download", "No current version of " + datasetUri + "."));
                        return;
                    }
                    head.accept(ctx.response());
                    ctx.response().end(Buffer.buffer(body.get().bytes()));
                })
                .onFailure(ctx::fail);
    }

    private Optional<Body> body(String datasetPath, String datasetUri, String ext, String lang) {
        Optional<RdfFormat> rdf = RdfFormat.byName(ext);
        if (rdf.isPresent()) {
            Graph g = describer.describe(datasetPath);
            // The current version's name only: its observations come with its graph (reading the cube would be twice).
            Optional<VersionRef> current = catalogue.record(datasetUri).flatMap(DatasetRecord::current);
            if (g.isEmpty() || current.isEmpty()) {
                return Optional.empty();
            }
            describer
                    .describe(describer.space().pathOf(current.get().uri()).orElseThrow())
                    .find()
                    .forEachRemaining(g::add);
            return Optional.of(new Body(rdf.get().contentType(), RdfBodies.write(g, rdf.get())));
        }
        Optional<CubeReader.Outline> outline = cubes.currentOutline(datasetUri, lang);
        Optional<DownloadMeta> meta = DownloadMeta.read(store, catalogue, datasetUri);
        if (outline.isEmpty() || meta.isEmpty()) {
            return Optional.empty();
        }
        CubeReader.Outline o = outline.get();
        return Optional.of(
                switch (ext) {
                    case "csv" ->
                        new Body(
                                "text/csv; charset=utf-8; header=present",
                                null,
                                out -> rows(datasetUri, o, lang, rows -> {
                                    try (Writer w = utf8(out)) {
                                        CsvDownload.write(o.cube(), rows, w);
                                    }
                                }));
                    case "json" ->
                        new Body(
                                "application/json; charset=utf-8",
                                null,
                                out -> rows(datasetUri, o, lang, rows -> {
                                    try (Writer w = utf8(out)) {
                                        JsonDownload.write(o.cube(), rows, meta.get(), w);
                                    }
                                }));
                    default ->
                        new Body(
                                "application/csvm+json",
                                utf8(CsvwMetadata.write(
                                        o.cube(),
                                        o.values(),
                                        meta.get(),
                                        "hi".equals(lang) ? "download.csv?lang=hi" : "download.csv",
                                        lang)));
                });
    }

    /** What writes a download's rows, given where each row goes. */
    private interface RowsWriter {
        void write(Consumer<Consumer<Cube.Row>> rows) throws IOException;
    }

    /**
     * Writes the rows of {@code outline}'s version, as read one chunk at a time in one read transaction; false (nothing
     * to send) when that version is no longer the dataset's current one, as a download never mixes two versions.
     */
    private boolean rows(String datasetUri, CubeReader.Outline outline, String lang, RowsWriter writer) {
        String version = outline.shape().version().uri();
        return store.read(() -> {
            if (!catalogue
                    .currentVersion(datasetUri)
                    .map(v -> v.uri().equals(version))
                    .orElse(false)) {
                return false;
            }
            try {
                writer.write(each -> cubes.eachRow(outline, lang, each));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return true;
        });
    }

    private static Writer utf8(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
