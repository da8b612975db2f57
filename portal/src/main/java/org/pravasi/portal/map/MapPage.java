package org.pravasi.portal.map;

import io.vertx.core.MultiMap;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.util.Optional;

/** {@code GET /map} and {@code GET /embed/map}: the server-rendered map page, built on a worker thread. */
final class MapPage {
    private final MapService service;
    private final WorkerExecutor workers;
    private final String baseUri;
    private final String leafletVersion;

    MapPage(MapService service, WorkerExecutor workers, String baseUri, String leafletVersion) {
        this.service = service;
        this.workers = workers;
        this.baseUri = baseUri;
        this.leafletVersion = leafletVersion;
    }

    void mount(Router router) {
        router.get("/map").handler(ctx -> handle(ctx, false));
        router.get("/embed/map").handler(ctx -> handle(ctx, true));
    }

    private void handle(RoutingContext ctx, boolean embed) {
        MultiMap params = ctx.queryParams();
        String origin = origin(ctx);
        SecurityHeaders.apply(ctx, embed);
        workers.executeBlocking(() -> render(params, embed, origin), false)
                .onSuccess(html -> ctx.response().putHeader("Content-Type", "text/html; charset=utf-8")
                        .putHeader("Cache-Control", "no-cache").end(html))
                .onFailure(ctx::fail);
    }

    private String render(MultiMap params, boolean embed, String origin) {
        DistrictDirectory geography = service.geography();
        Resolution resolution = service.resolve(MapRequest.from(params, MapRequest.RESERVED), true);
        MapResult result = resolution.selection().map(service::map).orElse(null);
        PageModel model = new PageModel(service.indicators(), resolution, result, geography,
                PageParams.from(params, geography), embed, origin, baseUri);
        boolean withMap = result != null && geography.installed();
        return MapLayout.page(MapHtml.title(model), MapHtml.main(model), embed, withMap, leafletVersion);
    }

    private static String origin(RoutingContext ctx) {
        try {
            URI uri = URI.create(ctx.request().absoluteURI());
            return uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (RuntimeException e) {
            return Optional.ofNullable(ctx.request().getHeader("Host")).map(h -> "http://" + h).orElse("");
        }
    }
}
