package org.pravasi.portal.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.org.Organisation;
import org.pravasi.registry.publish.PublishOutcome;
import org.pravasi.registry.publish.PublishRequest;
import org.pravasi.registry.web.Json;
import tools.jackson.databind.JsonNode;

/**
 * Readers over HTTP while a dataset is replaced again and again: every SPARQL answer sees exactly one version, with
 * that version's own number of observations, and no observation of any other version; no request fails.
 */
@DisplayName("Readers during writes see one whole version, never a mix")
class ReadersDuringWritesTest {
    static final String DATASET = "https://w3id.org/pravasi/id/dataset/mrc-alliance/swap";
    static final int REPLACEMENTS = Integer.getInteger("pravasi.rdw.replacements", 20);
    static final int READERS = 4;
    static final String QUERY = """
            PREFIX qb: <http://purl.org/linked-data/cube#>
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            SELECT ?v ?n ?all WHERE {
              { SELECT (SAMPLE(?ver) AS ?v) (COUNT(?obs) AS ?n) WHERE {
                  <%1$s> dcat:hasCurrentVersion ?d . ?d dcat:version ?ver . ?obs qb:dataSet ?d } }
              { SELECT (COUNT(?o) AS ?all) WHERE { ?o qb:dataSet ?x FILTER(STRSTARTS(STR(?x), "%1$s/")) } }
            }""".formatted(DATASET);

    @TempDir
    Path data;

    /** Version {@code k} has its own number of rows, so a reader can tell versions apart by their counts. */
    static int rows(int version) {
        return 40 + 20 * (version % 5);
    }

    static byte[] csv(int version) {
        StringBuilder b = new StringBuilder("district,quarter,cases\n");
        for (int i = 0; i < rows(version); i++) {
            b.append(100 + i)
                    .append(",2024-Q1,")
                    .append(10 + (i * 7 + version) % 90)
                    .append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    static final byte[] DESCRIPTOR = """
            {"slug": "swap", "publisher": "mrc-alliance", "title": "Replaced again and again", "description": "Test.",
             "licence": "https://creativecommons.org/licenses/by/4.0/",
             "columns": [{"name": "district", "role": "area", "level": "district"},
                         {"name": "quarter", "role": "period", "granularity": "quarter"},
                         {"name": "cases", "role": "measure", "measure": "cases"}]}
            """.getBytes(StandardCharsets.UTF_8);

    @Test
    void everyReadSeesExactlyOneVersionsConsistentCounts() throws Exception {
        Path empty = Files.createDirectories(data.resolve("no-demo"));
        try (OwnPortal portal = OwnPortal.start(
                data.resolve("data"), c -> c.toBuilder().datasetsDir(empty).build())) {
            var node = portal.portal.node();
            node.organisations().upsert(Organisation.named("mrc-alliance", "MRC Alliance"));
            assertEquals(PublishOutcome.Status.PUBLISHED, publish(node, 1));

            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger reads = new AtomicInteger();
            AtomicInteger catalogueReads = new AtomicInteger();
            ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
            java.util.Set<String> versionsSeen = java.util.concurrent.ConcurrentHashMap.newKeySet();
            ExecutorService pool = Executors.newFixedThreadPool(READERS);
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                readers.add(pool.submit(() -> {
                    while (writing.get()) {
                        try {
                            HttpResponse<String> a = portal.sparql(QUERY);
                            if (a.statusCode() != 200) {
                                errors.add("SPARQL " + a.statusCode() + " " + a.body());
                                continue;
                            }
                            JsonNode rows = Json.MAPPER
                                    .readTree(a.body())
                                    .path("results")
                                    .path("bindings");
                            if (rows.size() != 1) {
                                errors.add("expected one row, got " + rows);
                                continue;
                            }
                            int v = Integer.parseInt(
                                    rows.get(0).path("v").path("value").asString());
                            long n = Long.parseLong(
                                    rows.get(0).path("n").path("value").asString());
                            long all = Long.parseLong(
                                    rows.get(0).path("all").path("value").asString());
                            if (n != rows(v) || all != n) {
                                errors.add("version " + v + ": " + n + " observations of the current version (expected "
                                        + rows(v) + "), " + all + " observations of any version");
                            }
                            versionsSeen.add(Integer.toString(v));
                            reads.incrementAndGet();
                            HttpResponse<String> c = portal.get("/api/datasets");
                            if (c.statusCode() != 200 || !c.body().contains(DATASET)) {
                                errors.add("catalogue " + c.statusCode() + " " + c.body());
                            }
                            catalogueReads.incrementAndGet();
                        } catch (Exception e) {
                            errors.add(e.toString());
                        }
                    }
                }));
            }
            for (int version = 2; version <= REPLACEMENTS + 1; version++) {
                assertEquals(PublishOutcome.Status.PUBLISHED, publish(node, version));
            }
            Thread.sleep(200);
            writing.set(false);
            for (Future<?> f : readers) {
                f.get();
            }
            pool.shutdown();
            assertEquals(List.of(), List.copyOf(errors));
            assertTrue(reads.get() > REPLACEMENTS, "readers ran throughout: " + reads.get() + " reads");
            assertTrue(versionsSeen.size() > 2, "readers saw several versions: " + versionsSeen);
            System.out.printf(
                    "Readers during writes: %d replacements, %d SPARQL reads + %d catalogue reads by %d readers, %d versions seen, 0 errors, 0 mixed%n",
                    REPLACEMENTS, reads.get(), catalogueReads.get(), READERS, versionsSeen.size());
        }
    }

    private static PublishOutcome.Status publish(org.pravasi.registry.node.RegistryNode node, int version) {
        PublishOutcome o = node.publisher()
                .publish(new PublishRequest("mrc-alliance", "d.json", DESCRIPTOR, "f.csv", csv(version), false));
        assertEquals(version, o.versionNumber(), o.findings().toString());
        return o.status();
    }
}
