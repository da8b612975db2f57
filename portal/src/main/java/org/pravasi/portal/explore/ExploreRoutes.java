package org.pravasi.portal.explore;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.pravasi.portal.linkeddata.UriSpace;
import org.pravasi.portal.pages.Html;
import org.pravasi.portal.pages.PageContent;
import org.pravasi.portal.pages.Pages;
import org.pravasi.portal.pages.Templates;
import org.pravasi.portal.pages.Texts;
import org.pravasi.portal.pages.Ui;
import org.pravasi.portal.search.SearchIndex;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.events.ChangeBus;
import org.pravasi.registry.store.Store;
import org.pravasi.registry.web.Json;
import org.pravasi.registry.web.ProblemException;

/**
 * The explorer, wired: {@code GET /explore/{org}/{slug}} (HTML: form, table, chart, map, downloads, citation) and
 * {@code GET /api/data/{org}/{slug}} (JSON; {@code format=csv} for the CSV, {@code format=csvw} for its CSVW metadata).
 * Both take the same filter parameters. Store work runs on {@code workers}.
 */
public final class ExploreRoutes {
    /** Parameters that shape the answer, not the selection, left out of permalinks where they do not belong. */
    static final List<String> PRESENTATION = List.of("lang", "format", "view");

    private final ExploreReader reader;
    private final UriSpace space;
    private final WorkerExecutor workers;
    private final Pages pages;

    /** Characters of rendered API bodies kept at most (JSON, CSV, CSVW of kept selections). */
    static final long KEPT_BODY_CHARS = 16_000_000;

    private final Cache<BodyKey, String> bodies = Caffeine.newBuilder()
            .maximumWeight(KEPT_BODY_CHARS)
            .weigher((BodyKey k, String b) -> b.length())
            .executor(Runnable::run)
            .build();

    /**
     * Creates the feature over the catalogue's read model ({@code store} only for read transactions) and the search
     * index (for place names); {@code threshold} is the node's disclosure threshold k; computed selections are kept
     * until {@code changes} announces any change.
     */
    public ExploreRoutes(
            Store store,
            CatalogView catalogue,
            SearchIndex index,
            String baseUri,
            int threshold,
            WorkerExecutor workers,
            Pages pages,
            ChangeBus changes) {
        this.reader = new ExploreReader(store, catalogue, index, threshold, changes);
        this.space = new UriSpace(baseUri);
        this.workers = workers;
        this.pages = pages;
    }

    /** Adds the routes. */
    public void mount(Router router) {
        router.route("/explore/:org/:slug")
                .method(HttpMethod.GET)
                .method(HttpMethod.HEAD)
                .handler(this::page);
        router.route("/api/data/:org/:slug")
                .method(HttpMethod.GET)
                .method(HttpMethod.HEAD)
                .handler(this::api);
    }

    private Optional<String> datasetUri(RoutingContext ctx) {
        return space.uriOf("/id/dataset/" + ctx.pathParam("org") + "/" + ctx.pathParam("slug"));
    }

    /** The request's parameters in the order given (so a permalink reads as it was asked), less lang and format. */
    private static Map<String, List<String>> params(RoutingContext ctx) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : ctx.queryParams().entries()) {
            if (!e.getKey().equals("lang") && !e.getKey().equals("format")) {
                out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
            }
        }
        return out;
    }

    private void api(RoutingContext ctx) {
        Optional<String> uri = datasetUri(ctx);
        String format = Optional.ofNullable(ctx.queryParams().get("format")).orElse("json");
        if (!List.of("json", "csv", "csvw").contains(format)) {
            throw new ProblemException(
                    400, "Bad format", "format must be json, csv or csvw (the CSV's CSVW metadata); got " + format);
        }
        if (uri.isEmpty()) {
            throw new ProblemException(404, "No such dataset", "No dataset at " + ctx.normalizedPath() + ".");
        }
        Map<String, List<String>> params = params(ctx);
        params.remove("view");
        String lang = pages.language(ctx);
        Texts texts = pages.messages().in(lang);
        String page = origin(ctx) + "/explore/" + ctx.pathParam("org") + "/" + ctx.pathParam("slug")
                + ExplorePage.query(params, PRESENTATION);
        String csvPath = ctx.normalizedPath() + csvQuery(params);
        workers.executeBlocking(
                        () -> reader.read(uri.get(), params, lang, page)
                                .map(e -> body(e, format, lang, texts, csvPath)),
                        false)
                .onSuccess(found -> {
                    if (found.isEmpty()) {
                        ctx.fail(new ProblemException(
                                404,
                                "No such dataset",
                                "No current dataset at " + ctx.normalizedPath()
                                        + ": see /datasets for the datasets published here."));
                        return;
                    }
                    String body = found.get();
                    String slug = ctx.pathParam("slug");
                    ctx.response().putHeader("Vary", "Accept-Language, Cookie").putHeader("Cache-Control", "no-cache");
                    switch (format) {
                        case "csv" ->
                            ctx.response()
                                    .putHeader("Content-Type", "text/csv; charset=utf-8; header=present")
                                    .putHeader(
                                            "Content-Disposition",
                                            "attachment; filename=\"" + slug + "-selection.csv\"")
                                    .putHeader(
                                            "Link",
                                            "<" + csvPath.replace("format=csv", "format=csvw")
                                                    + ">; rel=\"describedby\"; type=\"application/csvm+json\"")
                                    .end(body);
                        case "csvw" ->
                            ctx.response()
                                    .putHeader("Content-Type", "application/csvm+json; charset=utf-8")
                                    .end(body);
                        default ->
                            ctx.response()
                                    .putHeader("Content-Type", Json.CONTENT_TYPE)
                                    .end(body);
                    }
                })
                .onFailure(err -> ctx.fail(
                        err instanceof BadSelection b
                                ? new ProblemException(400, "Bad selection", b.getMessage())
                                        .with("parameter", b.parameter())
                                : err));
    }

    /** The CSV's own query string: the selection and {@code format=csv}. */
    private static String csvQuery(Map<String, List<String>> params) {
        String q = ExplorePage.query(params, PRESENTATION);
        return (q.isEmpty() ? "?" : q + "&") + "format=csv";
    }

    private void page(RoutingContext ctx) {
        Ui ui = Ui.of(ctx, pages.messages());
        Optional<String> uri = datasetUri(ctx);
        if (uri.isEmpty()) {
            ctx.next();
            return;
        }
        Map<String, List<String>> params = params(ctx);
        String view = Optional.ofNullable(ctx.queryParams().get("view"))
                .filter(ExplorePage.VIEWS::contains)
                .orElse("table");
        String path = "/explore/" + ctx.pathParam("org") + "/" + ctx.pathParam("slug");
        String query = ExplorePage.query(params, PRESENTATION);
        String permalink = origin(ctx) + path + (query.isEmpty() ? "?" : query + "&") + "view=" + view;
        workers.executeBlocking(() -> render(ui, uri.get(), params, path, query, view, permalink), false)
                .onSuccess(found -> {
                    if (found.isEmpty()) {
                        ctx.next();
                        return;
                    }
                    String html = pages.render(ctx, found.get().content());
                    ctx.response()
                            .setStatusCode(found.get().status())
                            .putHeader("Content-Type", "text/html; charset=utf-8")
                            .putHeader("Vary", "Accept, Cookie, Accept-Language")
                            .putHeader("Cache-Control", "no-cache")
                            .end(html);
                })
                .onFailure(ctx::fail);
    }

    /**
     * The body of {@code e} in {@code format}, rendered once per kept selection: the reader hands out the same object
     * for a selection asked again, so its rendering is kept by that object (identity), format, language and CSV path.
     */
    private String body(Exploration e, String format, String lang, Texts texts, String csvPath) {
        return bodies.get(new BodyKey(e, format, lang, csvPath), k -> switch (format) {
            case "csv" -> ExploreCsv.write(e, texts);
            case "csvw" -> ExploreCsv.metadata(e, csvPath, texts);
            default -> ExploreJson.write(e, texts);
        });
    }

    /** A rendered body's key: the selection by identity (records compare every cell), and how it was rendered. */
    private record BodyKey(Exploration selection, String format, String lang, String csvPath) {
        @Override
        public boolean equals(Object o) {
            return o instanceof BodyKey k
                    && k.selection == selection
                    && k.format.equals(format)
                    && k.lang.equals(lang)
                    && k.csvPath.equals(csvPath);
        }

        @Override
        public int hashCode() {
            return Objects.hash(System.identityHashCode(selection), format, lang, csvPath);
        }
    }

    /** A rendered page and its status. */
    private record Rendered(PageContent content, int status) {}

    private Optional<Rendered> render(
            Ui ui,
            String datasetUri,
            Map<String, List<String>> params,
            String path,
            String query,
            String view,
            String permalink) {
        Optional<Exploration> found;
        Optional<String> error = Optional.empty();
        try {
            found = reader.read(datasetUri, params, ui.lang(), permalink);
        } catch (BadSelection b) {
            error = Optional.of(b.getMessage());
            found = reader.read(datasetUri, Map.of(), ui.lang(), permalink, false);
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Exploration e = found.get();
        String[] map = map(e, ui);
        ExplorePage model = new ExplorePage(
                ui,
                e,
                path,
                space.href(datasetUri),
                query,
                view,
                error,
                ExploreChart.of(e, ui.texts()),
                map[0],
                map[1]);
        PageContent content = new PageContent(
                ui.f("explore.title", e.title()),
                "datasets",
                PageContent.NONE,
                List.of("explore.js", "cite.js"),
                Templates.of("explore/page.jte", Map.of("p", model)));
        return Optional.of(new Rendered(content, error.isPresent() ? 400 : 200));
    }

    /** The map of the selection ({@code /embed/map}), or why there is none: {src, note key}. */
    private static String[] map(Exploration e, Ui ui) {
        int area = -1;
        for (int i = 0; i < e.columns().size(); i++) {
            if (e.columns().get(i).role().equals("area")) {
                area = i;
            }
        }
        if (area < 0
                || e.cells().isEmpty()
                || !e.cells().get(0).keys().get(area).uri().contains("/id/district/")) {
            return new String[] {"", "explore.map.notDistricts"};
        }
        if (e.span().isPresent()
                && e.dataSpan().isPresent()
                && e.span().get() != e.dataSpan().get()) {
            return new String[] {"", "explore.map.rolledUp"};
        }
        StringBuilder src = new StringBuilder("/embed/map?dataset=").append(Html.url(e.datasetUri()));
        e.selection().period().ifPresent(p -> src.append("&period=").append(Html.url(p)));
        e.selection()
                .codes()
                .forEach((param, values) -> values.forEach(
                        v -> src.append('&').append(Html.url(param)).append('=').append(Html.url(v))));
        src.append("&lang=").append(ui.lang());
        return new String[] {src.toString(), ""};
    }

    private static String origin(RoutingContext ctx) {
        try {
            URI uri = URI.create(ctx.request().absoluteURI());
            return uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (RuntimeException e) {
            return "";
        }
    }
}
