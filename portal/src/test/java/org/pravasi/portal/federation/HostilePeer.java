package org.pravasi.portal.federation;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.UnaryOperator;

/**
 * A malicious peer for tests: it relays a real node's node description, change feed and dataset graphs under a base URI
 * of its own (every occurrence of the real node's base rewritten), and rewrites the graphs it sends with
 * {@code tamper}. Many hostile peers can relay one real node, each under its own base.
 */
final class HostilePeer {
    private final String real;
    private final String realBase;
    private final String base;
    private final UnaryOperator<String> tamper;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String url;

    HostilePeer(Vertx vertx, String realUrl, String realBase, String base, UnaryOperator<String> tamper) {
        this.real = realUrl;
        this.realBase = realBase;
        this.base = base;
        this.tamper = tamper;
        Router router = Router.router(vertx);
        router.get("/api/datasets/:org/:slug/graphs").handler(ctx -> relay(vertx, ctx, tamper));
        router.get("/api/*").handler(ctx -> relay(vertx, ctx, UnaryOperator.identity()));
        HttpServer server = vertx.createHttpServer()
                .requestHandler(router)
                .listen(0, "127.0.0.1")
                .await();
        this.url = "http://127.0.0.1:" + server.actualPort() + "/";
    }

    String url() {
        return url;
    }

    String base() {
        return base;
    }

    private void relay(Vertx vertx, RoutingContext ctx, UnaryOperator<String> change) {
        String target = real + ctx.request().uri().substring(1);
        vertx.executeBlocking(
                        () -> http.send(
                                HttpRequest.newBuilder(URI.create(target)).build(),
                                HttpResponse.BodyHandlers.ofString()),
                        false)
                .onSuccess(r -> ctx.response()
                        .setStatusCode(r.statusCode())
                        .end(change.apply(r.body().replace(realBase, base))))
                .onFailure(ctx::fail);
    }
}
