package org.pravasi.registry.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.cli.CliRunner;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.testing.TestNode;

/**
 * A workspace draft (an upload as it came, with what the officer has not yet screened or withheld) never reaches a
 * backup; the organisation's saved mappings, which hold no counts, do.
 */
class DraftsNotInBackupsTest {
    @TempDir
    Path dir;

    @Test
    void aBackupLeavesTheWorkspacesDraftsOut() throws Exception {
        Path data = dir.resolve("data");
        Path backup = dir.resolve("node.zip");
        try (RegistryNode node = TestNode.start(data, Optional.empty())) {
            Path draft = Files.createDirectories(data.resolve("workspace/mrc-alliance/drafts/a1b2c3d4e5f6a7b8c9d0"));
            Files.writeString(draft.resolve("upload"), "district,cases\nKatihar,3\nRamesh Kumar 9876543210,1\n");
            Files.writeString(draft.resolve("draft.json"), "{}");
            Files.writeString(
                    Files.createDirectories(data.resolve("workspace/mrc-alliance"))
                            .resolve("mappings.json"),
                    "{}");
            CliRunner.Run b = CliRunner.run("backup", "--data", data.toString(), "--out", backup.toString());
            assertEquals(0, b.code(), b.err());
        }
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(backup))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                assertFalse(
                        new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("9876543210"),
                        e.getName() + " holds the draft's unscreened cell");
            }
        }
        assertTrue(names.contains("data/workspace/mrc-alliance/mappings.json"), names::toString);
        assertTrue(names.stream().noneMatch(n -> n.contains("/drafts/")), names::toString);
    }

    @Test
    void aBackupIsNeverWrittenInsideTheDataFolderItBacksUp() throws Exception {
        // Written there, every later backup would copy it: each zip holding every earlier one, doubling each time.
        Path data = dir.resolve("data");
        try (RegistryNode node = TestNode.start(data, Optional.empty())) {
            // closed before the backup, as an operator's timer would find it
        }
        Path inside = data.resolve("backups/b1.zip");
        CliRunner.Run b = CliRunner.run("backup", "--data", data.toString(), "--out", inside.toString());
        assertEquals(3, b.code(), b.err());
        assertTrue(b.err().contains("inside the data folder"), b.err());
        assertFalse(Files.exists(inside), "nothing was written");
    }
}
