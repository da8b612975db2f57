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
import java.util.List;
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
 * The public dataset download cannot be turned against the node: clients that ask many times at once are refused before
 * any work, and a client that stops reading is cut off, its temporary file deleted and its place given back.
 */
class GraphsDownloadBoundsTest {
    private static final String ORG = "bounds-org";
    private static final String PATH = "/api/datasets/" + ORG + "/cases/graphs";
    private static final String SMALL = "/api/datasets/" + ORG + "/small/graphs";
    /** The test server's socket send buffer. */
    private static final int SEND_BUFFER = 32 * 1024;

    @TempDir
    static Path dir;

    static RegistryNode node;
    Vertx vertx;
    final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final List<SilentClient> silent = new java.util.ArrayList<>();

    @BeforeAll
    static void publish() {
        node = TestNode.start(dir, java.util.Optional.empty());
        node.organisations().upsert(Organisation.named(ORG, ORG));
        // An export of about 2 MB: more than the sockets hold with the server's send buffer at SEND_BUFFER (Linux would
        // grow it to 4 MB), so that a silent client's download stays in flight.
        DistrictQuarterCases.publish(node, ORG, "cases", DistrictQuarterCases.large(20));
        DistrictQuarterCases.publish(
                node,
                ORG,
                "small",
                "district,quarter,cases\n201,2024-Q1,20\n201,2024-Q2,30\n62,2024-Q1,25\n62,2024-Q2,40\n");
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
        for (SilentClient c : silent) {
            c.close();
        }
        vertx.close().await();
    }

    @Test
    void aClientThatReadsNothingIsCutOffAndItsPlaceGivenBack() throws Exception {
        DownloadSlots slots = new DownloadSlots("dataset downloads", 1, 1);
        String url = serve(slots, Duration.ofMillis(800));
        SilentClient client = askAndReadNothing(url);
        InFlight.await(slots, 1);

        InFlight.await(slots, 0); // cut off after the stall time: file deleted, place given back

        HttpResponse<String> next = get(url);
        assertEquals(200, next.statusCode(), "the next download is sent whole");
        assertTrue(
                next.body().length() > 1_000_000,
                "larger than the sockets hold: " + next.body().length());
        assertTrue(client.closedByTheServer(), "the silent client's connection was closed");
    }

    @Test
    void aClientWithItsShareInFlightGets429UntilItsDownloadEnds() throws Exception {
        DownloadSlots slots = new DownloadSlots("dataset downloads", 4, 1);
        String url = serve(slots, Duration.ofMinutes(5));
        SilentClient client = askAndReadNothing(url);
        InFlight.await(slots, 1);

        HttpResponse<String> refused = get(url);

        assertEquals(429, refused.statusCode(), refused::body);
        assertEquals("10", refused.headers().firstValue("Retry-After").orElse(""));
        assertTrue(refused.body().contains("at most 1 dataset downloads at a time to one client"), refused::body);
        client.close(); // gone: the writer stops at its next write, the file goes, the place comes back
        InFlight.await(slots, 0);
        assertEquals(200, get(url).statusCode());
    }

    @Test
    void aClientAskingOneAfterAnotherIsNeverRefused() throws Exception {
        DownloadSlots slots = new DownloadSlots("dataset downloads", 4, 1);
        String url = serve(slots, Duration.ofMinutes(5));
        List<Integer> statuses = new java.util.ArrayList<>();

        for (int i = 0; i < 200; i++) { // each asked once the one before was read to its end, as a portal harvests
            statuses.add(get(url, SMALL).statusCode());
        }

        assertEquals(java.util.Collections.nCopies(200, 200), statuses);
    }

    @Test
    void aNodeSendingItsMostGets503ForEveryone() throws Exception {
        DownloadSlots slots = new DownloadSlots("dataset downloads", 1, 2);
        String url = serve(slots, Duration.ofMinutes(5));
        askAndReadNothing(url);
        InFlight.await(slots, 1);

        HttpResponse<String> refused = get(url);

        assertEquals(503, refused.statusCode(), refused::body);
        assertEquals("10", refused.headers().firstValue("Retry-After").orElse(""));
    }

    private String serve(DownloadSlots slots, Duration stall) {
        Router router = Router.router(vertx);
        new FederationSourceRoutes(node.config(), node.uris(), node.store(), NodeRoutes.workers(vertx), slots, stall)
                .mount(router);
        router.route().failureHandler(ProblemHandler.create(node.config().maxUploadBytes()));
        HttpServer server = vertx.createHttpServer(new HttpServerOptions().setSendBufferSize(SEND_BUFFER))
                .requestHandler(router)
                .listen(0, "127.0.0.1")
                .await();
        return "http://127.0.0.1:" + server.actualPort();
    }

    /** Asks for the download as a client that reads nothing, closed after the test. */
    private SilentClient askAndReadNothing(String url) throws IOException {
        SilentClient c = SilentClient.ask(URI.create(url), PATH);
        silent.add(c);
        return c;
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return get(url, PATH);
    }

    private HttpResponse<String> get(String url, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
