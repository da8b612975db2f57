package org.pravasi.portal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.pravasi.portal.Portal;
import org.pravasi.portal.apidocs.PortalApi;
import org.pravasi.registry.config.NodeConfig;
import org.pravasi.registry.config.RateLimits;
import org.pravasi.registry.testing.ApiContract;

/**
 * A real portal for tests, started in this JVM: TDB2 store in a temporary folder, HTTP on 127.0.0.1 with a random port,
 * embedded Fuseki off, the demo datasets from {@code datasets/} published, and the reference geography installed when
 * {@code pravasi.test.geo} names a folder.
 *
 * <p>{@link #shared()} is one read-only portal per test JVM (demo seeding and indexing take seconds, so read-only tests
 * share it); tests that publish, replace or withdraw start their own with {@link #start(Path)} and close it.
 */
public final class DemoPortal implements AutoCloseable {
    private static DemoPortal shared;

    private final Portal portal;
    private final Path data;
    /** Every answer from under /api that tests receive through {@link #send} is checked against the description. */
    private static final ApiContract CONTRACT = ApiContract.of(PortalApi.description());

    private final HttpClient http = CONTRACT.client(
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());

    private DemoPortal(Portal portal, Path data) {
        this.portal = portal;
        this.data = data;
    }

    /** The shared read-only demo portal of this test JVM; do not publish to it. */
    public static synchronized DemoPortal shared() {
        if (shared == null) {
            try {
                Path dir = Files.createTempDirectory("pravasi-demo-portal");
                shared = start(dir);
                DemoPortal portal = shared;
                // Each test JVM left its store behind (16 MB), hundreds over a day of test runs: removed at exit.
                Runtime.getRuntime()
                        .addShutdownHook(new Thread(
                                () -> {
                                    portal.close();
                                    deleteTree(dir);
                                },
                                "demo-portal-shutdown"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** Deletes {@code root} and everything under it, as far as it can (a file still open stays). */
    private static void deleteTree(Path root) {
        try (java.util.stream.Stream<Path> files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete the demo portal's folder " + root + ": " + e.getMessage());
        }
    }

    /** Starts a portal with its store in {@code data} and waits until it reports ready (at most 120 s). */
    public static DemoPortal start(Path data) {
        return start(data, Optional.of(datasetsFolder()));
    }

    /** Starts a portal publishing the demo datasets of {@code datasets} (or none) and waits until it is ready. */
    public static DemoPortal start(Path data, Optional<Path> datasets) {
        return start(data, datasets, geography());
    }

    /**
     * Starts a portal with the given demo datasets and reference geography (either may be empty) and waits until it is
     * ready. Without geography a start takes a second or two instead of the ten or so the import costs.
     */
    public static DemoPortal start(Path data, Optional<Path> datasets, Optional<Path> geography) {
        NodeConfig config = NodeConfig.builder(data)
                .port(0)
                .geoDir(geography)
                .datasetsDir(datasets)
                .build();
        Portal portal = Portal.start(config);
        DemoPortal demo = new DemoPortal(portal, data);
        demo.awaitReady(Duration.ofSeconds(120));
        return demo;
    }

    /**
     * Starts a portal with {@code config} as given (e.g. a small query timeout or result cap) and waits until it is
     * ready.
     */
    public static DemoPortal start(NodeConfig config) {
        return start(config, RateLimits.OFF);
    }

    /** Starts a portal with {@code config} and rate {@code limits} and waits until it is ready. */
    public static DemoPortal start(NodeConfig config, RateLimits limits) {
        DemoPortal demo = new DemoPortal(Portal.start(config, limits), config.dataDir());
        demo.awaitReady(Duration.ofSeconds(120));
        return demo;
    }

    /** The check of every answer from under /api against the portal's API description, for other test clients. */
    public static ApiContract contract() {
        return CONTRACT;
    }

    /** The reference geography folder given to tests, if there is one. */
    public static Optional<Path> geography() {
        return Optional.ofNullable(System.getProperty("pravasi.test.geo"))
                .map(Path::of)
                .filter(Files::isDirectory);
    }

    /** The repository's {@code datasets/} folder. */
    public static Path datasetsFolder() {
        for (Path p : List.of(Path.of("..", "datasets"), Path.of("datasets"))) {
            if (Files.isDirectory(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException(
                "No datasets/ folder found from " + Path.of("").toAbsolutePath());
    }

    private void awaitReady(Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        while (!portal.ready()) {
            if (System.nanoTime() > end) {
                portal.close();
                throw new IllegalStateException("Portal not ready within " + limit.toSeconds() + " s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The running portal. */
    public Portal portal() {
        return portal;
    }

    /** The store's data folder. */
    public Path data() {
        return data;
    }

    /** {@code http://127.0.0.1:PORT} */
    public String baseUrl() {
        return "http://127.0.0.1:" + portal.port();
    }

    /** {@code baseUrl() + path} as a URI. */
    public URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    /** GET {@code path} with an optional {@code Accept} header (empty for none), body as text. */
    public HttpResponse<String> get(String path, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .GET();
        if (!accept.isEmpty()) {
            b.header("Accept", accept);
        }
        return send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET {@code path}, body as text. */
    public HttpResponse<String> get(String path) {
        return get(path, "");
    }

    /** Sends any request with this portal's client. */
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        portal.close();
    }
}
