package org.pravasi.registry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.testing.ApiContract;
import org.pravasi.registry.testing.TestNode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A standalone node describes exactly the routes it mounts under /api, and serves the description. */
class NodeApiDescriptionTest {
    @TempDir
    Path dir;

    RegistryNode node;
    Vertx vertx;
    Router router;
    HttpServer server;
    final HttpClient http = ApiContract.node()
            .client(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());

    @BeforeEach
    void start() {
        node = TestNode.start(dir, java.util.Optional.empty());
        vertx = Vertx.vertx();
        router = NodeRoutes.standalone(vertx, node, NodeRoutes.workers(vertx));
        server = vertx.createHttpServer()
                .requestHandler(router)
                .listen(0, "127.0.0.1")
                .await();
    }

    @AfterEach
    void stop() {
        vertx.close().await();
        node.close();
    }

    /** The check new routes are caught by: the message names each endpoint missing on either side. */
    static void assertDescribed(Set<ApiEndpoint> mounted, Set<ApiEndpoint> described) {
        Set<ApiEndpoint> undescribed = new TreeSet<>(mounted);
        undescribed.removeAll(described);
        Set<ApiEndpoint> unmounted = new TreeSet<>(described);
        unmounted.removeAll(mounted);
        assertTrue(
                undescribed.isEmpty() && unmounted.isEmpty(),
                (undescribed.isEmpty()
                                ? ""
                                : "Mounted under /api but not in the OpenAPI description (describe them in an "
                                        + "openapi/*.yaml resource): " + undescribed + ". ")
                        + (unmounted.isEmpty() ? "" : "Described but not mounted: " + unmounted + "."));
    }

    @Test
    void describesEveryRouteItMountsAndNoOther() {
        assertDescribed(ApiDescription.mounted(router), ApiDescription.node().endpoints());
    }

    @Test
    void aRouteAddedWithoutItsDescriptionIsNamed() {
        router.get("/api/data/:org/:slug").handler(ctx -> ctx.response().end());
        AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(
                AssertionError.class,
                () -> assertDescribed(
                        ApiDescription.mounted(router), ApiDescription.node().endpoints()));
        assertTrue(
                e.getMessage()
                        .startsWith("Mounted under /api but not in the OpenAPI description (describe them in an"
                                + " openapi/*.yaml resource): [GET /api/data/{org}/{slug}]. "),
                e.getMessage());
    }

    @Test
    void aRouteForEveryMethodOrPrefixIsListedAsSuch() {
        router.route("/api/keys/*").handler(ctx -> ctx.response().end());
        assertTrue(ApiDescription.mounted(router).contains(new ApiEndpoint("*", "/api/keys/*")));
    }

    @Test
    void servesItsDescriptionAsOpenApi31() throws Exception {
        HttpResponse<String> r = get("/api/openapi.json");
        assertEquals(200, r.statusCode());
        JsonNode doc = JsonMapper.builder().build().readTree(r.body());
        assertEquals("3.1.0", doc.path("openapi").asString());
        assertTrue(doc.path("paths").has("/api/datasets/{org}/{slug}/graphs"));
        assertTrue(doc.path("components").path("securitySchemes").has("bearerKey"));
    }

    @Test
    void answersAnUnknownApiPathWithProblemDetails() throws Exception {
        HttpResponse<String> r = get("/api/nothing-here");
        assertEquals(404, r.statusCode());
        assertEquals(
                "application/problem+json",
                r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.body().contains("/api/openapi.json"), r.body());
    }

    @Test
    void answersAnotherMethodOfADescribedPathWith405AndAllow() throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(uri("/api/datasets"))
                        .PUT(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, r.statusCode());
        assertEquals("GET, POST", r.headers().firstValue("Allow").orElse(""));
        assertEquals(
                "application/problem+json",
                r.headers().firstValue("Content-Type").orElse(""));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.actualPort() + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
