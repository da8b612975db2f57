package org.pravasi.portal.feeds;

import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.regex.Pattern;
import org.pravasi.ontology.PravasiUris;
import org.pravasi.portal.linkeddata.UriSpace;
import org.pravasi.portal.pages.Pages;
import org.pravasi.portal.pages.Texts;
import org.pravasi.portal.web.Revalidated;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.store.Store;
import org.pravasi.registry.web.ProblemException;

/**
 * The Atom feeds: {@code GET /feeds/all} (every dataset and story), {@code GET /feeds/organisation/:org} (one
 * publisher's) and {@code GET /feeds/district/:lgd} (datasets covering a district and stories about it), newest first,
 * in the language of {@code ?lang=} (English by default).
 */
public final class FeedRoutes {
    /** The site-wide feed. */
    public static final String ALL = "/feeds/all";
    /** The prefix of an organisation's feed, followed by its slug. */
    public static final String ORGANISATION = "/feeds/organisation/";
    /** The prefix of a district's feed, followed by its LGD code. */
    public static final String DISTRICT = "/feeds/district/";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern LGD = Pattern.compile("[0-9]{1,6}");

    private final FeedReader reader;
    private final UriSpace space;
    private final WorkerExecutor workers;
    private final Pages pages;

    /** Creates the feature over the catalogue's read model ({@code store} only for read transactions). */
    public FeedRoutes(Store store, CatalogView catalogue, String baseUri, WorkerExecutor workers, Pages pages) {
        this.space = new UriSpace(baseUri);
        this.reader = new FeedReader(store, catalogue, space);
        this.workers = workers;
        this.pages = pages;
    }

    /** Adds the routes. */
    public void mount(Router router) {
        router.route(ALL).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(ctx -> serve(ctx, site()));
        router.route(ORGANISATION + ":org")
                .method(HttpMethod.GET)
                .method(HttpMethod.HEAD)
                .handler(ctx -> serve(ctx, organisation(ctx.pathParam("org"))));
        router.route(DISTRICT + ":lgd")
                .method(HttpMethod.GET)
                .method(HttpMethod.HEAD)
                .handler(ctx -> serve(ctx, district(ctx.pathParam("lgd"))));
    }

    private static FeedScope site() {
        return new FeedScope("all", "", ALL, "/");
    }

    private FeedScope organisation(String slug) {
        if (!SLUG.matcher(slug).matches()) {
            throw notFound("organisation", slug);
        }
        String uri = space.uriOf("/id/org/" + slug).orElseThrow(() -> notFound("organisation", slug));
        return new FeedScope("organisation", uri, ORGANISATION + slug, "/id/org/" + slug);
    }

    private static FeedScope district(String lgd) {
        if (!LGD.matcher(lgd).matches()) {
            throw notFound("district", lgd);
        }
        return new FeedScope("district", PravasiUris.district(lgd), DISTRICT + lgd, "/id/district/" + lgd);
    }

    private static ProblemException notFound(String kind, String value) {
        return new ProblemException(
                404,
                "No such " + kind,
                "There is no " + kind + " '" + value + "' to follow: " + ALL
                        + " follows every dataset and story; organisation and district pages link to their own feeds.");
    }

    private void serve(RoutingContext ctx, FeedScope scope) {
        String lang = pages.language(ctx);
        Texts texts = pages.messages().in(lang);
        // Links under the node's base URI, where its pages are served (as in the sitemap), never the request's Host:
        // the feed is cached publicly, and a cache that keys it without the Host would serve an attacker's links.
        String origin = space.instanceBase().substring(0, space.instanceBase().length() - 1);
        workers.executeBlocking(
                        () -> {
                            if (!reader.exists(scope, lang)) {
                                return null;
                            }
                            String title = switch (scope.kind()) {
                                case "organisation", "district" -> texts.f("feed.titleOf", reader.name(scope, lang));
                                default -> texts.t("feed.title");
                            };
                            String query = "en".equals(lang) ? "" : "?lang=" + lang;
                            AtomWriter.Head head = new AtomWriter.Head(
                                    space.instanceBase() + scope.path().substring(1) + query,
                                    title,
                                    lang,
                                    origin + scope.path() + query,
                                    origin + scope.page() + query,
                                    texts.t("site.name"));
                            return AtomWriter.write(head, reader.entries(scope, lang), origin);
                        },
                        false)
                .onSuccess(feed -> {
                    if (feed == null) {
                        ctx.fail(notFound(
                                scope.kind(),
                                scope.path().substring(scope.path().lastIndexOf('/') + 1)));
                        return;
                    }
                    ctx.response().putHeader("Vary", "Accept-Language, Cookie");
                    Revalidated.send(ctx, AtomWriter.MEDIA_TYPE + ";charset=utf-8", feed);
                })
                .onFailure(ctx::fail);
    }
}
