package org.pravasi.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pravasi.portal.search.SearchApi.descriptor;
import static org.pravasi.portal.search.SearchApi.uris;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.portal.testing.DemoPortal;
import org.pravasi.registry.config.NodeConfig;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.org.Organisation;
import org.pravasi.registry.publish.PublishOutcome;
import org.pravasi.registry.publish.PublishRequest;

/**
 * At start-up the index is reconciled with the store: kept when it matches, rebuilt when it is missing, corrupt or
 * stale. One data folder (no geography, so restarts take a second or two) is restarted by each test in turn.
 */
@DisplayName("Search index reconciliation at start-up")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchIndexRecoveryTest {
    static final String ORG = "recovery-test";
    static final String FIRST = "https://w3id.org/pravasi/id/dataset/" + ORG + "/walnut-orchard-claims";
    static final String SECOND = "https://w3id.org/pravasi/id/dataset/" + ORG + "/saffron-field-claims";

    @TempDir
    static Path dir;

    static DemoPortal portal;
    static long documents;

    @BeforeAll
    static void start() {
        portal = DemoPortal.start(dir, Optional.empty(), Optional.empty());
        portal.portal().node().organisations().upsert(Organisation.named(ORG, "Recovery Test Union"));
        String key = portal.portal().node().keys().create(ORG).secret();
        SearchApi api = new SearchApi(portal);
        assertEquals(
                201,
                api.publish(
                                key,
                                descriptor(ORG, "walnut-orchard-claims", "Walnut orchard claims", "Counts."),
                                SearchApi.CSV)
                        .statusCode());
        api.await(Duration.ofSeconds(30), r -> uris(r).contains(FIRST), "q", "walnut");
        documents = api.search().path("total").asLong();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    static Path index() {
        return dir.resolve(SearchIndex.FOLDER);
    }

    /** Stops the portal, runs {@code whileDown}, starts it again and returns what it logged while starting. */
    static LogCapture restart(Runnable whileDown) {
        portal.close();
        whileDown.run();
        LogCapture log = LogCapture.open();
        try {
            portal = DemoPortal.start(dir, Optional.empty(), Optional.empty());
        } finally {
            log.close();
        }
        return log;
    }

    static SearchApi api() {
        return new SearchApi(portal);
    }

    @Test
    @Order(1)
    @DisplayName("an index that matches the store is kept, not rebuilt")
    void upToDateIndexIsKept() {
        LogCapture log = restart(() -> {});
        assertTrue(
                log.has("Search index is up to date: " + documents + " documents"),
                log.lines().toString());
        assertFalse(log.has("rebuilding"), log.lines().toString());
        assertTrue(uris(api().search("q", "walnut")).contains(FIRST));
    }

    @Test
    @Order(2)
    @DisplayName("a deleted index folder is rebuilt from the store")
    void deletedIndexIsRebuilt() {
        LogCapture log = restart(() -> deleteTree(index()));
        assertTrue(
                log.has("is new or was reset; rebuilding from the store"),
                log.lines().toString());
        assertEquals(documents, api().search().path("total").asLong());
        assertTrue(uris(api().search("q", "walnut")).contains(FIRST));
    }

    @Test
    @Order(3)
    @DisplayName("garbage in one segment file (the index opens, checksums fail) gets the index rebuilt, with a warning")
    void corruptSegmentIsRebuilt() {
        LogCapture log = restart(() -> garble(largestDataFile()));
        assertTrue(
                log.has("WARN The search index in " + index() + " cannot be read"),
                log.lines().toString());
        assertTrue(log.has("rebuilding from the store"), log.lines().toString());
        assertEquals(documents, api().search().path("total").asLong());
        assertTrue(uris(api().search("q", "walnut")).contains(FIRST));
    }

    @Test
    @Order(4)
    @DisplayName("garbage in every index file gets the index rebuilt, with a warning")
    void corruptFilesAreRebuilt() {
        LogCapture log = restart(() -> indexFiles().forEach(SearchIndexRecoveryTest::garble));
        assertTrue(
                log.has("WARN The search index in " + index() + " cannot be read"),
                log.lines().toString());
        assertEquals(documents, api().search().path("total").asLong());
        assertTrue(uris(api().search("q", "walnut")).contains(FIRST));
    }

    @Test
    @Order(5)
    @DisplayName("a store changed while the portal was down (publish, withdrawal) is reconciled at start")
    void staleIndexIsReconciled() {
        LogCapture log = restart(() -> {
            try (RegistryNode node =
                    RegistryNode.start(NodeConfig.builder(dir).port(0).build())) {
                byte[] desc = descriptor(ORG, "saffron-field-claims", "Saffron field claims", "Counts.")
                        .getBytes(StandardCharsets.UTF_8);
                PublishOutcome o = node.publisher()
                        .publish(new PublishRequest(
                                ORG, "d.json", desc, "d.csv", SearchApi.CSV.getBytes(StandardCharsets.UTF_8), false));
                assertEquals(PublishOutcome.Status.PUBLISHED, o.status(), o.toString());
                assertTrue(node.publisher()
                        .withdraw(ORG, "walnut-orchard-claims", "Counted twice.")
                        .withdrawn());
            }
        });
        assertTrue(
                log.has("Search index is stale; rebuilding from the store"),
                log.lines().toString());
        assertTrue(uris(api().search("q", "saffron")).contains(SECOND));
        assertEquals(0, api().search("q", "walnut").path("total").asLong());
        assertEquals(documents, api().search().path("total").asLong(), "one dataset in, one out");
    }

    static List<Path> indexFiles() {
        try (Stream<Path> s = Files.list(index())) {
            return s.filter(p -> !p.getFileName().toString().equals("write.lock"))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path largestDataFile() {
        return indexFiles().stream()
                .filter(p -> !p.getFileName().toString().startsWith("segments"))
                .max(Comparator.comparingLong(SearchIndexRecoveryTest::size))
                .orElseThrow();
    }

    /** Overwrites 64 bytes (or a third of a small file) in the middle of {@code file} with random bytes. */
    static void garble(Path file) {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] junk = new byte[(int) Math.max(1, Math.min(64, f.length() / 3))];
            new Random(file.getFileName().toString().hashCode()).nextBytes(junk);
            f.seek(f.length() / 2);
            f.write(junk);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
