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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pravasi.registry.config.RateLimits;
import org.pravasi.registry.web.ProblemHandler;

/** Which requests the limiter counts: the workspace API's POSTs share the publishing buckets. */
class RateLimiterTest {
    private static final RateLimits LIMITS = new RateLimits(2, 4, 0);

    Vertx vertx;
    HttpServer server;
    final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        new RateLimiter(LIMITS).mount(router);
        router.post("/api/workspace/:org/preview").handler(ctx -> ctx.response().end("previewed"));
        router.post("/api/workspace/:org/mappings")
                .handler(ctx -> ctx.response().end("saved"));
        router.route().failureHandler(ProblemHandler.create(1024));
        server = vertx.createHttpServer()
                .requestHandler(router)
                .listen(0, "127.0.0.1")
                .await();
    }

    @AfterEach
    void stop() {
        vertx.close().await();
    }

    private HttpResponse<String> post(String path, String key) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort() + path))
                        .header("Authorization", "Bearer " + key)
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void workspacePreviewsAndMappingsAreLimitedPerKeyAndPerAddress() throws Exception {
        assertEquals(200, post("/api/workspace/org-a/preview", "key-a").statusCode());
        assertEquals(200, post("/api/workspace/org-a/mappings", "key-a").statusCode());
        HttpResponse<String> third = post("/api/workspace/org-a/preview", "key-a");
        assertEquals(429, third.statusCode(), "the key's third request in a minute: " + third.body());
        assertTrue(third.body().contains("per API key"), third.body());
        assertTrue(third.headers().firstValue("Retry-After").isPresent());

        assertEquals(200, post("/api/workspace/org-b/mappings", "key-b").statusCode());
        HttpResponse<String> fifth = post("/api/workspace/org-b/preview", "key-b");
        assertEquals(429, fifth.statusCode(), "the address's fifth request in a minute: " + fifth.body());
        assertTrue(fifth.body().contains("from one address"), fifth.body());
    }

    @Test
    void theWorkspacesPostsArePublishingRequests() {
        assertTrue(RateLimiter.isPublishing(io.vertx.core.http.HttpMethod.POST, "/api/workspace/org-a/preview"));
        assertTrue(RateLimiter.isPublishing(io.vertx.core.http.HttpMethod.POST, "/api/workspace/org-a/mappings"));
        assertTrue(!RateLimiter.isPublishing(io.vertx.core.http.HttpMethod.GET, "/api/workspace/org-a/preview"));
    }
}
