package org.pravasi.registry.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.testing.Multipart;
import org.pravasi.registry.testing.NodeProcess;
import org.pravasi.registry.testing.TestNode;
import org.pravasi.registry.web.Json;
import tools.jackson.databind.JsonNode;

/**
 * Kills a node's JVM (SIGKILL) at random moments while it publishes a large dataset, restarts it each time, and checks
 * that the store opens without repair and that the dataset is wholly its old version or wholly its new one, in the
 * observations and in the catalogue. Long: run with {@code -Plong} (see docs/security.md).
 */
@Tag("long")
class CrashSafetyTest {
    static final int ITERATIONS = Integer.getInteger("pravasi.crash.iterations", 20);
    static final int BASE_ROWS = Integer.getInteger("pravasi.crash.rows", 30_000);
    static final String DATASET = "https://w3id.org/pravasi/id/dataset/mrc-alliance/big";
    static final String STATE = """
            PREFIX qb: <http://purl.org/linked-data/cube#>
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX dct: <http://purl.org/dc/terms/>
            SELECT ?v ?n ?all ?current ?versions WHERE {
              { SELECT (SAMPLE(?ver) AS ?v) (COUNT(?obs) AS ?n) WHERE { <%1$s> dcat:hasCurrentVersion ?d . ?d dcat:version ?ver . ?obs qb:dataSet ?d } }
              { SELECT (COUNT(?o) AS ?all) WHERE { ?o qb:dataSet ?x FILTER(STRSTARTS(STR(?x), "%1$s/")) } }
              { SELECT (COUNT(?c) AS ?current) WHERE { <%1$s> dcat:hasCurrentVersion ?c } }
              { SELECT (COUNT(DISTINCT ?h) AS ?versions) WHERE { GRAPH <%1$s> { ?h dcat:version ?hv } } }
            }""".formatted(DATASET);
    static final byte[] DESCRIPTOR = """
            {"slug": "big", "publisher": "mrc-alliance", "title": "A large dataset", "description": "Crash test.",
             "licence": "https://creativecommons.org/licenses/by/4.0/",
             "columns": [{"name": "district", "role": "area", "level": "district"},
                         {"name": "quarter", "role": "period", "granularity": "quarter"},
                         {"name": "cases", "role": "measure", "measure": "cases"}]}
            """.getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path data;

    /** Upload {@code attempt} has {@code BASE_ROWS + attempt} rows, so a version's size tells which upload made it. */
    static byte[] csv(int attempt) {
        StringBuilder b = new StringBuilder("district,quarter,cases\n");
        for (int r = 0; r < BASE_ROWS + attempt; r++) {
            b.append(100 + r % 600)
                    .append(',')
                    .append(1900 + (r / 600) / 4)
                    .append("-Q")
                    .append(1 + (r / 600) % 4)
                    .append(',')
                    .append(10 + (r * 31 + attempt) % 500)
                    .append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aKilledNodeRestartsWithEveryDatasetWhollyOldOrWhollyNew() throws Exception {
        TestNode.start(data, Optional.empty()).close();
        String key = org.pravasi.registry.keys.KeyStore.open(data)
                .create("mrc-alliance")
                .secret();
        Random random = new Random(Long.getLong("pravasi.crash.seed", 7L));
        int current = -1;
        int currentVersion = 0;
        long publishMillis;
        try (NodeProcess node = start()) {
            long t0 = System.nanoTime();
            assertEquals(201, publish(node, key, 0).statusCode());
            publishMillis = (System.nanoTime() - t0) / 1_000_000;
            current = 0;
            currentVersion = 1;
            node.kill();
        }
        int killedMidway = 0;
        int becameNew = 0;
        int pending = -1;
        boolean pendingAnswered = false;
        for (int i = 1; i <= ITERATIONS + 1; i++) {
            try (NodeProcess node = start()) {
                int state = observed(node);
                if (pending >= 0 && state == pending) {
                    current = pending;
                    currentVersion++;
                    becameNew++;
                } else {
                    assertEquals(
                            current, state, "after restart " + i + ": the old version or the new one, nothing else");
                    assertTrue(
                            !pendingAnswered, "a publish answered 201 before the kill, yet the old version is current");
                    killedMidway += pending >= 0 ? 1 : 0;
                }
                assertState(node, current, currentVersion, "after restart " + i);
                if (i > ITERATIONS) {
                    break;
                }
                int attempt = i;
                CompletableFuture<HttpResponse<String>> upload = CompletableFuture.supplyAsync(() -> {
                    try {
                        return publish(node, key, attempt);
                    } catch (Exception e) {
                        return null;
                    }
                });
                long delay = (long) ((0.4 + random.nextDouble()) * publishMillis);
                Thread.sleep(delay);
                HttpResponse<String> answer = upload.isDone() ? upload.getNow(null) : null;
                pendingAnswered = answer != null && answer.statusCode() == 201;
                pending = attempt;
                node.kill();
                System.out.printf(
                        "crash %2d: SIGKILL %5d ms into a publish of ~%d ms%s%n",
                        i, delay, publishMillis, pendingAnswered ? " (it had already answered 201)" : "");
            }
        }
        System.out.printf(
                "Crash safety: %d SIGKILLs during a %d-row publish (~%d ms), %d restarts without repair, %d ended old, %d ended new, 0 mixed%n",
                ITERATIONS, BASE_ROWS, publishMillis, ITERATIONS, killedMidway, becameNew);
    }

    private NodeProcess start() throws Exception {
        return NodeProcess.start(data, List.of("-Xmx1g"), "--fuseki-port", "0", "--rate-publish", "0,0");
    }

    /** Which upload made the current version (by its size), after checking it is whole and the catalogue agrees. */
    private static int observed(NodeProcess node) throws Exception {
        JsonNode row = state(node);
        long n = row.path("n").path("value").asLong();
        long all = row.path("all").path("value").asLong();
        assertEquals(n, all, "observations of one version only: " + row);
        assertEquals(
                1, row.path("current").path("value").asLong(), "exactly one current version in the catalogue: " + row);
        // The record graph gives dcat:version to the dataset and to each of its versions.
        assertEquals(
                row.path("v").path("value").asLong() + 1,
                row.path("versions").path("value").asLong(),
                "version history matches: " + row);
        return (int) (n - BASE_ROWS);
    }

    private static void assertState(NodeProcess node, int attempt, int version, String when) throws Exception {
        JsonNode row = state(node);
        assertEquals(BASE_ROWS + attempt, row.path("n").path("value").asLong(), when + ": " + row);
        assertEquals(version, row.path("v").path("value").asLong(), when + ": " + row);
        observed(node);
    }

    private static JsonNode state(NodeProcess node) throws Exception {
        HttpResponse<String> r = node.send(HttpRequest.newBuilder(
                        URI.create(node.sparqlUrl() + "?query=" + URLEncoder.encode(STATE, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(60)));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode rows = Json.MAPPER.readTree(r.body()).path("results").path("bindings");
        assertEquals(1, rows.size(), r.body());
        return rows.get(0);
    }

    private static HttpResponse<String> publish(NodeProcess node, String key, int attempt) throws Exception {
        Multipart m = new Multipart()
                .file("descriptor", "d.json", "application/json", DESCRIPTOR)
                .file("csv", "f.csv", "text/csv", csv(attempt));
        return node.send(node.request("/api/datasets")
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", m.contentType())
                .POST(m.publisher())
                .timeout(Duration.ofMinutes(5)));
    }
}
