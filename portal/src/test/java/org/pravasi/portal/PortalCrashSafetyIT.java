package org.pravasi.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
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
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.portal.testing.PortalContract;
import org.pravasi.registry.web.Json;
import tools.jackson.databind.JsonNode;

/**
 * Kills the portal's JVM (SIGKILL) at random moments while it publishes a large dataset, restarts it on the same data
 * folder each time, and checks that the store opens without repair and that the dataset is wholly its old version or
 * wholly its new one in the store (observations and record), the catalogue and the search index (which the portal
 * reconciles at start-up). The registry's {@code CrashSafetyTest} does the same for the node without the index. Long:
 * runs only with {@code -Plong} or {@code -Dpravasi.crash=true} (see docs/security.md); the figures are configurable
 * with {@code pravasi.crash.iterations}, {@code .rows} and {@code .seed}.
 */
@Tag("long")
@EnabledIfSystemProperty(
        named = "pravasi.crash",
        matches = "true",
        disabledReason = "long: run with -Plong or -Dpravasi.crash=true")
@DisplayName("A portal killed while publishing restarts with every dataset wholly old or wholly new, also in search")
class PortalCrashSafetyIT {
    static final int ITERATIONS = Integer.getInteger("pravasi.crash.iterations", 20);
    static final int BASE_ROWS = Integer.getInteger("pravasi.crash.rows", 30_000);
    static final String DATASET = "https://w3id.org/pravasi/id/dataset/mrc-alliance/big";
    static final String TITLE = "Large dataset attempt ";
    static final String STATE = """
            PREFIX qb: <http://purl.org/linked-data/cube#>
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX dct: <http://purl.org/dc/terms/>
            SELECT ?v ?n ?all ?current ?versions ?title ?titles ?modified WHERE {
              { SELECT (SAMPLE(?ver) AS ?v) (COUNT(?obs) AS ?n) WHERE { <%1$s> dcat:hasCurrentVersion ?d . ?d dcat:version ?ver . ?obs qb:dataSet ?d } }
              { SELECT (COUNT(?o) AS ?all) WHERE { ?o qb:dataSet ?x FILTER(STRSTARTS(STR(?x), "%1$s/")) } }
              { SELECT (COUNT(?c) AS ?current) WHERE { <%1$s> dcat:hasCurrentVersion ?c } }
              { SELECT (COUNT(DISTINCT ?h) AS ?versions) WHERE { GRAPH <%1$s> { ?h dcat:version ?hv } } }
              { SELECT (SAMPLE(?t) AS ?title) (COUNT(DISTINCT ?t) AS ?titles) (SAMPLE(?m) AS ?modified)
                WHERE { GRAPH <%1$s> { <%1$s> dct:title ?t ; dct:modified ?m } } }
            }""".formatted(DATASET);

    private final HttpClient http = PortalContract.checking(
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());

    @TempDir
    Path data;

    @TempDir
    Path noDemoData;

    /** What one restart shows: which upload made the current version, and that version's number. */
    record Observed(int attempt, int version) {}

    @Test
    @DisplayName(
            "SIGKILLs at random moments of a large publish leave store, catalogue and search index wholly old or wholly new")
    void aKilledPortalRestartsWithEveryDatasetWhollyOldOrWhollyNewInStoreCatalogueAndSearch() throws Exception {
        Path geo = Path.of(System.getProperty("pravasi.test.geo", "absent"));
        Assumptions.assumeTrue(
                Files.isDirectory(geo),
                "the crash test publishes by district code; it needs the reference geography (pravasi.test.geo)");
        String key = createKey("mrc-alliance");
        String[] flags = {
            "--datasets", noDemoData.toString(), "--geo", geo.toString(), "--rate-publish", "0,0", "--rate-sparql", "0"
        };
        Random random = new Random(Long.getLong("pravasi.crash.seed", 7L));
        long started = System.nanoTime();
        long publishMillis;
        try (PortalProcess portal = PortalProcess.start(data, flags)) {
            portal.awaitHealthy(300);
            long t0 = System.nanoTime();
            HttpResponse<String> first = publish(portal, key, 0);
            assertEquals(201, first.statusCode(), first.body());
            publishMillis = (System.nanoTime() - t0) / 1_000_000;
            portal.kill();
        }
        int current = 0;
        int currentVersion = 1;
        int endedOld = 0;
        int endedNew = 0;
        int answered = 0;
        int rebuilt = 0;
        int pending = -1;
        boolean pendingAnswered = false;
        for (int i = 1; i <= ITERATIONS + 1; i++) {
            try (PortalProcess portal = PortalProcess.start(data, flags)) {
                portal.awaitHealthy(300);
                assertStoreOpenedWithoutRepair(portal, i);
                rebuilt += portal.output().stream().anyMatch(l -> l.contains("rebuilding from the store")) ? 1 : 0;
                Observed seen = observe(portal, "after restart " + i);
                if (pending >= 0 && seen.attempt() == pending) {
                    current = pending;
                    currentVersion++;
                    endedNew++;
                } else {
                    assertEquals(
                            current,
                            seen.attempt(),
                            "after restart " + i + ": the old upload or the new one, nothing else");
                    assertFalse(
                            pendingAnswered,
                            "after restart " + i
                                    + ": a publish answered 201 before the kill, yet the old version is current");
                    endedOld += pending >= 0 ? 1 : 0;
                }
                assertEquals(currentVersion, seen.version(), "after restart " + i + ": version number");
                if (i > ITERATIONS) {
                    break;
                }
                int attempt = i;
                CompletableFuture<HttpResponse<String>> upload = CompletableFuture.supplyAsync(() -> {
                    try {
                        return publish(portal, key, attempt);
                    } catch (Exception e) {
                        return null;
                    }
                });
                // Up to 2.5 × the first publish, so that some kills land after the 201 while the index may still lag.
                long delay = (long) ((0.3 + 2.2 * random.nextDouble()) * publishMillis);
                Thread.sleep(delay);
                HttpResponse<String> answer = upload.isDone() ? upload.getNow(null) : null;
                pendingAnswered = answer != null && answer.statusCode() == 201;
                answered += pendingAnswered ? 1 : 0;
                pending = attempt;
                portal.kill();
                System.out.printf(
                        "portal crash %2d: SIGKILL %5d ms into a publish of ~%d ms%s%n",
                        i, delay, publishMillis, pendingAnswered ? " (it had already answered 201)" : "");
            }
        }
        System.out.printf(
                "Portal crash safety: %d SIGKILLs during a %d-row publish (~%d ms), %d restarts without repair, "
                        + "%d ended old, %d ended new (%d had answered 201), 0 mixed (store, catalogue, search index); "
                        + "%d restarts rebuilt the index from the store; %d s in all%n",
                ITERATIONS,
                BASE_ROWS,
                publishMillis,
                ITERATIONS,
                endedOld,
                endedNew,
                answered,
                rebuilt,
                (System.nanoTime() - started) / 1_000_000_000);
    }

    /** Reads the dataset from store, catalogue and search index; fails unless all three show the same whole version. */
    private Observed observe(PortalProcess portal, String when) throws Exception {
        JsonNode row = state(portal);
        long n = row.path("n").path("value").asLong();
        int version = (int) row.path("v").path("value").asLong();
        int attempt = (int) (n - BASE_ROWS);
        String title = row.path("title").path("value").asString();
        String modified = row.path("modified").path("value").asString();
        assertEquals(n, row.path("all").path("value").asLong(), when + ": observations of one version only: " + row);
        assertEquals(1, row.path("current").path("value").asLong(), when + ": exactly one current version: " + row);
        // The record graph gives dcat:version to the dataset and to each of its versions.
        assertEquals(version + 1, row.path("versions").path("value").asLong(), when + ": version history: " + row);
        assertEquals(1, row.path("titles").path("value").asLong(), when + ": one title: " + row);
        assertEquals(
                TITLE + attempt, title, when + ": the record and the observations come from the same upload: " + row);

        List<JsonNode> listed = matching(json(portal.get("/api/datasets")).path("datasets"));
        assertEquals(1, listed.size(), when + ": the catalogue lists the dataset once: " + listed);
        JsonNode entry = listed.get(0);
        assertEquals(String.valueOf(version), entry.path("version").asString(), when + ": catalogue version: " + entry);
        assertEquals(title, entry.path("title").asString(), when + ": catalogue title: " + entry);
        assertEquals(modified, entry.path("modified").asString(), when + ": catalogue modified: " + entry);

        JsonNode result = json(portal.get("/api/search?q=" + URLEncoder.encode("Large", StandardCharsets.UTF_8)));
        List<JsonNode> hits = matching(result.path("hits"));
        assertEquals(1, hits.size(), when + ": search finds the dataset exactly once: " + result.path("hits"));
        JsonNode hit = hits.get(0);
        assertEquals(
                title,
                hit.path("title").asString(),
                when + ": the index holds the store's version (title): " + hit.path("title"));
        assertEquals(
                modified,
                hit.path("modified").asString(),
                when + ": the index holds the store's version (modified): " + hit.path("modified"));
        return new Observed(attempt, version);
    }

    private static List<JsonNode> matching(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(d -> {
            if (DATASET.equals(d.path("uri").asString())) {
                out.add(d);
            }
        });
        return out;
    }

    private static JsonNode json(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return Json.MAPPER.readTree(r.body());
    }

    private JsonNode state(PortalProcess portal) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(
                                portal.url() + "/sparql?query=" + URLEncoder.encode(STATE, StandardCharsets.UTF_8)))
                        .header("Accept", "application/sparql-results+json")
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode rows = json(r).path("results").path("bindings");
        assertEquals(1, rows.size(), r.body());
        return rows.get(0);
    }

    /** A store that needed repair would not reach /health; this also rules out lock complaints in the log. */
    private static void assertStoreOpenedWithoutRepair(PortalProcess portal, int restart) {
        List<String> complaints = portal.output().stream()
                .map(String::toLowerCase)
                .filter(l -> l.contains("lock") && (l.contains("error") || l.contains("exception")))
                .toList();
        assertTrue(complaints.isEmpty(), "restart " + restart + ": the store reported a lock problem: " + complaints);
    }

    /**
     * Upload {@code attempt} has {@code BASE_ROWS + attempt} rows and its own title, so each part tells which upload
     * made it.
     */
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

    static byte[] descriptor(int attempt) {
        return """
                {"slug": "big", "publisher": "mrc-alliance", "title": "%s%d", "description": "Crash test.",
                 "licence": "https://creativecommons.org/licenses/by/4.0/",
                 "columns": [{"name": "district", "role": "area", "level": "district"},
                             {"name": "quarter", "role": "period", "granularity": "quarter"},
                             {"name": "cases", "role": "measure", "measure": "cases"}]}
                """.formatted(TITLE, attempt).getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> publish(PortalProcess portal, String key, int attempt) throws Exception {
        String b = "b" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, b, "descriptor", "d.json", "application/json", descriptor(attempt));
        part(body, b, "csv", "f.csv", "text/csv", csv(attempt));
        body.writeBytes(("--" + b + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create(portal.url() + "/api/datasets"))
                        .header("Authorization", "Bearer " + key)
                        .header("Content-Type", "multipart/form-data; boundary=" + b)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .timeout(Duration.ofMinutes(5))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void part(
            ByteArrayOutputStream body, String boundary, String name, String file, String type, byte[] content) {
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                        + file + "\"\r\n" + "Content-Type: " + type + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    /** A key made with the registry CLI inside the portal jar, as an operator would. */
    private String createKey(String org) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(
                        java,
                        "-cp",
                        PortalProcess.jar().toString(),
                        "org.pravasi.registry.RegistryMain",
                        "keys",
                        "create",
                        "--data",
                        data.toString(),
                        "--org",
                        org)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "keys create failed: " + err);
        return out.lines().reduce((a, c) -> c).orElseThrow();
    }
}
