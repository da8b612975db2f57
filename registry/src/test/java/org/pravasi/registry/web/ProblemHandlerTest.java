package org.pravasi.registry.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One failure handler renders every failure of a router as RFC 9457 problem details. */
class ProblemHandlerTest {
    private static final long LIMIT = 1024;

    Vertx vertx;
    HttpServer server;
    final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        router.get("/thrown").handler(ctx -> {
            throw new ProblemException(429, "Too many requests", "Try again in 3 s.")
                    .with("limit", 10)
                    .withHeader("Retry-After", "3");
        });
        router.get("/later")
                .handler(ctx -> vertx.setTimer(
                        1,
                        id -> ctx.fail(new ProblemException(404, "No such dataset", "This node has no dataset a/b.")
                                .with("findings", List.of("x")))));
        router.get("/typed").handler(ctx -> {
            throw new ProblemException(400, "Bad", "Fix it.").withType("https://example.org/problems/bad");
        });
        router.get("/bug").handler(ctx -> {
            throw new IllegalStateException("secret-internal-state at org.pravasi.Hidden");
        });
        router.get("/vertx-status").handler(ctx -> ctx.fail(405));
        router.get("/answered").handler(ctx -> {
            ctx.response().setStatusCode(200).end("done");
            throw new ProblemException(400, "Late", "Too late to answer.");
        });
        router.post("/upload")
                .handler(BodyHandler.create(false).setBodyLimit(LIMIT))
                .handler(ctx -> ctx.response().end("ok"));
        router.post("/query")
                .handler(BodyHandler.create(false).setBodyLimit(LIMIT))
                .handler(ctx -> ctx.response().end("ok"))
                .failureHandler(
                        ProblemHandler.create(new ProblemException(413, "Query too large", "At most 1024 bytes.")));
        router.route().failureHandler(ProblemHandler.create(LIMIT));
        server = vertx.createHttpServer()
                .requestHandler(router)
                .listen(0, "127.0.0.1")
                .await();
    }

    @AfterEach
    void stop() {
        vertx.close().await();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.actualPort() + path);
    }

    @Test
    void rendersAThrownProblemWithItsMembersInOrderAndItsHeaders() throws Exception {
        HttpResponse<String> r = get("/thrown");
        assertEquals(429, r.statusCode());
        assertEquals(
                ProblemHandler.CONTENT_TYPE,
                r.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("3", r.headers().firstValue("Retry-After").orElseThrow());
        assertEquals(
                "{\"type\":\"about:blank\",\"title\":\"Too many requests\",\"status\":429,\"detail\":\"Try again in 3 s.\",\"limit\":10}",
                r.body());
    }

    @Test
    void rendersAProblemPassedToFailFromAnAsynchronousCallback() throws Exception {
        HttpResponse<String> r = get("/later");
        assertEquals(404, r.statusCode());
        assertEquals(
                "{\"type\":\"about:blank\",\"title\":\"No such dataset\",\"status\":404,\"detail\":\"This node has no dataset a/b.\","
                        + "\"findings\":[\"x\"]}",
                r.body());
    }

    @Test
    void rendersTheProblemTypeUri() throws Exception {
        assertEquals(
                "{\"type\":\"https://example.org/problems/bad\",\"title\":\"Bad\",\"status\":400,\"detail\":\"Fix it.\"}",
                get("/typed").body());
    }

    @Test
    void answersAnUnexpectedExceptionWith500AndNeverShowsIt() throws Exception {
        HttpResponse<String> r = get("/bug");
        assertEquals(500, r.statusCode());
        assertEquals(
                ProblemHandler.CONTENT_TYPE,
                r.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(
                "{\"type\":\"about:blank\",\"title\":\"Internal error\",\"status\":500,\"detail\":\"Something went wrong on the server; "
                        + "nothing was changed. The operator can find details in the log.\"}",
                r.body());
        assertFalse(r.body().contains("secret") || r.body().contains("IllegalStateException"), r.body());
    }

    @Test
    void answersAVertxStatusFailureWithAProblemOfThatStatus() throws Exception {
        HttpResponse<String> r = get("/vertx-status");
        assertEquals(405, r.statusCode());
        assertEquals(
                "{\"type\":\"about:blank\",\"title\":\"Bad request\",\"status\":405,\"detail\":\"The request could not be "
                        + "handled (HTTP 405). Check the method, path, headers and body against the API docs.\"}",
                r.body());
    }

    @Test
    void answersABodyOverTheLimitWith413QuotingTheLimit() throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(uri("/upload"))
                        .POST(HttpRequest.BodyPublishers.ofString("x".repeat(4096)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode());
        assertEquals(
                "{\"type\":\"about:blank\",\"title\":\"Upload too large\",\"status\":413,\"detail\":\"The upload is larger than this node "
                        + "accepts (1024 bytes). Split the dataset, or ask the operator to raise --max-upload.\"}",
                r.body());
    }

    @Test
    void aRouteWithItsOwnLimitNamesItIn413() throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(uri("/query"))
                        .POST(HttpRequest.BodyPublishers.ofString("x".repeat(4096)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode());
        assertEquals(
                "{\"type\":\"about:blank\",\"title\":\"Query too large\",\"status\":413,\"detail\":\"At most 1024 bytes.\"}",
                r.body());
    }

    @Test
    void leavesAnAnswerAlreadySentAlone() throws Exception {
        HttpResponse<String> r = get("/answered");
        assertEquals(200, r.statusCode());
        assertEquals("done", r.body());
    }
}
