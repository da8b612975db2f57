package org.pravasi.portal.linkeddata;

import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.store.Store;

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

    Downloads(Store store, CatalogView catalogue, Describer describer, WorkerExecutor workers) {
        this.store = store;
        this.catalogue = catalogue;
        this.describer = describer;
        this.workers = workers;
        this.cubes = new CubeReader(store, catalogue);
    }

    void mount(Router router) {
        router.getWithRegex(ROUTE).handler(this::download);
    }

    private record Body(String contentType, byte[] bytes) {}

    private void download(RoutingContext ctx) {
        String org = ctx.pathParam("org");
        String slug = ctx.pathParam("slug");
        String ext = ctx.pathParam("ext");
        String datasetPath = "/id/dataset/" + org + "/" + slug;
        String datasetUri = describer.space().uriOf(datasetPath).orElseThrow();
        String lang = "hi".equals(ctx.request().getParam("lang")) ? "hi" : "en";
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
                    ctx.response()
                            .putHeader("Content-Type", body.get().contentType())
                            .putHeader("Access-Control-Allow-Origin", "*");
                    if (ext.equals("csv")) {
                        ctx.response()
                                .putHeader(
                                        "Content-Disposition", "attachment; filename=\"" + org + "-" + slug + ".csv\"")
                                .putHeader(
                                        "Link",
                                        "<download.csv-metadata.json" + ("hi".equals(lang) ? "?lang=hi" : "")
                                                + ">; rel=\"describedby\"; type=\"application/csvm+json\"");
                    }
                    ctx.response().end(Buffer.buffer(body.get().bytes()));
                })
                .onFailure(ctx::fail);
    }

    private Optional<Body> body(String datasetPath, String datasetUri, String ext, String lang) {
        Optional<RdfFormat> rdf = RdfFormat.byName(ext);
        if (rdf.isPresent()) {
            Graph g = describer.describe(datasetPath);
            Optional<Cube> cube = cubes.current(datasetUri, lang);
            if (g.isEmpty() || cube.isEmpty()) {
                return Optional.empty();
            }
            describer
                    .describe(describer.space().pathOf(cube.get().versionUri()).orElseThrow())
                    .find()
                    .forEachRemaining(g::add);
            return Optional.of(new Body(rdf.get().contentType(), RdfBodies.write(g, rdf.get())));
        }
        Optional<Cube> cube = cubes.current(datasetUri, lang);
        Optional<DownloadMeta> meta = DownloadMeta.read(store, catalogue, datasetUri);
        if (cube.isEmpty() || meta.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                switch (ext) {
                    case "csv" -> {
                        StringBuilder sb = new StringBuilder();
                        CsvDownload.write(cube.get(), sb);
                        yield new Body("text/csv; charset=utf-8; header=present", utf8(sb.toString()));
                    }
                    case "json" ->
                        new Body("application/json; charset=utf-8", utf8(JsonDownload.write(cube.get(), meta.get())));
                    default ->
                        new Body(
                                "application/csvm+json",
                                utf8(CsvwMetadata.write(
                                        cube.get(),
                                        meta.get(),
                                        "hi".equals(lang) ? "download.csv?lang=hi" : "download.csv",
                                        lang)));
                });
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
