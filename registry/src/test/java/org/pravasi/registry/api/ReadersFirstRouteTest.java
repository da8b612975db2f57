package org.pravasi.registry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pravasi.registry.federation.ReadersFirst;

/** The route that tells harvest work which requests are in flight. */
class ReadersFirstRouteTest {
    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void stop() {
        vertx.close().await();
    }

    @Test
    @DisplayName("a request counts as a reader from its arrival until its response has gone")
    void countsRequestsInFlight() throws Exception {
        ReadersFirst readers = ReadersFirst.create();
        Router router = Router.router(vertx);
        new ReadersFirstRoute(readers).mount(router);
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        router.get("/slow").handler(ctx -> {
            arrived.countDown();
            vertx.executeBlocking(() -> release.await(30, TimeUnit.SECONDS), false)
                    .onComplete(r -> ctx.response().end("done"));
        });
        int port = vertx.createHttpServer()
                .requestHandler(router)
                .listen(0, "127.0.0.1")
                .await()
                .actualPort();
        CompletableFuture<HttpResponse<String>> answer = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .sendAsync(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slow"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertTrue(arrived.await(30, TimeUnit.SECONDS));
        assertEquals(1, readers.inFlight());
        release.countDown();
        assertEquals("done", answer.get(30, TimeUnit.SECONDS).body());
        for (int i = 0; i < 300 && readers.inFlight() > 0; i++) {
            Thread.sleep(10);
        }
        assertEquals(0, readers.inFlight());
    }
}
