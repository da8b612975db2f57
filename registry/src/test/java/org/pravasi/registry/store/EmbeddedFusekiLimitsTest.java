package org.pravasi.registry.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.config.ConfigReader;
import org.pravasi.registry.config.NodeConfig;
import org.pravasi.registry.node.RegistryNode;

/** The embedded Fuseki, when an operator starts it, runs under the same limits as the portal's /sparql. */
@DisplayName("Embedded Fuseki: off by default; when on, the timeout, result cap, no SERVICE and linear-time REGEX")
class EmbeddedFusekiLimitsTest {
    static final long TIMEOUT_MS = 1_000;
    static final int CAP = 5;
    /** Far above the timeout: a query still running when this passes ran past every limit. */
    static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    static Path dir;

    static RegistryNode node;
    static HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        node = RegistryNode.start(NodeConfig.builder(dir)
                .port(0)
                .fusekiPort(0)
                .queryTimeoutMs(TIMEOUT_MS)
                .resultCap(CAP)
                .build());
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    static HttpResponse<String> query(String q) throws Exception {
        String url = node.fuseki().orElseThrow().queryUrl() + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(CLIENT_TIMEOUT)
                        .header("Accept", "text/csv")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName("is off unless --fuseki-port is given")
    void isOffByDefault() {
        assertEquals(-1, NodeConfig.defaults(dir).fusekiPort());
        assertEquals(
                -1,
                new ConfigReader(Map.of())
                        .read(List.of("--data", dir.toString()))
                        .fusekiPort());
    }

    @Test
    @DisplayName("stops a cross product at the timeout with 503")
    void stopsACrossProductAtTheTimeout() throws Exception {
        var r = query("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        assertEquals(503, r.statusCode(), r.body());
    }

    @Test
    @DisplayName("answers a REGEX with catastrophic backtracking at once (RE2/J)")
    void answersCatastrophicRegex() throws Exception {
        var r = query("ASK { BIND(\"" + "a".repeat(40) + "!\" AS ?s) FILTER(REGEX(?s, \"^(.*a){12}$\")) }");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("false"), r.body());
    }

    @Test
    @DisplayName("returns at most the result cap")
    void capsResults() throws Exception {
        var r = query("SELECT ?s ?p ?o { ?s ?p ?o }");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(CAP, r.body().strip().lines().count() - 1, r.body());
    }

    @Test
    @DisplayName("never fetches a URL for SERVICE")
    void refusesService() throws Exception {
        AtomicInteger hits = new AtomicInteger();
        HttpServer target = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        target.createContext("/", ex -> {
            hits.incrementAndGet();
            ex.sendResponseHeaders(500, -1);
            ex.close();
        });
        target.start();
        try {
            var r = query("SELECT * { SERVICE <http://127.0.0.1:"
                    + target.getAddress().getPort() + "/sparql> { ?s ?p ?o } }");
            assertNotEquals(200, r.statusCode(), r.body());
            assertEquals(0, hits.get(), "Fuseki fetched the SERVICE URL");
        } finally {
            target.stop(0);
        }
    }
}
