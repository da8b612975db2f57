package org.pravasi.registry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pravasi.registry.testing.ApiContract;

/** The contract check of the API tests catches answers that do not match the description (deliberately wrong ones). */
class ApiContractTest {
    Vertx vertx;
    HttpServer server;
    final HttpClient http = ApiContract.node()
            .client(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        // A node whose answers drift from the description, one way each.
        router.get("/api/node")
                .handler(
                        ctx -> ctx.response()
                                .putHeader("Content-Type", "application/json")
                                .end(
                                        "{\"baseUri\": \"https://example.org/\", \"catalog\": \"https://example.org/catalog\","
                                                + " \"threshold\": \"ten\", \"changes\": \"/api/changes?since=\", \"graphs\": \"/g\"}"));
        router.get("/api/datasets")
                .handler(
                        ctx -> ctx.response()
                                .setStatusCode(418)
                                .putHeader("Content-Type", "application/problem+json")
                                .end(
                                        "{\"type\": \"about:blank\", \"title\": \"Teapot\", \"status\": 418, \"detail\": \"No.\"}"));
        router.get("/api/changes")
                .handler(ctx -> ctx.response()
                        .setStatusCode(400)
                        .putHeader("Content-Type", "text/plain")
                        .end("bad since"));
        router.get("/api/undescribed").handler(ctx -> ctx.response().end("{}"));
        router.delete("/api/datasets/:org/:slug")
                .handler(ctx -> ctx.response().setStatusCode(401).end());
        router.get("/health").handler(ctx -> ctx.response().end("anything goes outside /api"));
        server = vertx.createHttpServer()
                .requestHandler(router)
                .listen(0, "127.0.0.1")
                .await();
    }

    @AfterEach
    void stop() {
        vertx.close().await();
    }

    private AssertionError refused(String method, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort() + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return assertThrows(AssertionError.class, () -> http.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void catchesABodyThatDoesNotMatchTheSchema() {
        AssertionError e = refused("GET", "/api/node");
        assertTrue(
                e.getMessage().startsWith("GET /api/node answered 200 with a body that does not match"),
                e.getMessage());
        assertTrue(e.getMessage().contains("threshold"), e.getMessage());
    }

    @Test
    void catchesAStatusTheDescriptionDoesNotList() {
        AssertionError e = refused("GET", "/api/datasets");
        assertEquals(
                "GET /api/datasets answered 418, which the API description does not list for GET /api/datasets"
                        + " (it lists [200, 500]).",
                e.getMessage());
    }

    @Test
    void catchesAnErrorThatIsNotProblemDetails() {
        AssertionError e = refused("GET", "/api/changes");
        assertTrue(e.getMessage().contains("answered 400 as 'text/plain'"), e.getMessage());
    }

    @Test
    void catchesAnEndpointTheDescriptionDoesNotHave() {
        AssertionError e = refused("GET", "/api/undescribed");
        assertTrue(e.getMessage().contains("no path matching /api/undescribed"), e.getMessage());
    }

    @Test
    void catchesAMissingRequiredHeader() {
        AssertionError e = refused("DELETE", "/api/datasets/mrc-alliance/legal-aid");
        assertTrue(e.getMessage().contains("without the header WWW-Authenticate"), e.getMessage());
    }

    @Test
    void leavesAnswersOutsideTheApiAlone() throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort() + "/health"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
    }
}
