package org.pravasi.registry.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.catalog.CatalogReader;
import org.pravasi.registry.cli.CliRunner;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.publish.PublishOutcome;
import org.pravasi.registry.publish.PublishRequest;
import org.pravasi.registry.testing.TestNode;

/**
 * {@code backup} and {@code restore} as an operator runs them: online snapshot, verified restore, a node on the copy.
 */
class BackupRestoreTest {
    @TempDir
    Path dir;

    @Test
    void anOnlineBackupRestoresIntoANewFolderWithTheSameTriplesDatasetsKeysAndArchive() throws Exception {
        Path original = dir.resolve("data");
        Path backup = dir.resolve("backups/node.zip");
        Path copy = dir.resolve("restored");
        DatasetGraph before;
        List<String> datasets;
        String key;
        try (RegistryNode node = TestNode.start(original, Optional.empty())) {
            key = node.keys().create("mrc-alliance").secret();
            assertEquals(
                    PublishOutcome.Status.PUBLISHED,
                    TestNode.publishDemo(node, "mrc-alliance", "case-resolution-by-district-year")
                            .status());
            String descriptor = new String(
                            TestNode.demo("mrc-alliance/case-resolution-by-district-year.json"), StandardCharsets.UTF_8)
                    .replaceFirst("\"en\": \"", "\"en\": \"Updated: ");
            assertEquals(
                    PublishOutcome.Status.PUBLISHED,
                    node.publisher()
                            .publish(new PublishRequest(
                                    "mrc-alliance",
                                    "d.json",
                                    descriptor.getBytes(StandardCharsets.UTF_8),
                                    "f.csv",
                                    TestNode.demo("mrc-alliance/case-resolution-by-district-year.csv"),
                                    false))
                            .status(),
                    "a second version (a new title: the same content again would be unchanged), so that the first goes to the archive");
            assertTrue(AdminSocket.answers(original), "the running node answers on its operator socket");

            CliRunner.Run b = CliRunner.run("backup", "--data", original.toString(), "--out", backup.toString());
            assertEquals(0, b.code(), b.err());
            assertTrue(b.out().contains("quads"), b.out());
            before = copyOf(node);
            datasets = identifiers(node);
        }
        assertTrue(Files.size(backup) > 0);

        CliRunner.Run r = CliRunner.run("restore", "--data", copy.toString(), "--from", backup.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("verified"), r.out());
        try (RegistryNode restored = TestNode.start(copy, Optional.empty())) {
            assertTrue(IsoMatcher.isomorphic(before, copyOf(restored)), "the restored store holds the same quads");
            assertEquals(datasets, identifiers(restored), "the same catalogue");
            assertEquals(Optional.of("mrc-alliance"), restored.keys().authenticate(key), "the same API keys");
            try (var files = Files.walk(copy.resolve("archive"))) {
                assertTrue(files.anyMatch(p -> p.toString().endsWith(".nt.gz")), "the archived first version");
            }
        }
    }

    @Test
    void restoreRefusesANonEmptyFolderUnlessForcedAndThenMovesItAside() throws Exception {
        Path data = dir.resolve("data");
        Path backup = dir.resolve("b.zip");
        try (RegistryNode node = TestNode.start(data, Optional.empty())) {
            TestNode.publishDemo(node, "mrc-alliance", "case-resolution-by-district-year");
        }
        CliRunner.Run offline = CliRunner.run("backup", "--data", data.toString(), "--out", backup.toString());
        assertEquals(0, offline.code(), "a stopped node's folder is backed up directly: " + offline.err());

        Path target = dir.resolve("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("something.txt"), "keep me");
        CliRunner.Run refused = CliRunner.run("restore", "--data", target.toString(), "--from", backup.toString());
        assertEquals(org.pravasi.registry.cli.ExitCode.BAD_INPUT.code(), refused.code(), refused.err());
        assertTrue(refused.err().contains("not empty") && refused.err().contains("--force"), refused.err());
        assertFalse(Files.exists(target.resolve("tdb2")), "nothing was restored");

        CliRunner.Run forced =
                CliRunner.run("restore", "--data", target.toString(), "--from", backup.toString(), "--force");
        assertEquals(0, forced.code(), forced.err());
        assertTrue(Files.isDirectory(target.resolve("tdb2")));
        try (var siblings = Files.list(dir)) {
            Path aside = siblings.filter(p -> p.getFileName().toString().startsWith("target.before-restore-"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    "keep me",
                    Files.readString(aside.resolve("something.txt")),
                    "the old contents are kept, not deleted");
        }
    }

    @Test
    void aDamagedBackupIsRefusedAndLeavesNoFolderBehind() throws Exception {
        Path data = dir.resolve("data");
        Path backup = dir.resolve("b.zip");
        TestNode.start(data, Optional.empty()).close();
        assertEquals(
                0,
                CliRunner.run("backup", "--data", data.toString(), "--out", backup.toString())
                        .code());
        byte[] bytes = Files.readAllBytes(backup);
        Files.write(backup, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        CliRunner.Run r =
                CliRunner.run("restore", "--data", dir.resolve("new").toString(), "--from", backup.toString());
        assertEquals(org.pravasi.registry.cli.ExitCode.BAD_INPUT.code(), r.code(), r.err());
        assertFalse(Files.exists(dir.resolve("new")), "no half-restored folder");
        try (var siblings = Files.list(dir)) {
            assertTrue(
                    siblings.noneMatch(p -> p.getFileName().toString().contains(".restoring-")),
                    "no staging folder left");
        }
    }

    private static DatasetGraph copyOf(RegistryNode node) {
        return node.store().read(() -> {
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            node.store().dataset().find().forEachRemaining(copy::add);
            return copy;
        });
    }

    private static List<String> identifiers(RegistryNode node) {
        return new CatalogReader(node.store())
                .changedSince(Optional.empty()).stream()
                        .map(e -> e.uri() + " " + e.modified())
                        .sorted()
                        .toList();
    }
}
