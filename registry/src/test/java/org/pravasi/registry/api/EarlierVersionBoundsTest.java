package org.pravasi.registry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.org.Organisation;
import org.pravasi.registry.publish.PublishOutcome;
import org.pravasi.registry.publish.PublishRequest;
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
    final HttpClient http = HttpClient.newHttpClient();
    SilentClient silent;

    @BeforeAll
    static void publish() {
        node = TestNode.start(dir, Optional.empty());
        node.organisations().upsert(Organisation.named(ORG, ORG));
        key = node.keys().create(ORG).secret();
        publish(20); // version 1, about 2 MB of N-Triples: more than the sockets hold
        publish(30); // version 2: version 1 is archived
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

    /** 226 districts × 8 quarters of cases, each count {@code base} or more. */
    private static void publish(int base) {
        StringBuilder csv = new StringBuilder("district,quarter,cases\n");
        try (InputStream in = EarlierVersionBoundsTest.class.getResourceAsStream(
                "/org/pravasi/registry/workspace/district-names-hi.csv")) {
            List<String> codes = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .map(l -> l.substring(0, l.indexOf(',')))
                    .toList();
            for (String code : codes) {
                for (int q = 0; q < 8; q++) {
                    csv.append(code)
                            .append(',')
                            .append(2022 + q / 4)
                            .append("-Q")
                            .append(q % 4 + 1)
                            .append(',')
                            .append(base + q)
                            .append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String descriptor = """
                {"slug": "cases", "publisher": "%s", "title": "Cases", "description": "Cases recorded.",
                 "licence": "https://creativecommons.org/licenses/by/4.0/", "themes": ["legal-aid"],
                 "columns": [{"name": "district", "role": "area", "level": "district"},
                             {"name": "quarter", "role": "period", "granularity": "quarter"},
                             {"name": "cases", "role": "measure", "measure": "cases"}]}
                """.formatted(ORG);
        PublishOutcome o = node.publisher()
                .publish(new PublishRequest(
                        ORG,
                        "cases.json",
                        descriptor.getBytes(StandardCharsets.UTF_8),
                        "cases.csv",
                        csv.toString().getBytes(StandardCharsets.UTF_8),
                        false));
        assertEquals(
                PublishOutcome.Status.PUBLISHED, o.status(), () -> o.findings().toString());
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
