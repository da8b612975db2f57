package org.pravasi.portal.linkeddata;

import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.store.Store;
import org.pravasi.registry.web.DownloadSlots;
import org.pravasi.registry.web.ProblemException;

/**
 * Mounts the linked-data routes: RDF for entity URIs ({@code /id/...}, {@code /def}, {@code /code/...},
 * {@code /catalog}) when the client asks for it (HTML requests pass on to the pages), dataset downloads and the dump.
 */
public final class LinkedData {
    /** Dataset downloads and version answers in flight at once (each may hold tens of megabytes while built). */
    static final int DOWNLOADS_AT_ONCE = 3;
    /** The same, to one client. */
    static final int DOWNLOADS_PER_CLIENT = 2;

    private final Describer describer;
    private final Downloads downloads;
    private final DumpRoute dump;
    private final WorkerExecutor workers;
    private final LargeVersions large;
    private final DownloadSlots slots;

    /**
     * Creates the routes over the catalogue's read model and, for descriptions and the dump, the store; entity URIs lie
     * under {@code baseUri}; store work runs on {@code workers}.
     */
    public LinkedData(Store store, CatalogView catalogue, String baseUri, WorkerExecutor workers) {
        this.describer = new Describer(store, catalogue, new UriSpace(baseUri));
        // Answers about a dataset's data (downloads, a version's RDF) are built in memory or spooled to disk: a few at
        // once, whoever asks.
        this.slots = new DownloadSlots("dataset downloads", DOWNLOADS_AT_ONCE, DOWNLOADS_PER_CLIENT);
        this.large = new LargeVersions(store);
        this.downloads = new Downloads(store, catalogue, describer, workers, slots, large);
        this.dump = new DumpRoute(store, workers);
        this.workers = workers;
    }

    /** Adds downloads, the dump and content negotiation on entity URIs; mount before the HTML pages. */
    public void mount(Router router) {
        downloads.mount(router);
        dump.mount(router);
        router.get("/catalog").handler(this::negotiate);
        router.get("/def").handler(this::negotiate);
        router.get("/code/*").handler(this::negotiate);
        router.get("/id/*").handler(this::negotiate);
    }

    private void negotiate(RoutingContext ctx) {
        ctx.response().putHeader("Vary", "Accept");
        Conneg.Choice choice =
                Conneg.choose(ctx.request().getParam("format"), ctx.request().getHeader("Accept"));
        switch (choice) {
            case Conneg.Html html -> ctx.next();
            case Conneg.NotAcceptable none ->
                ctx.response()
                        .setStatusCode(406)
                        .putHeader("Content-Type", "text/plain; charset=utf-8")
                        .end("None of the requested types is available. This resource is served as text/html and as "
                                + Arrays.stream(RdfFormat.values())
                                        .map(RdfFormat::mediaType)
                                        .collect(Collectors.joining(", "))
                                + " (ask with Accept, or add ?format=ttl|jsonld|rdf|nt).\n");
            case Conneg.Rdf rdf -> serve(ctx, rdf.format());
        }
    }

    private void serve(RoutingContext ctx, RdfFormat format) {
        String path = ctx.normalizedPath();
        if (!LargeVersions.isVersionPath(path)) {
            answer(ctx, format, path);
            return;
        }
        // A version's graph holds its observations: bounded, and streamed or refused when large.
        workers.<Optional<Node>>executeBlocking(
                        () -> describer.space().uriOf(path).flatMap(large::ifLarge), false)
                .onSuccess(version -> {
                    try {
                        if (version.isEmpty()) {
                            DownloadSlots.Slot slot = slots.take(ctx);
                            ctx.addEndHandler(done -> slot.release());
                            answer(ctx, format, path);
                            return;
                        }
                        downloads.largeVersion(ctx, format, path.substring(0, path.lastIndexOf('/')), version.get());
                    } catch (ProblemException e) {
                        ctx.fail(e);
                    }
                })
                .onFailure(ctx::fail);
    }

    private void answer(RoutingContext ctx, RdfFormat format, String path) {
        workers.<Answer>executeBlocking(
                        () -> {
                            Graph g = describer.describe(path);
                            // A withdrawn dataset and its versions are gone: the record, with the reason, is the
                            // tombstone.
                            Optional<String> gone = describer.withdrawnDataset(path);
                            gone.flatMap(uri -> describer.space().pathOf(uri))
                                    .ifPresent(p -> describer.describe(p).find().forEachRemaining(g::add));
                            return g.isEmpty()
                                    ? null
                                    : new Answer(gone.isPresent() ? 410 : 200, RdfBodies.write(g, format));
                        },
                        false)
                .onSuccess(answer -> {
                    if (answer == null) {
                        ctx.response()
                                .setStatusCode(404)
                                .putHeader("Content-Type", "text/plain; charset=utf-8")
                                .end("Nothing is known about "
                                        + describer.space().uriOf(path).orElse(path) + " here.\n");
                        return;
                    }
                    ctx.response()
                            .setStatusCode(answer.status())
                            .putHeader("Content-Type", format.contentType())
                            .putHeader("Access-Control-Allow-Origin", "*")
                            .end(Buffer.buffer(answer.body()));
                })
                .onFailure(ctx::fail);
    }

    private record Answer(int status, byte[] body) {}
}
