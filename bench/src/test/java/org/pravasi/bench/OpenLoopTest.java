package org.pravasi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class OpenLoopTest {

    @Test
    void searchQueriesAreDistinctTwoWordQueries() {
        List<String> paths = OpenLoop.searchPaths(42);
        assertEquals(5_660, paths.size());
        assertEquals(paths.size(), new HashSet<>(paths).size(), "no query repeats");
        assertTrue(paths.stream().allMatch(p -> p.matches("/api/search\\?q=[^+&]+\\+[^+&]+(&lang=hi)?")), paths.get(0));
    }

    @Test
    void latencyIsMeasuredFromTheScheduledSendTimeSoAQueueBehindASlowServerShows() throws Exception {
        // One server thread, 50 ms per answer: 20 requests scheduled over 190 ms queue up, and the last is answered at
        // least 20 × 50 ms after the first arrived. A closed-loop client would report about 50 ms for each.
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        ExecutorService one = Executors.newSingleThreadExecutor();
        server.setExecutor(one);
        server.createContext("/", exchange -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try (HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            OpenLoop.Result r =
                    OpenLoop.run(http, base, Stream.generate(() -> "/x").iterator(), 100, 0.2);
            assertEquals(20, r.latency().length);
            assertEquals(0, r.failed());
            assertTrue(r.percentile(100) >= 20 * 50 - 190, "max " + r.percentile(100) + " ms");
            assertTrue(r.percentile(50) >= 10 * 50 - 90, "p50 " + r.percentile(50) + " ms");
        } finally {
            server.stop(0);
            one.shutdownNow();
        }
    }

    @Test
    void percentilesAreExactOverEveryLatencyKept() {
        long[] ms = IntStream.rangeClosed(1, 100)
                .mapToLong(i -> (101 - i) * 1_000_000L)
                .toArray();
        OpenLoop.Result r = new OpenLoop.Result(100, 100, 0, ms);
        assertEquals(50.0, r.percentile(50));
        assertEquals(99.0, r.percentile(99));
        assertEquals(100.0, r.percentile(100));
        assertTrue(r.line().contains("p99=99.0ms"), r.line());
    }
}
