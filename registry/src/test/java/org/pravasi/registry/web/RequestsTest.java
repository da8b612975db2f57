package org.pravasi.registry.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The request helpers read what a client sent, and nothing it did not send. */
class RequestsTest {
    Vertx vertx;
    HttpServer server;
    final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        router.get("/key")
                .handler(ctx -> ctx.response().end(Requests.apiKey(ctx).orElse("(none)")));
        router.get("/client").handler(ctx -> ctx.response().end(Requests.client(ctx)));
        router.post("/json")
                .handler(BodyHandler.create(false).setBodyLimit(1024))
                .handler(ctx -> ctx.response()
                        .end(Requests.jsonBody(ctx)
                                .map(j -> j.path("reason").asString("(no reason)"))
                                .orElse("(empty)")));
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

    private String send(HttpRequest.Builder r) throws Exception {
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort() + path));
    }

    @Test
    void readsTheKeyFromABearerHeaderInAnyCase() throws Exception {
        assertEquals("k1", send(at("/key").header("Authorization", "bearer k1")));
    }

    @Test
    void readsTheKeyFromXApiKeyWhenThereIsNoBearer() throws Exception {
        assertEquals("k2", send(at("/key").header("X-API-Key", "k2")));
        assertEquals("k2", send(at("/key").header("Authorization", "Basic abc").header("X-API-Key", "k2")));
    }

    @Test
    void findsNoKeyWhenNoneIsSent() throws Exception {
        assertEquals("(none)", send(at("/key")));
    }

    @Test
    void namesTheClientByItsAddress() throws Exception {
        assertEquals("127.0.0.1", send(at("/client")));
    }

    @Test
    void readsAJsonBodyAndTreatsABlankBodyAsNone() throws Exception {
        assertEquals("twice", send(at("/json").POST(HttpRequest.BodyPublishers.ofString("{\"reason\": \"twice\"}"))));
        assertEquals("(empty)", send(at("/json").POST(HttpRequest.BodyPublishers.ofString("  "))));
    }
}
