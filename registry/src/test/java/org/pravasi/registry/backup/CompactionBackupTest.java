package org.pravasi.registry.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.config.NodeConfig;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.org.Organisation;
import org.pravasi.registry.publish.PublishOutcome;
import org.pravasi.registry.publish.PublishRequest;
import org.pravasi.registry.store.Compaction;
import org.pravasi.registry.store.Store;
import org.pravasi.registry.testing.TestNode;

/**
 * A node that replaces one dataset again and again keeps its store near the size of a fresh copy, by compacting it
 * online, and its backups taken during or after a compaction restore the same data.
 */
class CompactionBackupTest {
    private static final String ORG = "mrc-alliance";
    private static final String SLUG = "case-resolution-by-district-year";

    @TempDir
    Path dir;

    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void replacingADatasetManyTimesKeepsTheStoreWithinThreeTimesAFreshCopy() throws Exception {
        Path data = dir.resolve("data");
        try (RegistryNode node = start(data, new Compaction(2, 0))) {
            for (int i = 0; i < 12; i++) {
                assertEquals(PublishOutcome.Status.PUBLISHED, replace(node, i).status());
            }
            Snapshot.write(node.store(), data, dir.resolve("b.zip"));
        } // closing waits for a compaction under way
        long live;
        try (Store store = Store.open(data, Compaction.NEVER)) {
            live = store.sizeOnDisk();
        }
        Restore.restore(dir.resolve("b.zip"), dir.resolve("fresh"), false);
        long fresh;
        try (Store store = Store.open(dir.resolve("fresh"), Compaction.NEVER)) {
            fresh = store.sizeOnDisk();
        }
        assertTrue(live <= 3 * fresh, "the store takes " + live + " bytes, a fresh copy " + fresh);
    }

    @Test
    void aBackupTakenWhileTheStoreCompactsRestoresTheSameData() throws Exception {
        Path data = dir.resolve("data");
        DatasetGraph live;
        try (RegistryNode node = start(data, Compaction.NEVER)) {
            for (int i = 0; i < 3; i++) {
                replace(node, i);
            }
            Future<?> compaction = pool.submit(() -> node.store().compact());
            Future<BackupReport> backup = pool.submit(() -> Snapshot.write(node.store(), data, dir.resolve("b.zip")));
            compaction.get(2, TimeUnit.MINUTES);
            assertTrue(backup.get(2, TimeUnit.MINUTES).quads() > 0);
            live = copyOf(node.store());
        }
        assertRestoresTo(live, dir.resolve("b.zip"));
    }

    @Test
    void aBackupTakenAfterACompactionRestoresTheSameData() throws Exception {
        Path data = dir.resolve("data");
        DatasetGraph live;
        try (RegistryNode node = start(data, Compaction.NEVER)) {
            replace(node, 0);
            node.store().compact();
            replace(node, 1);
            node.store().compact();
            Snapshot.write(node.store(), data, dir.resolve("b.zip"));
            live = copyOf(node.store());
        }
        assertRestoresTo(live, dir.resolve("b.zip"));
    }

    private void assertRestoresTo(DatasetGraph live, Path backup) {
        Path copy = dir.resolve("restored");
        Restore.restore(backup, copy, false);
        try (Store restored = Store.open(copy, Compaction.NEVER)) {
            assertTrue(IsoMatcher.isomorphic(live, copyOf(restored)), "the restored store holds the same quads");
        }
    }

    private static RegistryNode start(Path data, Compaction compaction) {
        RegistryNode node = RegistryNode.start(
                NodeConfig.builder(data).port(0).compaction(compaction).build());
        node.organisations().upsert(Organisation.named(ORG, ORG));
        return node;
    }

    /** Publishes the demo dataset with a new title, so that each is a new version replacing the one before. */
    private static PublishOutcome replace(RegistryNode node, int round) {
        String descriptor = new String(TestNode.demo(ORG + "/" + SLUG + ".json"), StandardCharsets.UTF_8)
                .replaceFirst("\"en\": \"", "\"en\": \"Round " + round + ": ");
        return node.publisher()
                .publish(new PublishRequest(
                        ORG,
                        SLUG + ".json",
                        descriptor.getBytes(StandardCharsets.UTF_8),
                        SLUG + ".csv",
                        TestNode.demo(ORG + "/" + SLUG + ".csv"),
                        false));
    }

    private static DatasetGraph copyOf(Store store) {
        return store.read(() -> {
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            store.dataset().find().forEachRemaining(copy::add);
            return copy;
        });
    }
}
