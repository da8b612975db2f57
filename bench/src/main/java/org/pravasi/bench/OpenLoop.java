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
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop HTTP load: requests leave at a fixed arrival rate whatever the answers do, as users arrive, and each
 * latency is measured from the time the request was <em>scheduled</em> to leave, not from when it left. A sender held
 * up (by the server's queue, a pause of this JVM, or the machine) therefore adds its delay to every request it held up,
 * so coordinated omission cannot hide a stall. Every latency is kept (a few thousand per rate), so the percentiles are
 * exact.
 *
 * <p>By default each request is {@code /api/search} with a distinct two-word query ({@link #searchPaths}): never
 * repeated within a run, so none is answered from the search result cache unless an earlier load left it there. Usage:
 * {@code java -cp bench/target/pravasi-bench.jar org.pravasi.bench.OpenLoop BASE-URL [--rates 50,100,200] [--seconds
 * 10] [--warmup 5] [--seed 42] [--paths FILE]} ({@code FILE}: request paths, one a line, used in turn and cycled). The
 * warm-up runs at the lowest rate, and each rate starts after a pause of {@link #PAUSE}. Prints one {@code OPENLOOP}
 * line per rate.
 */
public final class OpenLoop {
    /** Longest wait for one answer; a request still unanswered then counts as failed, with this latency. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** Pause before each rate, so that work left from the one before does not count against it. */
    static final Duration PAUSE = Duration.ofSeconds(5);

    private OpenLoop() {}

    /** Runs the warm-up, then each rate in turn, and prints one line per rate. */
    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args[0].startsWith("--")) {
            System.err.println("usage: OpenLoop BASE-URL [--rates 50,100,200] [--seconds 10] [--warmup 5] [--seed 42]"
                    + " [--paths FILE]");
            System.exit(2);
        }
        String base = args[0].replaceAll("/+$", "");
        int[] rates = Arrays.stream(
                        DataGenerator.arg(args, "--rates", "50,100,200").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        double seconds = Double.parseDouble(DataGenerator.arg(args, "--seconds", "10"));
        double warmup = Double.parseDouble(DataGenerator.arg(args, "--warmup", "5"));
        long seed = Long.parseLong(DataGenerator.arg(args, "--seed", "42"));
        String file = DataGenerator.arg(args, "--paths", "");
        List<String> paths = file.isEmpty() ? searchPaths(seed) : Files.readAllLines(Path.of(file));
        Iterator<String> next = paths(paths, file.isEmpty());
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(TIMEOUT)
                .build();
        int low = Arrays.stream(rates).min().orElse(1);
        if (warmup > 0) {
            run(http, base, next, low, warmup);
        }
        for (int rate : rates) {
            // Requests given up on (TIMEOUT) may still be worked on by the server: let it drain before the next rate.
            Thread.sleep(PAUSE.toMillis());
            System.out.println(run(http, base, next, rate, seconds).line());
        }
    }

    /** The paths in turn; fresh ones are never reused (fails when they run out), a given file is cycled. */
    private static Iterator<String> paths(List<String> paths, boolean fresh) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("no request paths given");
        }
        return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public String next() {
                if (fresh && i >= paths.size()) {
                    throw new IllegalStateException("Only " + paths.size() + " distinct queries: run fewer or shorter"
                            + " rates, or they would repeat (and be answered from the result cache).");
                }
                return paths.get(i++ % paths.size());
            }
        };
    }

    /**
     * Sends {@code rate × seconds} requests, one every {@code 1/rate} s from the start, each latency measured from its
     * scheduled time; waits for every answer (at most {@link #TIMEOUT} past the last send).
     */
    static Result run(HttpClient http, String base, Iterator<String> paths, int rate, double seconds)
            throws InterruptedException {
        int n = Math.max(1, (int) Math.round(rate * seconds));
        long period = 1_000_000_000L / rate;
        long[] latency = new long[n];
        Arrays.fill(latency, -1);
        AtomicInteger failed = new AtomicInteger();
        CountDownLatch answered = new CountDownLatch(n);
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long scheduled = t0 + i * period;
            for (long wait = scheduled - System.nanoTime(); wait > 0; wait = scheduled - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            int k = i;
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + paths.next()))
                    .timeout(TIMEOUT)
                    .header("Accept", "application/json")
                    .build();
            http.sendAsync(req, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                latency[k] = System.nanoTime() - scheduled;
                if (e != null || r.statusCode() != 200) {
                    failed.incrementAndGet();
                }
                answered.countDown();
            });
        }
        double sent = (System.nanoTime() - t0) / 1e9;
        if (!answered.await(TIMEOUT.toSeconds() + 1, TimeUnit.SECONDS)) {
            for (int i = 0; i < n; i++) {
                if (latency[i] < 0) {
                    latency[i] = TIMEOUT.toNanos();
                    failed.incrementAndGet();
                }
            }
        }
        return new Result(rate, n / Math.max(sent, period / 1e9), failed.get(), latency.clone());
    }

    /**
     * Every ordered pair of two different words of one language from {@code bench/wrk-queries.lua}'s vocabulary, in
     * English and in Hindi display, shuffled by {@code seed}: 5,660 requests, no two alike.
     */
    static List<String> searchPaths(long seed) {
        List<String> out = new ArrayList<>();
        for (List<String> words : List.of(QueryWords.EN, QueryWords.HI)) {
            for (String a : words) {
                for (String b : words) {
                    if (!a.equals(b)) {
                        String q = URLEncoder.encode(a + " " + b, StandardCharsets.UTF_8);
                        out.add("/api/search?q=" + q);
                        out.add("/api/search?q=" + q + "&lang=hi");
                    }
                }
            }
        }
        Collections.shuffle(out, new Random(seed));
        return List.copyOf(out);
    }

    /**
     * One rate's outcome.
     *
     * @param rate requests per second asked
     * @param achieved requests per second actually sent
     * @param failed requests that failed, timed out or were not answered 200
     * @param latency every request's latency in nanoseconds, from its scheduled time
     */
    record Result(int rate, double achieved, int failed, long[] latency) {
        Result {
            Objects.requireNonNull(latency);
            latency = latency.clone();
            Arrays.sort(latency);
        }

        /** The {@code p}-th percentile (0–100) in milliseconds: the smallest latency at least p % of them reach. */
        double percentile(double p) {
            int i = (int) Math.ceil(p / 100 * latency.length) - 1;
            return latency[Math.max(0, Math.min(latency.length - 1, i))] / 1e6;
        }

        String line() {
            return String.format(
                    "OPENLOOP rate=%d/s sent=%d achieved=%.1f/s failed=%d p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms",
                    rate,
                    latency.length,
                    achieved,
                    failed,
                    percentile(50),
                    percentile(90),
                    percentile(99),
                    percentile(100));
        }
    }
}
