package org.pravasi.portal.discovery;

import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.pravasi.portal.linkeddata.UriSpace;
import org.pravasi.portal.web.Revalidated;
import org.pravasi.registry.catalog.CatalogView;
import org.pravasi.registry.store.Store;

/**
 * Serves {@code /robots.txt} and {@code /sitemap.xml}. Page URLs are written under the node's base URI, where its pages
 * are published.
 */
public final class Discovery {
    /**
     * Paths crawlers are asked to leave alone: SPARQL queries (the editor page itself is allowed), the API, the dump,
     * search results and the map's data.
     */
    static final List<String> DISALLOWED = List.of("/sparql?", "/api/", "/dump.nq.gz", "/search?", "/embed/");

    /** The most URLs one sitemap file may hold (sitemaps.org); a larger catalogue needs a sitemap index. */
    static final int MAX_URLS = 50_000;

    private final SitemapEntries entries;
    private final String base;
    private final WorkerExecutor workers;

    /** Creates the routes over the catalogue's read model; store reads run on {@code workers}. */
    public Discovery(Store store, CatalogView catalogue, String baseUri, WorkerExecutor workers) {
        UriSpace space = new UriSpace(baseUri);
        this.entries = new SitemapEntries(store, catalogue, space);
        this.base = baseUri;
        this.workers = workers;
    }

    /** Adds {@code GET /robots.txt} and {@code GET /sitemap.xml}. */
    public void mount(Router router) {
        router.route("/robots.txt")
                .method(HttpMethod.GET)
                .method(HttpMethod.HEAD)
                .handler(this::robots);
        router.route("/sitemap.xml")
                .method(HttpMethod.GET)
                .method(HttpMethod.HEAD)
                .handler(this::sitemap);
    }

    private void robots(RoutingContext ctx) {
        StringBuilder out = new StringBuilder("User-agent: *\nAllow: /\n");
        DISALLOWED.forEach(p -> out.append("Disallow: ").append(p).append('\n'));
        out.append("\nSitemap: ").append(base).append("sitemap.xml\n");
        ctx.response()
                .putHeader("Content-Type", "text/plain; charset=utf-8")
                .putHeader("Cache-Control", "public, max-age=3600")
                .end(out.toString());
    }

    private void sitemap(RoutingContext ctx) {
        workers.executeBlocking(entries::read, false)
                .onSuccess(list -> Revalidated.send(ctx, "application/xml; charset=utf-8", xml(list)))
                .onFailure(ctx::fail);
    }

    private String xml(List<SitemapEntries.Entry> list) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        list.stream().limit(MAX_URLS).forEach(e -> {
            out.append("  <url><loc>")
                    .append(escape(base + e.path().substring(1)))
                    .append("</loc>");
            if (!e.lastModified().isEmpty()) {
                out.append("<lastmod>").append(escape(e.lastModified())).append("</lastmod>");
            }
            out.append("</url>\n");
        });
        return out.append("</urlset>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
