package org.pravasi.portal.pages;

import gg.jte.Content;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pravasi.portal.linkeddata.Cube;
import org.pravasi.portal.linkeddata.UriSpace;

/**
 * The HTML view of {@code /id/dataset/{org}/{slug}}: metadata, licence, publisher, versions, provenance, a chart over
 * time, the observations, an example SPARQL query, downloads and schema.org JSON-LD.
 */
final class DatasetPage {
    /** Download formats: extension, label. */
    static final List<String[]> DOWNLOADS = List.of(
            new String[] {"csv", "CSV"},
            new String[] {"csv-metadata.json", "CSVW metadata"},
            new String[] {"json", "JSON"},
            new String[] {"ttl", "Turtle"},
            new String[] {"jsonld", "JSON-LD"},
            new String[] {"nt", "N-Triples"});

    private final Responder responder;
    private final DatasetReader reader;
    private final UriSpace space;

    DatasetPage(Responder responder, DatasetReader reader, UriSpace space) {
        this.responder = responder;
        this.reader = reader;
        this.space = space;
    }

    void handle(RoutingContext ctx) {
        Ui ui = responder.ui(ctx);
        String path = ctx.normalizedPath();
        Optional<String> uri = space.uriOf(path);
        if (uri.isEmpty()) {
            responder.notFound(ctx, ui);
            return;
        }
        responder.<Object>page(
                ctx,
                () -> reader.read(uri.get(), ui.lang())
                        .<Object>map(d -> d)
                        .or(() -> reader.withdrawn(uri.get(), ui.lang())),
                found -> found instanceof DatasetDetail d
                        ? render(ui, path, d)
                        : withdrawn(ui, (DatasetDetail.Withdrawn) found),
                found -> found instanceof DatasetDetail ? 200 : 410);
    }

    /**
     * The HTML view of {@code /id/dataset/{org}/{slug}/vN}: the dataset's tombstone (410) when it was withdrawn;
     * otherwise the version's own description, from the entity pages.
     */
    void version(RoutingContext ctx) {
        Optional<String> uri = space.uriOf("/id/dataset/" + ctx.pathParam("org") + "/" + ctx.pathParam("slug"));
        if (!ctx.pathParam("version").matches("v[0-9]+") || uri.isEmpty()) {
            ctx.next();
            return;
        }
        Ui ui = responder.ui(ctx);
        responder.pageOrNext(ctx, () -> reader.withdrawn(uri.get(), ui.lang()), w -> withdrawn(ui, w), 410);
    }

    private PageContent withdrawn(Ui ui, DatasetDetail.Withdrawn w) {
        return PageContent.of(
                w.summary().title(),
                "datasets",
                Templates.of("pages/withdrawn.jte", Map.of("ui", ui, "space", space, "w", w)));
    }

    private PageContent render(Ui ui, String path, DatasetDetail d) {
        // The JSON-LD is data in a script element: jte writes it as given, made safe there by Html.scriptJson.
        Content head =
                Templates.of("pages/datasetHead.jte", Map.of("d", d, "path", path, "jsonLd", DatasetJsonLd.json(d)));
        return new PageContent(
                d.summary().title(),
                "datasets",
                head,
                List.of("cite.js"),
                Templates.of("pages/dataset.jte", Map.of("ui", ui, "space", space, "path", path, "d", d)));
    }

    /** The first dimension that is neither area nor period (a category such as violation type), or -1. */
    static int categoryIndex(Cube cube) {
        for (int i = 0; i < cube.dimensions().size(); i++) {
            String u = cube.dimensions().get(i).uri();
            if (!DistrictFigures.AREA_ROLES.containsKey(u) && i != Totals.periodIndex(cube)) {
                return i;
            }
        }
        return -1;
    }
}
