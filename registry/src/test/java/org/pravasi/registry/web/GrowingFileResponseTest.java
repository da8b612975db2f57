package org.pravasi.registry.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.testing.SilentClient;

/** A file sent while another thread writes it: the client has the first bytes before the writer ends. */
class GrowingFileResponseTest {
    /** More than one chunk, so the first part is reported to the sender before the writer goes on. */
    private static final int PART = 3 * GrowingFileResponse.CHUNK + 17;

    @TempDir
    Path dir;

    private final Vertx vertx = Vertx.vertx();
    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** Counts the server's open connections; its own limits are far beyond these tests. */
    private final ConnectionGuard guard =
            new ConnectionGuard(vertx, 100, 100, Duration.ofMinutes(5), Duration.ofMinutes(5));

    /** What the writer thread does with the file's stream, given the response; set by each test. */
    private final AtomicReference<Writer> writer = new AtomicReference<>();

    private Path file;
    /** How long the client may read nothing; long unless a test is about it. */
    private Duration stall = Duration.ofMinutes(5);

    @FunctionalInterface
    interface Writer {
        /** Writes to {@code out}; returns whether there was anything to send. */
        boolean write(OutputStream out) throws Exception;
    }

    @AfterEach
    void stop() {
        vertx.close().await();
    }

    private String serve() throws IOException {
        file = Files.createTempFile(dir, "growing", ".bin");
        HttpServer server = guard.guard(vertx.createHttpServer(), request -> {
                    GrowingFileResponse out = new GrowingFileResponse(
                            vertx,
                            vertx.getOrCreateContext(),
                            request,
                            file,
                            r -> r.putHeader("Content-Type", "application/octet-stream"),
                            stall,
                            () -> {});
                    Thread.ofPlatform().start(() -> {
                        try {
                            boolean found;
                            try (OutputStream o = out.output()) {
                                found = writer.get().write(o);
                            }
                            if (found) {
                                out.finished();
                            } else {
                                out.nothing(() ->
                                        request.response().setStatusCode(404).end("none"));
                            }
                        } catch (Exception e) {
                            out.failed(
                                    () -> request.response().setStatusCode(500).end("failed"));
                        }
                    });
                })
                .listen(0, "127.0.0.1")
                .await();
        return "http://127.0.0.1:" + server.actualPort() + "/";
    }

    @Test
    @DisplayName("the client reads the first part while the writer waits for it, then the whole file; the file goes")
    void firstBytesArriveBeforeTheWriterEnds() throws Exception {
        byte[] first = bytes(PART, 1);
        byte[] second = bytes(PART, 2);
        CountDownLatch clientHasFirst = new CountDownLatch(1);
        boolean[] waitedForTheClient = {false};
        writer.set(out -> {
            out.write(first);
            out.flush();
            // Not a timing claim: without streaming the client never sees the first part while this waits.
            waitedForTheClient[0] = clientHasFirst.await(60, TimeUnit.SECONDS);
            out.write(second);
            return true;
        });
        String url = serve();

        HttpResponse<InputStream> r =
                client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofInputStream());
        byte[] received;
        try (InputStream in = r.body()) {
            byte[] head = in.readNBytes(PART);
            clientHasFirst.countDown();
            received = concat(head, in.readAllBytes());
        }

        assertEquals(200, r.statusCode());
        assertEquals(
                "application/octet-stream",
                r.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(waitedForTheClient[0], "the client had the first part while the writer was still writing");
        assertArrayEquals(concat(first, second), received);
        assertGone();
    }

    @Test
    @DisplayName("a writer with nothing to send answers instead, and the file goes")
    void nothingToSendAnswersInstead() throws Exception {
        writer.set(out -> false);
        String url = serve();

        HttpResponse<String> r =
                client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(404, r.statusCode());
        assertEquals("none", r.body());
        assertGone();
    }

    @Test
    @DisplayName("a writer that fails after the first bytes cuts the connection: the client cannot take a short body")
    void failureAfterTheFirstBytesCutsTheConnection() throws Exception {
        CountDownLatch clientHasFirst = new CountDownLatch(1);
        writer.set(out -> {
            out.write(bytes(PART, 3));
            out.flush();
            clientHasFirst.await(60, TimeUnit.SECONDS);
            throw new IllegalStateException("the store went away");
        });
        String url = serve();

        HttpResponse<InputStream> r =
                client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofInputStream());

        assertEquals(200, r.statusCode());
        try (InputStream in = r.body()) {
            in.readNBytes(PART);
            clientHasFirst.countDown();
            assertThrows(IOException.class, in::readAllBytes);
        }
        assertGone();
    }

    @Test
    @DisplayName("a writer that fails before any byte answers instead")
    void failureBeforeAnyByteAnswersInstead() throws Exception {
        writer.set(out -> {
            throw new IllegalStateException("the store went away");
        });
        String url = serve();

        HttpResponse<String> r =
                client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(500, r.statusCode());
        assertEquals("failed", r.body());
        assertGone();
    }

    @Test
    @DisplayName("a client that reads nothing is cut off after the stall time; the writer stops and the file goes")
    void aClientThatReadsNothingIsCutOffAndTheWriterStops() throws Exception {
        stall = Duration.ofMillis(500);
        AtomicReference<IOException> stoppedBy = new AtomicReference<>();
        CountDownLatch writerDone = new CountDownLatch(1);
        writer.set(out -> {
            byte[] block = bytes(GrowingFileResponse.CHUNK, 3);
            try {
                for (int i = 0; i < 4096; i++) { // 1 GiB at about 25 MB/s, unless stopped
                    out.write(block);
                    Thread.sleep(10);
                }
            } catch (IOException e) {
                stoppedBy.set(e);
                throw e;
            } finally {
                writerDone.countDown();
            }
            return true;
        });
        URI url = URI.create(serve());

        try (SilentClient silent = SilentClient.ask(url, "/")) {
            assertTrue(writerDone.await(30, TimeUnit.SECONDS), "the writer stopped long before its gigabyte");
            assertTrue(stoppedBy.get() != null, "by a failed write, once the client was gone");
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (guard.open() > 0 && System.nanoTime() < end) {
                Thread.sleep(20);
            }
            assertEquals(0, guard.open(), "the server closed the connection before the client read anything");
            assertTrue(silent.closedByTheServer(), "the connection was closed, not left waiting");
        }
        assertGone();
    }

    /** The temporary file is deleted once both sides are done (asynchronously: polled, a bound for a stuck test). */
    private void assertGone() throws InterruptedException {
        for (int i = 0; i < 600 && Files.exists(file); i++) {
            Thread.sleep(50);
        }
        assertTrue(Files.notExists(file), "the temporary file was deleted");
    }

    private static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31 + seed);
        }
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
