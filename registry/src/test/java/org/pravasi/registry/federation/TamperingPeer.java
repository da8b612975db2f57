package org.pravasi.registry.federation;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A misbehaving peer for tests: it relays a real node's change feed and dataset graphs, but declares the base URI it is
 * told to and rewrites the N-Quads it sends with {@link #tamper}.
 */
final class TamperingPeer {
    final AtomicReference<String> declaredBase;
    final AtomicReference<UnaryOperator<String>> tamper = new AtomicReference<>(UnaryOperator.identity());
    /** Whether each read of its feed announces every dataset as changed just now (a sustained attack). */
    final AtomicBoolean renewing = new AtomicBoolean();
    /** Dataset graphs served so far. */
    final AtomicInteger graphsServed = new AtomicInteger();
    /** Rewrites the change feed it sends. */
    final AtomicReference<UnaryOperator<String>> feedTamper = new AtomicReference<>(UnaryOperator.identity());
    /** Change feeds served so far. */
    final AtomicInteger feedsServed = new AtomicInteger();
    /** Requests for anything but the node description, the change feed and a dataset's graphs. */
    final AtomicInteger otherRequests = new AtomicInteger();

    private static final Pattern MODIFIED = Pattern.compile("\"modified\"\\s*:\\s*\"[^\"]*\"");

    private final String real;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String url;

    TamperingPeer(Vertx vertx, String realUrl, String declaredBase) {
        this.real = realUrl;
        this.declaredBase = new AtomicReference<>(declaredBase);
        Router router = Router.router(vertx);
        router.get("/api/node")
                .handler(ctx -> ctx.response()
                        .putHeader("Content-Type", "application/json")
                        .end("{\"baseUri\": \"" + this.declaredBase.get() + "\", \"threshold\": 10}"));
        router.get("/api/changes").handler(ctx -> {
            feedsServed.incrementAndGet();
            UnaryOperator<String> feed = feedTamper.get();
            if (renewing.get()) {
                relay(vertx, ctx, real + "api/changes", f -> feed.apply(renewed(f)));
            } else {
                relay(vertx, ctx, feed);
            }
        });
        router.get("/api/datasets/:org/:slug/graphs").handler(ctx -> {
            graphsServed.incrementAndGet();
            relay(vertx, ctx, tamper.get());
        });
        router.route().last().handler(ctx -> {
            otherRequests.incrementAndGet();
            ctx.response().setStatusCode(404).end();
        });
        HttpServer server = vertx.createHttpServer()
                .requestHandler(router)
                .listen(0, "127.0.0.1")
                .await();
        this.url = "http://127.0.0.1:" + server.actualPort() + "/";
    }

    String url() {
        return url;
    }

    /** The whole feed with every entry modified now. */
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
                .onSuccess(r -> ctx.response().setStatusCode(r.statusCode()).end(change.apply(r.body())))
                .onFailure(ctx::fail);
    }
}
