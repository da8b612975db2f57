package org.pravasi.registry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.org.Organisation;
import org.pravasi.registry.testing.DistrictQuarterCases;
import org.pravasi.registry.testing.InFlight;
import org.pravasi.registry.testing.SilentClient;
import org.pravasi.registry.testing.TestNode;
import org.pravasi.registry.web.DownloadSlots;
import org.pravasi.registry.web.ProblemHandler;

/**
 * A publisher's download of an earlier version cannot be turned against the node, even with its key: asked many times
 * at once it is refused before any work, and a client that stops reading is cut off, its temporary file deleted and its
 * place given back. Before, each request unpacked the whole version to a file of its own, kept until sent.
 */
class EarlierVersionBoundsTest {
    private static final String ORG = "bounds-org";
    private static final String PATH = "/api/datasets/" + ORG + "/cases/v1/observations";
    /** The test server's socket send buffer. */
    private static final int SEND_BUFFER = 32 * 1024;

    @TempDir
    static Path dir;

    static RegistryNode node;
    static String key;
    Vertx vertx;
    final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    SilentClient silent;

    @BeforeAll
    static void publish() {
        node = TestNode.start(dir, Optional.empty());
        node.organisations().upsert(Organisation.named(ORG, ORG));
        key = node.keys().create(ORG).secret();
        // version 1, about 2 MB of N-Triples: more than the sockets hold; then version 2, and version 1 is archived
        DistrictQuarterCases.publish(node, ORG, "cases", DistrictQuarterCases.large(20));
        DistrictQuarterCases.publish(node, ORG, "cases", DistrictQuarterCases.large(30));
    }

    @AfterAll
    static void close() {
        node.close();
    }

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
    }

    @AfterEach
    void stop() throws IOException {
        if (silent != null) {
            silent.close();
        }
        vertx.close().await();
    }

    @Test
    void aClientWithItsShareInFlightGets429UntilItsDownloadEnds() throws Exception {
        DownloadSlots slots = new DownloadSlots("earlier versions", 2, 1);
        String url = serve(slots, Duration.ofMinutes(5));
        silent = SilentClient.ask(URI.create(url), PATH, "Authorization: Bearer " + key + "\r\n");
        InFlight.await(slots, 1);

        HttpResponse<String> refused = get(url);

        assertEquals(429, refused.statusCode(), refused::body);
        assertEquals("10", refused.headers().firstValue("Retry-After").orElse(""));
        silent.close(); // gone: the writer stops at its next write, the file goes, the place comes back
        InFlight.await(slots, 0);
        HttpResponse<String> whole = get(url);
        assertEquals(200, whole.statusCode(), whole::body);
        assertTrue(
                whole.body().length() > 1_000_000,
                "the whole version: " + whole.body().length());
    }

    @Test
    void aClientThatReadsNothingIsCutOffAndItsPlaceGivenBack() throws Exception {
        DownloadSlots slots = new DownloadSlots("earlier versions", 1, 1);
        String url = serve(slots, Duration.ofMillis(800));
        silent = SilentClient.ask(URI.create(url), PATH, "Authorization: Bearer " + key + "\r\n");
        InFlight.await(slots, 1);

        InFlight.await(slots, 0); // cut off after the stall time: file deleted, place given back

        assertTrue(silent.closedByTheServer(), "the silent client's connection was closed");
        assertEquals(200, get(url).statusCode());
    }

    private String serve(DownloadSlots slots, Duration stall) {
        Router router = Router.router(vertx);
        new EarlierVersionRoutes(node.keys(), node.uris(), node.archive(), NodeRoutes.workers(vertx), slots, stall)
                .mount(router);
        router.route().failureHandler(ProblemHandler.create(node.config().maxUploadBytes()));
        HttpServer server = vertx.createHttpServer(new HttpServerOptions().setSendBufferSize(SEND_BUFFER))
                .requestHandler(router)
                .listen(0, "127.0.0.1")
                .await();
        return "http://127.0.0.1:" + server.actualPort();
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url + PATH))
                        .header("Authorization", "Bearer " + key)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
