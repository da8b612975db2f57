package org.pravasi.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A mixed read load (search, typeahead, pages, map, catalogue, SPARQL) from N concurrent clients for a fixed time
 * against a running portal, with one publish through the API half-way; prints requests, errors and latency percentiles.
 * Bounded in time and aimed only at the URL it is given (loopback in {@code bench/load}).
 *
 * <p>Usage: {@code LoadTest URL SECONDS CONNECTIONS [KEY DESCRIPTOR CSV]}
 */
public final class LoadTest {
    private static final String SPARQL = """
            PREFIX qb: <http://purl.org/linked-data/cube#>
            PREFIX dct: <http://purl.org/dc/terms/>
            SELECT ?d ?title (COUNT(?o) AS ?n) WHERE { ?d a qb:DataSet ; dct:title ?title . ?o qb:dataSet ?d } GROUP BY ?d ?title""";
    private static final List<String> PATHS = List.of(
            "/api/search?q=wage",
            "/api/search?q=ration+card",
            "/api/suggest?q=kat",
            "/api/datasets",
            "/catalog",
            "/map",
            "/api/map/indicators",
            "/health",
            "/sparql?query=" + URLEncoder.encode(SPARQL, StandardCharsets.UTF_8));

    private LoadTest() {}

    /** Runs the load and prints the figures; exits 1 if any request failed. */
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("Usage: LoadTest URL SECONDS CONNECTIONS [KEY DESCRIPTOR CSV]");
            System.exit(2);
        }
        String base = args[0];
        int seconds = Integer.parseInt(args[1]);
        int connections = Integer.parseInt(args[2]);
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicLong requests = new AtomicLong();
        String publishResult = "no publish";
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < connections; c++) {
                int client = c;
                pool.submit(() -> {
                    for (int i = client; System.nanoTime() < end; i++) {
                        String path = PATHS.get(i % PATHS.size());
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<Void> r = http.send(
                                    HttpRequest.newBuilder(URI.create(base + path))
                                            .timeout(Duration.ofSeconds(30))
                                            .header("Accept", accept(path))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding());
                            if (r.statusCode() >= 400) {
                                errors.add(r.statusCode() + " " + path);
                            }
                        } catch (Exception e) {
                            errors.add(e + " " + path);
                        }
                        latencies
                                .computeIfAbsent(path.split("\\?")[0], k -> new ConcurrentLinkedQueue<>())
                                .add(System.nanoTime() - t0);
                        requests.incrementAndGet();
                    }
                });
            }
            if (args.length >= 6) {
                Thread.sleep(seconds * 500L);
                publishResult = publish(http, base, args[3], Path.of(args[4]), Path.of(args[5]));
            }
        }
        List<Long> all = new ArrayList<>();
        latencies.values().forEach(all::addAll);
        System.out.printf(
                "Load: %d s, %d connections, %d requests (%.0f/s), %d errors; publish in the middle: %s%n",
                seconds, connections, requests.get(), requests.get() / (double) seconds, errors.size(), publishResult);
        System.out.printf(
                "  all            p50 %6.1f ms  p99 %7.1f ms  max %7.1f ms%n",
                pct(all, 50), pct(all, 99), pct(all, 100));
        latencies.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            List<Long> l = new ArrayList<>(e.getValue());
            System.out.printf(
                    "  %-20s n %6d  p50 %6.1f ms  p99 %7.1f ms%n", e.getKey(), l.size(), pct(l, 50), pct(l, 99));
        });
        errors.stream().distinct().limit(10).forEach(e -> System.out.println("  error: " + e));
        System.exit(errors.isEmpty() && publishResult.startsWith("201") ? 0 : 1);
    }

    private static String accept(String path) {
        if (path.startsWith("/sparql")) {
            return "application/sparql-results+json";
        }
        return path.equals("/catalog") ? "text/turtle" : "*/*";
    }

    private static String publish(HttpClient http, String base, String key, Path descriptor, Path csv)
            throws Exception {
        String b = "b" + UUID.randomUUID();
        byte[] body = concat(
                ("--" + b
                                + "\r\nContent-Disposition: form-data; name=\"descriptor\"; filename=\"d.json\"\r\nContent-Type: application/json\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(descriptor),
                ("\r\n--" + b
                                + "\r\nContent-Disposition: form-data; name=\"csv\"; filename=\"f.csv\"\r\nContent-Type: text/csv\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(csv),
                ("\r\n--" + b + "--\r\n").getBytes(StandardCharsets.UTF_8));
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/datasets"))
                        .header("Authorization", "Bearer " + key)
                        .header("Content-Type", "multipart/form-data; boundary=" + b)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .timeout(Duration.ofMinutes(5))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms";
    }

    private static double pct(List<Long> nanos, int p) {
        if (nanos.isEmpty()) {
            return 0;
        }
        long[] a = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return a[Math.min(a.length - 1, (int) Math.ceil(p / 100.0 * a.length) - 1)] / 1e6;
    }

    private static byte[] concat(byte[]... parts) {
        int n = Arrays.stream(parts).mapToInt(x -> x.length).sum();
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
