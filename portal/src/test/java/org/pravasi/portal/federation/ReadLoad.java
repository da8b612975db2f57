package org.pravasi.portal.federation;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.pravasi.portal.testing.PortalContract;

/**
 * A bounded read load on a portal: a few client threads, each cycling through {@code /health}, a search and a SPARQL
 * query a fixed number of times. Every answer is recorded: its path, status (0 when none came) and latency.
 */
final class ReadLoad {
    /** One request as answered. */
    record Answer(String path, int status, long nanos) {}

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /**
     * CPU time of every load thread that has finished, in nanoseconds ({@link ThreadCpu}: they end before it looks).
     */
    private static final java.util.concurrent.atomic.LongAdder CPU = new java.util.concurrent.atomic.LongAdder();

    private final HttpClient http = PortalContract.checking(
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    private final List<String> paths;

    ReadLoad(String portal) {
        String sparql = "SELECT ?d WHERE { ?d a <http://www.w3.org/ns/dcat#Dataset> } LIMIT 20";
        this.paths = List.of(
                portal + "/health",
                portal + "/api/search?q=cases",
                portal + "/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8));
    }

    /** Runs {@code rounds} rounds on each of {@code threads} threads; returns every answer. */
    List<Answer> run(int threads, int rounds) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(
                threads, Thread.ofPlatform().name("read-load-", 0).factory())) {
            List<Future<List<Answer>>> all = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                all.add(pool.submit(() -> {
                    List<Answer> mine = new ArrayList<>();
                    try {
                        for (int r = 0; r < rounds; r++) {
                            for (String p : paths) {
                                mine.add(get(p));
                            }
                        }
                    } finally {
                        // Each run has threads of its own: their whole CPU time is this run's.
                        CPU.add(java.lang.management.ManagementFactory.getThreadMXBean()
                                .getCurrentThreadCpuTime());
                    }
                    return mine;
                }));
            }
            List<Answer> answers = new ArrayList<>();
            for (Future<List<Answer>> f : all) {
                answers.addAll(f.get());
            }
            return answers;
        }
    }

    /** CPU time of the load threads that have finished so far, in nanoseconds. */
    static long cpuNanos() {
        return CPU.sum();
    }

    private Answer get(String url) {
        long start = System.nanoTime();
        try {
            int status = http.send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .timeout(TIMEOUT)
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            return new Answer(url, status, System.nanoTime() - start);
        } catch (Exception e) {
            return new Answer(url, 0, System.nanoTime() - start);
        }
    }

    /** The endpoint {@code a} asked: its path without the query. */
    static String endpoint(Answer a) {
        String path = URI.create(a.path()).getPath();
        return path.isEmpty() ? "/" : path;
    }

    /** The 99th percentile latency of each endpoint's answers, in milliseconds, in the order first asked. */
    static Map<String, Double> p99ByEndpoint(List<Answer> answers) {
        Map<String, List<Answer>> by = answers.stream()
                .collect(Collectors.groupingBy(ReadLoad::endpoint, LinkedHashMap::new, Collectors.toList()));
        Map<String, Double> out = new LinkedHashMap<>();
        by.forEach((e, list) -> out.put(e, p99Millis(list)));
        return out;
    }

    /** The 99th percentile latency of {@code answers}, in milliseconds. */
    static double p99Millis(List<Answer> answers) {
        List<Long> nanos = new ArrayList<>(answers.stream().map(Answer::nanos).toList());
        Collections.sort(nanos);
        return nanos.get(Math.max(0, (int) Math.ceil(nanos.size() * 0.99) - 1)) / 1e6;
    }
}
