package org.pravasi.portal.pages;

import gg.jte.Content;
import io.vertx.core.Handler;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;
import java.util.List;
import java.util.Map;
import org.pravasi.portal.linkeddata.Describer;
import org.pravasi.portal.linkeddata.UriSpace;
import org.pravasi.portal.search.SearchIndex;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.config.NodeConfig;
import org.pravasi.registry.events.ChangeBus;
import org.pravasi.registry.store.Store;

/**
 * The public pages, wired: {@code /static/*}, home, lists, entity pages (HTML for every entity URI the linked-data
 * routes pass on), search, about, the SPARQL query page and a 404 page. Mount after the linked-data routes and the
 * SPARQL endpoint.
 */
public final class Pages {
    /** How long browsers may keep the stylesheet and scripts. */
    public static final int STATIC_MAX_AGE_SECONDS = 3600;

    private final Messages messages;
    private final Responder responder;
    private final HomePage home;
    private final ListPages lists;
    private final DatasetPage dataset;
    private final OrganisationPage organisation;
    private final StoryPage story;
    private final DistrictPage district;
    private final EntityPage entity;
    private final SearchPage search;
    private final AboutPage about;
    private final SparqlPage sparql;
    private final CatalogView catalogue;

    /**
     * Creates the pages over the catalogue's read model and the store (for labels and descriptions); {@code bus}
     * announces changes, {@code config} gives the base URI and the suppression threshold; store and index work runs on
     * {@code workers}.
     */
    public Pages(
            Store store,
            CatalogView catalogue,
            ChangeBus bus,
            NodeConfig config,
            WorkerExecutor workers,
            SearchIndex index) {
        this.messages = Messages.load();
        this.catalogue = catalogue;
        this.responder = new Responder(workers, messages);
        UriSpace space = new UriSpace(config.baseUri());
        Catalogue lists = new Catalogue(store, catalogue);
        this.home = new HomePage(responder, lists, new Headlines(store, lists, bus, config.threshold()), space);
        this.lists = new ListPages(responder, lists, space);
        this.dataset = new DatasetPage(responder, new DatasetReader(store, catalogue, bus), space);
        this.organisation = new OrganisationPage(responder, store, lists, space);
        this.story = new StoryPage(
                responder, store, catalogue, space, new StoryBodies(Markdown::toSafeHtml, StoryBodies.MAX_CHARS));
        this.district = new DistrictPage(responder, store, lists, space, config.threshold());
        this.entity = new EntityPage(responder, store, catalogue, new Describer(store, catalogue, space));
        this.search = new SearchPage(responder, index, space);
        this.about = new AboutPage(responder, config.threshold());
        this.sparql = new SparqlPage(responder, SparqlExamples.load());
    }

    /** The interface texts, for other features that render through {@link Layout}. */
    public Messages messages() {
        return messages;
    }

    /**
     * The whole HTML document of {@code page} in the request's language, for features that render their own pages (call
     * on the event loop: choosing the language may set the cookie).
     */
    public String render(RoutingContext ctx, PageContent page) {
        return Layout.render(Ui.of(ctx, messages), page);
    }

    /**
     * The interface language of a request ({@code ?lang=}, the {@code lang} cookie, Accept-Language), for features with
     * texts of their own; remembers a {@code ?lang=} choice in the cookie (call on the event loop).
     */
    public String language(RoutingContext ctx) {
        return Language.of(ctx);
    }

    /**
     * The "Cite this" box of {@code datasetUri}'s current version in {@code lang}, citing {@code permalink} (the
     * dataset URI when empty), for features with pages of their own; nothing when the dataset has no current version.
     * Reads the store: call on a worker.
     */
    public Content citeBox(String datasetUri, String permalink, String lang) {
        return Citation.read(catalogue, datasetUri, permalink, lang)
                .<Content>map(c -> Templates.renderNow(
                        "pages/cite.jte",
                        Map.of("ui", new Ui(messages.in(lang), "", List.of()), "c", c, "id", "cite", "compact", false)))
                .orElse(PageContent.NONE);
    }

    /**
     * Adds the routes (security headers come from {@code portal.security.WebSecurity}, mounted first by the portal).
     */
    public void mount(Router router) {
        get(router, "/static/*", StaticHandler.create("webroot/static").setMaxAgeSeconds(STATIC_MAX_AGE_SECONDS));
        get(router, "/", home::handle);
        get(router, "/datasets", lists::datasets);
        get(router, "/catalog", lists::datasets);
        get(router, "/organisations", lists::organisations);
        get(router, "/stories", lists::stories);
        get(router, "/search", search::handle);
        get(router, "/about", about::handle);
        get(router, "/sparql", sparql::handle);
        get(router, SparqlPage.PREFIXES_PATH, sparql::prefixes);
        get(
                router,
                SparqlPage.WEBJAR_PATH + "*",
                StaticHandler.create(SparqlPage.WEBJAR_RESOURCES).setMaxAgeSeconds(STATIC_MAX_AGE_SECONDS));
        get(router, "/id/dataset/:org/:slug", dataset::handle);
        get(router, "/id/dataset/:org/:slug/:version", dataset::version);
        get(router, "/id/org/:org", organisation::handle);
        get(router, "/id/story/:org/:slug", story::handle);
        get(router, "/id/district/:code", district::handle);
        get(router, "/id/*", entity::handle);
        get(router, "/code/*", entity::handle);
        get(router, "/def", entity::handle);
        router.route().last().handler(this::notFound);
    }

    /** GET and HEAD (Vert.x leaves the body out of a HEAD answer). */
    private static void get(Router router, String path, Handler<RoutingContext> handler) {
        router.route(path).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(handler);
    }

    private void notFound(RoutingContext ctx) {
        String accept = String.valueOf(ctx.request().getHeader("Accept"));
        if (!(ctx.request().method() == HttpMethod.GET || ctx.request().method() == HttpMethod.HEAD)
                || !accept.contains("text/html")) {
            ctx.next();
            return;
        }
        responder.notFound(ctx, responder.ui(ctx));
    }
}
