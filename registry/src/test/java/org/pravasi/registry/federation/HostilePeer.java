package org.pravasi.registry.federation;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;

/**
 * A peer that attacks the harvester's resources, on 127.0.0.1 port 0: it declares a base, then answers the change feed
 * and the graphs with whatever {@link Answer} the test sets, generated lazily (never allocated whole). It counts the
 * body bytes it managed to send, which is what the portal read plus what the sockets buffered.
 */
final class HostilePeer implements AutoCloseable {
    /** One answer: writes status, headers and body to the exchange. */
    @FunctionalInterface
    interface Answer {
        void write(HttpExchange ex, Counter out) throws IOException;
    }

    /** The response body, counting bytes sent. */
    static final class Counter {
        private final OutputStream out;
        private final AtomicLong sent;

        Counter(OutputStream out, AtomicLong sent) {
            this.out = out;
            this.sent = sent;
        }

        void write(byte[] b, int len) throws IOException {
            write(b, 0, len);
        }

        void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            out.flush();
            sent.addAndGet(len);
        }

        OutputStream stream() {
            return new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    Counter.this.write(new byte[] {(byte) b}, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    Counter.this.write(b, off, len);
                }
            };
        }
    }

    final AtomicReference<Answer> changes = new AtomicReference<>();
    final AtomicReference<Answer> graphs = new AtomicReference<>();
    /** Body bytes sent so far, all answers together. */
    final AtomicLong sent = new AtomicLong();
    /** Answers being written right now, and the most at once. */
    final AtomicInteger inFlight = new AtomicInteger();

    final AtomicInteger mostInFlight = new AtomicInteger();
    /** Counted down when an answer ends, however it ends (finished, or the portal hung up). */
    final AtomicReference<CountDownLatch> ended = new AtomicReference<>(new CountDownLatch(1));
    /** Graphs requests received. */
    final AtomicInteger graphsAsked = new AtomicInteger();
    /** Counted down when a change-feed or graphs request arrives. */
    final CountDownLatch asked = new CountDownLatch(1);

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hostile-peer");
        t.setDaemon(true);
        return t;
    });

    HostilePeer(String base) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/api/node", ex -> json(ex, "{\"baseUri\": \"" + base + "\", \"threshold\": 10}"));
        server.createContext("/api/changes", ex -> answer(ex, changes.get()));
        server.createContext("/api/datasets/", ex -> {
            graphsAsked.incrementAndGet();
            answer(ex, graphs.get());
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    private void answer(HttpExchange ex, Answer a) throws IOException {
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        asked.countDown();
        try (ex) {
            a.write(ex, new Counter(ex.getResponseBody(), sent));
        } catch (IOException e) {
            // The portal hung up: that is what these tests want.
        } finally {
            inFlight.decrementAndGet();
            ended.get().countDown();
        }
    }

    private static void json(HttpExchange ex, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, b.length);
        try (ex;
                OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    /** A change feed announcing datasets of {@code base} ({@code org/slug} each), all changed at {@code modified}. */
    static Answer feed(String base, String modified, String... identifiers) {
        StringBuilder entries = new StringBuilder();
        for (String identifier : identifiers) {
            String uri = base + "id/dataset/" + identifier;
            entries.append(entries.isEmpty() ? "" : ", ")
                    .append("{\"uri\": \"")
                    .append(uri)
                    .append("\", \"identifier\": \"")
                    .append(identifier)
                    .append("\", \"modified\": \"")
                    .append(modified)
                    .append("\", \"versionUri\": \"")
                    .append(uri)
                    .append("/v1\", \"withdrawn\": false}");
        }
        String body = "{\"datasets\": [" + entries + "]}";
        return (ex, out) -> {
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, b.length);
            out.write(b, b.length);
        };
    }

    /** {@code prefix}, then {@code unit} repeated until {@code total} bytes are sent (chunked, no length). */
    static Answer endless(String prefix, String unit, long total) {
        return (ex, out) -> {
            ex.sendResponseHeaders(200, 0);
            stream(prefix, unit, total, out.stream());
        };
    }

    /** Like {@link #endless}, but with its length declared ({@code Content-Length: total}) and exactly that long. */
    static Answer declared(String prefix, String unit, long total) {
        return (ex, out) -> {
            ex.sendResponseHeaders(200, total);
            stream(prefix, unit, total, new FilterOutputStream(out.stream()) {
                private long left = total;

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    int n = (int) Math.min(len, left);
                    left -= n;
                    if (n > 0) {
                        out.write(b, off, n);
                    }
                }
            });
        };
    }

    /** Like {@link #endless}, but gzip-compressed with {@code Content-Encoding: gzip}: a few hundred KB on the wire. */
    static Answer gzipBomb(String prefix, String unit, long decompressed) {
        return (ex, out) -> {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            ex.sendResponseHeaders(200, 0);
            try (GZIPOutputStream gz = new GZIPOutputStream(out.stream(), 64 * 1024)) {
                stream(prefix, unit, decompressed, gz);
            }
        };
    }

    /** One byte every {@code millis} ms, forever: a slow-loris answer that is never idle. */
    static Answer trickle(long millis) {
        return (ex, out) -> {
            ex.sendResponseHeaders(200, 0);
            out.write("{".getBytes(StandardCharsets.US_ASCII), 1);
            while (sleep(millis)) {
                out.write(" ".getBytes(StandardCharsets.US_ASCII), 1);
            }
        };
    }

    /** Headers, then nothing until {@code release} (or forever). */
    static Answer silent(CountDownLatch release) {
        return (ex, out) -> {
            ex.sendResponseHeaders(200, 0);
            out.write("{".getBytes(StandardCharsets.US_ASCII), 1);
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** Nothing at all, not even headers, until {@code release} (or forever). */
    static Answer mute(CountDownLatch release) {
        return (ex, out) -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** An empty answer with {@code status} and {@code Retry-After: 10} (a busy node). */
    static Answer busy(int status) {
        return (ex, out) -> {
            ex.getResponseHeaders().add("Retry-After", "10");
            ex.sendResponseHeaders(status, -1);
        };
    }

    /** A redirect to {@code location}. */
    static Answer redirect(String location) {
        return (ex, out) -> {
            ex.getResponseHeaders().add("Location", location);
            ex.sendResponseHeaders(302, -1);
        };
    }

    private static void stream(String prefix, String unit, long total, OutputStream out) throws IOException {
        byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
        out.write(head);
        byte[] u = unit.getBytes(StandardCharsets.UTF_8);
        byte[] chunk = new byte[Math.max(u.length, 64 * 1024 / u.length * u.length)];
        for (int i = 0; i + u.length <= chunk.length; i += u.length) {
            System.arraycopy(u, 0, chunk, i, u.length);
        }
        for (long n = head.length; n < total; n += chunk.length) {
            out.write(chunk, 0, chunk.length);
        }
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
