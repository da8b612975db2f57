package org.pravasi.portal.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.portal.PortalProcess;
import org.pravasi.portal.testing.PortalContract;
import org.pravasi.registry.keys.KeyStore;

/**
 * Scaling step 3 of docs/scaling.md, on engines that exist: two portal instances (real jars, separate JVMs) harvest the
 * same registry node behind HAProxy. They converge on the same data; during a read load through the load balancer one
 * instance is killed with SIGKILL and replaced by a fresh one that harvests from scratch, and no request fails.
 */
class LoadBalancedPortalsIT {
    private static final String BASE = "https://node-lb.example.org/pravasi/";
    private static final String DATASET = BASE + "id/dataset/mrc-alliance/legal-aid";
    /** Every observation of the harvested dataset, in a fixed order: equal answers mean equal data. */
    private static final String OBSERVATIONS = "SELECT ?o ?p ?v WHERE { GRAPH ?g { ?o a"
            + " <http://purl.org/linked-data/cube#Observation> ; ?p ?v } } ORDER BY ?o ?p ?v";

    private final HttpClient http = PortalContract.checking(
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());

    @TempDir
    Path dir;

    @Test
    @DisplayName("two portals behind HAProxy converge, and one killed and replaced under load fails no request")
    void killAndReplaceUnderLoad() throws Exception {
        Assumptions.assumeTrue(
                LoadBalancer.executable().isPresent() || "true".equals(System.getenv("CI")),
                "HAProxy is not installed (apt-get install haproxy); .ci/run installs it");
        String key = key(dir.resolve("node"), "mrc-alliance");
        Files.createDirectories(dir.resolve("no-demo"));
        try (NodeProcess node = NodeProcess.start(dir.resolve("node"), BASE, 0);
                PortalProcess p1 = portal("p1", node);
                PortalProcess p2 = portal("p2", node)) {
            publish(node.url(), key);
            for (PortalProcess p : List.of(p1, p2)) {
                p.awaitHealthy(180);
                awaitHarvested(p);
            }
            assertEquals(observations(p1), observations(p2), "the two instances hold the same observations");

            try (LoadBalancer lb = LoadBalancer.start(dir.resolve("lb"), List.of(hostPort(p1), hostPort(p2)))) {
                awaitServing(lb);
                Load load = new Load(lb.url());
                load.start(4);
                Thread.sleep(2_000);
                p1.kill();
                String events = "p1 killed at " + load.elapsed() + " ms";
                try (PortalProcess p3 = portal("p3", node)) {
                    p3.awaitHealthy(180);
                    awaitHarvested(p3);
                    assertEquals(observations(p2), observations(p3), "the replacement converged on the same data");
                    lb.replace("p3", hostPort(p3));
                    lb.drain("p1");
                    events += ", p3 in service at " + load.elapsed() + " ms";
                    long servedBefore = lb.served().get("p3");
                    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                    while (lb.served().get("p3") < servedBefore + 20 && System.nanoTime() < deadline) {
                        Thread.sleep(200);
                    }
                    List<String> failures = load.stop();
                    Map<String, Long> served = lb.served();
                    String steps = events + ", load stopped at " + load.elapsed() + " ms";
                    assertTrue(
                            failures.isEmpty(),
                            () -> failures.size() + " of " + load.count() + " requests failed (" + steps + "), e.g. "
                                    + failures.subList(0, Math.min(5, failures.size())) + "\n" + logOf(lb));
                    assertTrue(load.count() > 100, () -> "only " + load.count() + " requests were made");
                    assertTrue(
                            served.get("p1") > 0 && served.get("p2") > 0 && served.get("p3") >= servedBefore + 20,
                            () -> "each instance served its share: " + served);
                } finally {
                    load.stop();
                }
            }
        }
    }

    private PortalProcess portal(String name, NodeProcess node) throws Exception {
        // Behind one load balancer every client has its address; per-IP limits (SPARQL, each client's share of reads)
        // are the balancer's job.
        return PortalProcess.start(
                dir.resolve(name),
                "--peer",
                node.url() + "=" + BASE,
                "--harvest-interval",
                "1",
                "--datasets",
                dir.resolve("no-demo").toString(),
                "--rate-sparql",
                "0",
                "--reads-per-client",
                "0");
    }

    private static String logOf(LoadBalancer lb) {
        try {
            return lb.log()
                    .lines()
                    .filter(l -> !l.contains(" 200 "))
                    .limit(40)
                    .collect(java.util.stream.Collectors.joining("\n"));
        } catch (java.io.IOException e) {
            return "(no HAProxy log: " + e + ")";
        }
    }

    private static String hostPort(PortalProcess p) {
        return URI.create(p.url()).getAuthority();
    }

    private static String key(Path data, String org) throws Exception {
        Files.createDirectories(data);
        return KeyStore.open(data).create(org).secret();
    }

    private String observations(PortalProcess p) throws Exception {
        HttpResponse<String> r = p.get("/sparql?query=" + enc(OBSERVATIONS), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().lines().count() > 4, r.body());
        return r.body();
    }

    private static void awaitHarvested(PortalProcess p) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!p.get("/api/search?q=" + enc("legal aid")).body().contains(DATASET)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        p.url() + " did not harvest the dataset within 120 s:\n" + String.join("\n", p.output()));
            }
            Thread.sleep(200);
        }
    }

    private void awaitServing(LoadBalancer lb) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                if (get(lb.url() + "/health") == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("HAProxy did not serve /health within 30 s:\n" + lb.log());
            }
            Thread.sleep(100);
        }
    }

    private int get(String url) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private void publish(String node, String key) throws Exception {
        String descriptor = """
                {"slug": "legal-aid", "publisher": "mrc-alliance", "title": "Katihar legal aid cases",
                 "description": "Cases recorded by the centre.",
                 "licence": "https://creativecommons.org/licenses/by/4.0/", "themes": ["legal-aid"],
                 "columns": [{"name": "district", "role": "area", "level": "district"},
                             {"name": "quarter", "role": "period", "granularity": "quarter"},
                             {"name": "cases", "role": "measure", "measure": "cases"}]}
                """;
        String csv = "district,quarter,cases\n201,2024-Q1,20\n201,2024-Q2,30\n62,2024-Q1,25\n62,2024-Q2,40\n";
        String b = "b" + UUID.randomUUID();
        String body = "--" + b
                + "\r\nContent-Disposition: form-data; name=\"descriptor\"; filename=\"d.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + descriptor + "\r\n--" + b
                + "\r\nContent-Disposition: form-data; name=\"csv\"; filename=\"f.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + b + "--\r\n";
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(node + "api/datasets"))
                        .header("Content-Type", "multipart/form-data; boundary=" + b)
                        .header("Authorization", "Bearer " + key)
                        .timeout(Duration.ofSeconds(120))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Readers cycling through /health, a search and a SPARQL query through the balancer until stopped. */
    private final class Load {
        private final List<String> urls;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong count = new AtomicLong();
        private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        private final List<Future<?>> workers = new ArrayList<>();
        private ExecutorService pool;
        private final long started = System.nanoTime();

        Load(String lb) {
            this.urls = List.of(
                    lb + "/health",
                    lb + "/api/search?q=" + enc("legal aid"),
                    lb + "/sparql?query=" + enc("SELECT ?d WHERE { ?d a <http://www.w3.org/ns/dcat#Dataset> }"));
        }

        void start(int threads) {
            pool = Executors.newFixedThreadPool(threads);
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = 0; running.get(); i++) {
                        String url = urls.get(i % urls.size());
                        try {
                            int status = get(url);
                            if (status != 200) {
                                failures.add(elapsed() + " ms: " + status + " " + url);
                            }
                        } catch (Exception e) {
                            failures.add(elapsed() + " ms: " + e + " " + url);
                        }
                        count.incrementAndGet();
                    }
                }));
            }
        }

        List<String> stop() throws Exception {
            if (running.getAndSet(false)) {
                for (Future<?> w : workers) {
                    w.get();
                }
                pool.shutdown();
            }
            return List.copyOf(failures);
        }

        /** Milliseconds since the load began, to place failures among the test's steps. */
        long elapsed() {
            return (System.nanoTime() - started) / 1_000_000;
        }

        long count() {
            return count.get();
        }
    }
}
