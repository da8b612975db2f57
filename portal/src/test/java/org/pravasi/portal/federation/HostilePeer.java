package org.pravasi.portal.federation;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A malicious peer for tests: it relays a real node's node description, change feed and dataset graphs under a base URI
 * of its own (every occurrence of the real node's base rewritten), and rewrites the graphs it sends with
 * {@code tamper}. Many hostile peers can relay one real node, each under its own base. A {@linkplain #SUSTAINED
 * sustained} peer announces every dataset as changed just now on each read of its feed, so the portal fetches and
 * checks its tampered graphs again at every harvest (the benchmark's attack lasts as long as its read load).
 */
final class HostilePeer {
    /**
     * Whether hostile peers keep their attack up ({@code -Dpravasi.attack.sustained=true}); off in the default suite.
     */
    static final boolean SUSTAINED = Boolean.getBoolean("pravasi.attack.sustained");

    private static final Pattern MODIFIED = Pattern.compile("(\"modified\"\\s*:\\s*\")[^\"]*\"");
    private final String real;
    private final String realBase;
    private final String base;
    private final UnaryOperator<String> tamper;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String url;

    HostilePeer(Vertx vertx, String realUrl, String realBase, String base, UnaryOperator<String> tamper) {
        this.real = realUrl;
        this.realBase = realBase;
        this.base = base;
        this.tamper = tamper;
        Router router = Router.router(vertx);
        router.get("/api/datasets/:org/:slug/graphs").handler(ctx -> relay(vertx, ctx, tamper));
        if (SUSTAINED) {
            router.get("/api/changes").handler(ctx -> relay(vertx, ctx, real + "api/changes", HostilePeer::renewed));
        }
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

    /** The feed with every entry modified now, so the portal takes each for a new change. */
    private static String renewed(String feed) {
        return MODIFIED.matcher(feed).replaceAll(Matcher.quoteReplacement("\"modified\":\"" + Instant.now() + "\""));
    }

    private void relay(Vertx vertx, RoutingContext ctx, UnaryOperator<String> change) {
        relay(vertx, ctx, real + ctx.request().uri().substring(1), change);
    }

    private void relay(Vertx vertx, RoutingContext ctx, String target, UnaryOperator<String> change) {
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
