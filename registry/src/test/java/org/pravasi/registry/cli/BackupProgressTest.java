package org.pravasi.registry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.testing.TestNode;

/**
 * Progress of backups and restores: drawn in place on a terminal (how much is written; how much of the backup is read),
 * and on pipes and in logs only plain lines, never carriage returns.
 */
@DisplayName("backup and restore progress")
class BackupProgressTest {
    @TempDir
    static Path dir;

    static Path data;

    @BeforeAll
    static void node() {
        data = dir.resolve("node");
        try (RegistryNode node = TestNode.start(data)) {
            node.keys().create("mrc-alliance");
        }
    }

    private static CommandLineTest.Run backup(boolean terminal, String name) {
        return CommandLineTest.cli(
                Map.of(),
                terminal,
                "backup",
                "--data",
                data.toString(),
                "--out",
                dir.resolve(name).toString());
    }

    private static CommandLineTest.Run restore(boolean terminal, String from, String into) {
        return CommandLineTest.cli(
                Map.of(),
                terminal,
                "restore",
                "--data",
                dir.resolve(into).toString(),
                "--from",
                dir.resolve(from).toString());
    }

    @Test
    @DisplayName("on a terminal, a backup shows how much it has written, redrawn in place")
    void backupOnATerminalShowsWhatIsWritten() {
        CommandLineTest.Run r = backup(true, "t.zip");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("\rBacking up: ") && r.err().contains(" written"), r.err());
    }

    @Test
    @DisplayName("on a pipe, a backup writes its start and end lines only")
    void backupOnAPipeWritesPlainLines() {
        CommandLineTest.Run r = backup(false, "p.zip");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("\r"), r.err());
        assertTrue(r.out().contains("Backup written to"), r.out());
    }

    @Test
    @DisplayName("a restore shows a bar on a terminal and a few plain lines on a pipe")
    void restoreShowsProgress() {
        assertEquals(0, backup(false, "r.zip").code());
        CommandLineTest.Run onTerminal = restore(true, "r.zip", "restored-t");
        assertEquals(0, onTerminal.code(), onTerminal.err());
        assertTrue(
                onTerminal.err().contains("\rRestoring r.zip [")
                        && onTerminal.err().contains("100%"),
                onTerminal.err());
        CommandLineTest.Run onPipe = restore(false, "r.zip", "restored-p");
        assertEquals(0, onPipe.code(), onPipe.err());
        assertFalse(onPipe.err().contains("\r"), onPipe.err());
        assertTrue(onPipe.err().contains("Restoring r.zip: 100%"), onPipe.err());
    }
}
