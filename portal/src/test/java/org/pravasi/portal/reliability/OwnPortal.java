package org.pravasi.portal.reliability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.pravasi.portal.Portal;
import org.pravasi.portal.testing.DemoPortal;
import org.pravasi.registry.config.NodeConfig;

/** A portal of a test's own, in this JVM, with demo data and no geography (fast), and settings the test chooses. */
final class OwnPortal implements AutoCloseable {
    final Portal portal;
    final HttpClient http = DemoPortal.contract()
            .client(HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build());

    private OwnPortal(Portal portal) {
        this.portal = portal;
    }

    /** The settings of a test portal on {@code data}: random port, Fuseki off, demo datasets, no geography. */
    static NodeConfig config(Path data) {
        return NodeConfig.builder(data)
                .port(0)
                .datasetsDir(DemoPortal.datasetsFolder())
                .build();
    }

    /** Starts a portal with {@code config(data)} changed by {@code change}, and waits until it is ready. */
    static OwnPortal start(Path data, UnaryOperator<NodeConfig> change) throws InterruptedException {
        Portal portal = Portal.start(change.apply(config(data)));
        long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!portal.ready()) {
            if (System.nanoTime() > end) {
                portal.close();
                throw new IllegalStateException("Portal not ready within 120 s");
            }
            Thread.sleep(50);
        }
        return new OwnPortal(portal);
    }

    /** {@code http://127.0.0.1:PORT + path} */
    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + portal.port() + path);
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * POSTs a SPARQL query ({@code application/sparql-query}), asking for JSON results (N-Triples for CONSTRUCT and
     * DESCRIBE).
     */
    HttpResponse<String> sparql(String query) throws Exception {
        boolean graph = query.contains("CONSTRUCT") || query.contains("DESCRIBE");
        return http.send(
                HttpRequest.newBuilder(uri("/sparql"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/sparql-query")
                        .header("Accept", graph ? "application/n-triples" : "application/sparql-results+json")
                        .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        portal.close();
    }
}
