package org.pravasi.portal.map;

import gg.jte.Content;
import io.vertx.core.MultiMap;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pravasi.portal.pages.PageContent;
import org.pravasi.portal.pages.Pages;
import org.pravasi.portal.pages.Templates;

/**
 * {@code GET /map} and {@code GET /embed/map}: the server-rendered map page, built on a worker thread, served with a
 * strict Content-Security-Policy (own scripts and styles only; the embed may be framed by any site).
 */
final class MapPage {
    /** The policy without its {@code frame-ancestors} part. */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    private final MapService service;
    private final WorkerExecutor workers;
    private final String baseUri;
    private final String leafletVersion;
    private final Pages pages;

    MapPage(MapService service, WorkerExecutor workers, String baseUri, String leafletVersion, Pages pages) {
        this.service = service;
        this.workers = workers;
        this.baseUri = baseUri;
        this.leafletVersion = leafletVersion;
        this.pages = pages;
    }

    void mount(Router router) {
        router.get("/map").handler(ctx -> handle(ctx, false));
        router.get("/embed/map").handler(ctx -> handle(ctx, true));
    }

    private void handle(RoutingContext ctx, boolean embed) {
        MultiMap params = ctx.queryParams();
        String origin = origin(ctx);
        MapTexts texts = MapTexts.of(pages.language(ctx));
        secure(ctx, embed);
        workers.executeBlocking(() -> render(params, embed, origin, texts), false)
                .map(page -> page.standalone() != null ? page.standalone() : pages.render(ctx, page.content()))
                .onSuccess(html -> ctx.response()
                        .putHeader("Content-Type", "text/html; charset=utf-8")
                        .putHeader("Cache-Control", "no-cache")
                        .putHeader("Vary", "Accept-Language, Cookie")
                        .end(html))
                .onFailure(ctx::fail);
    }

    /** The rendered map: a whole document for the embed, or the content to put in the portal's shared layout. */
    private record Rendered(String standalone, PageContent content) {}

    private Rendered render(MultiMap params, boolean embed, String origin, MapTexts texts) {
        DistrictDirectory geography = service.geography();
        Resolution resolution = service.resolve(MapRequest.from(params, MapRequest.RESERVED), true);
        MapResult result = resolution.selection().map(service::map).orElse(null);
        PageModel model = new PageModel(
                service.indicators(),
                resolution,
                result,
                geography,
                PageModel.Params.from(params, geography),
                embed,
                origin,
                baseUri,
                texts);
        boolean withMap = result != null && geography.installed();
        if (embed) {
            return new Rendered(MapLayout.embed(model, withMap, leafletVersion), null);
        }
        Content main = MapHtml.main(model);
        // The citation follows the indicator: the script swaps it (data-swap) with the rest of the page.
        Content cite = result == null ? PageContent.NONE : pages.citeBox(result.dataset(), "", texts.lang());
        return new Rendered(
                null,
                new PageContent(
                        MapHtml.title(model),
                        "map",
                        MapLayout.head(withMap, leafletVersion),
                        List.of("cite.js"),
                        out -> {
                            main.writeTo(out);
                            Templates.of("map/cite.jte", Map.of("cite", cite)).writeTo(out);
                        }));
    }

    /** Sets the policy when the headers are written, so a header set earlier by another handler cannot undo it. */
    private static void secure(RoutingContext ctx, boolean embed) {
        ctx.addHeadersEndHandler(v -> {
            var headers = ctx.response().headers();
            headers.set("Content-Security-Policy", POLICY + "; frame-ancestors " + (embed ? "*" : "'self'"));
            headers.set("X-Content-Type-Options", "nosniff");
            if (embed) {
                headers.remove("X-Frame-Options");
            } else {
                headers.set("X-Frame-Options", "SAMEORIGIN");
            }
        });
    }

    private static String origin(RoutingContext ctx) {
        try {
            URI uri = URI.create(ctx.request().absoluteURI());
            return uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (RuntimeException e) {
            return Optional.ofNullable(ctx.request().getHeader("Host"))
                    .map(h -> "http://" + h)
                    .orElse("");
        }
    }
}
