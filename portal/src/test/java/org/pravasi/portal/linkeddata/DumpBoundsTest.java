package org.pravasi.portal.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.store.Compaction;
import org.pravasi.registry.store.QuadLoader;
import org.pravasi.registry.store.Store;
import org.pravasi.registry.testing.InFlight;
import org.pravasi.registry.testing.SilentClient;
import org.pravasi.registry.web.DownloadSlots;
import org.pravasi.registry.web.ProblemHandler;

/**
 * The bulk dump cannot be turned against the portal: a client that reads slowly holds no store transaction (an open
 * reader holds up a compaction's switch, and with it every new reader), one client gets one dump at a time, and a
 * client that reads nothing is cut off.
 */
@DisplayName("The bulk dump's bounds")
class DumpBoundsTest {
    /**
     * Random literals compress about threefold: the gzipped dump, about 1.3 MB, is more than the sockets hold with the
     * server's send buffer set to {@link #SEND_BUFFER} (Linux would otherwise grow it to 4 MB).
     */
    private static final int QUADS = 30_000;
    /** The test server's socket send buffer. */
    private static final int SEND_BUFFER = 32 * 1024;

    @TempDir
    static Path dir;

    static Store store;
    Vertx vertx;
    final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final List<SilentClient> silent = new ArrayList<>();

    @BeforeAll
    static void fill() {
        store = Store.open(dir, Compaction.NEVER);
        Node g = NodeFactory.createURI("https://example.org/g");
        Node p = NodeFactory.createURI("https://example.org/p");
        SplittableRandom random = new SplittableRandom(42);
        store.write(() -> {
            try (QuadLoader load = QuadLoader.start(store.dataset())) {
                for (int i = 0; i < QUADS; i++) {
                    load.add(
                            g,
                            NodeFactory.createURI("https://example.org/s/" + i),
                            p,
                            NodeFactory.createLiteralString(Long.toHexString(random.nextLong())
                                    + Long.toHexString(random.nextLong())
                                    + Long.toHexString(random.nextLong())));
                }
                load.finish();
            }
            return null;
        });
    }

    @AfterAll
    static void close() {
        store.close();
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
    @DisplayName("a client that reads nothing holds no transaction: the store compacts meanwhile; its second dump: 429")
    void aSilentClientHoldsNoTransactionAndGetsOneDump() throws Exception {
        DownloadSlots slots = new DownloadSlots("dumps", 2, 1);
        URI url = serve(slots, Duration.ofMinutes(5));
        askAndReadNothing(url);
        InFlight.await(slots, 1);

        CompletableFuture<?> compaction = CompletableFuture.runAsync(store::compact);
        compaction.get(60, TimeUnit.SECONDS); // before: waited for the client, chunk by chunk, with its reader open
        HttpResponse<String> second = http.send(
                HttpRequest.newBuilder(url.resolve(DumpRoute.PATH)).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(429, second.statusCode(), second::body);
        assertEquals("10", second.headers().firstValue("Retry-After").orElse(""));
        assertEquals(1, slots.inFlight(), "the silent client's dump is still in flight");
    }

    @Test
    @DisplayName("a client that reads nothing is cut off after the stall time, and its place given back")
    void aSilentClientIsCutOff() throws Exception {
        DownloadSlots slots = new DownloadSlots("dumps", 2, 1);
        URI url = serve(slots, Duration.ofMillis(800));
        SilentClient client = askAndReadNothing(url);
        InFlight.await(slots, 1);

        InFlight.await(slots, 0);
        assertTrue(client.closedByTheServer(), "cut off, not left holding what the portal had queued for it");

        HttpResponse<byte[]> next = http.send(
                HttpRequest.newBuilder(url.resolve(DumpRoute.PATH)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, next.statusCode());
        assertTrue(next.body().length > 1_000_000, "larger than the sockets hold: " + next.body().length);
    }

    private URI serve(DownloadSlots slots, Duration stall) {
        WorkerExecutor workers = vertx.createSharedWorkerExecutor("dump-test", 4);
        Router router = Router.router(vertx);
        new DumpRoute(store, workers, slots, stall).mount(router);
        router.route().failureHandler(ProblemHandler.create(1024));
        int port = vertx.createHttpServer(new HttpServerOptions().setSendBufferSize(SEND_BUFFER))
                .requestHandler(router)
                .listen(0, "127.0.0.1")
                .await()
                .actualPort();
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    private SilentClient askAndReadNothing(URI url) throws IOException {
        SilentClient c = SilentClient.ask(url, DumpRoute.PATH);
        silent.add(c);
        return c;
    }
}
