package org.pravasi.registry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.testing.TestNode;
import picocli.CommandLine.Command;

/** The exit codes of the README's table for failures that are not the node's answer: bad input, I/O, bugs. */
@DisplayName("exit codes for bad input, I/O and bugs")
class ExitCodesTest {
    @TempDir
    Path dir;

    private static CommandLineTest.Run cli(String... args) {
        return CommandLineTest.cli(args);
    }

    @Command(name = "boom")
    static final class Boom implements Runnable {
        @Override
        public void run() {
            throw new IllegalStateException("the index is inconsistent");
        }
    }

    @Test
    void aBugIsAnInternalErrorWithAMessageAndNoStackTrace() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Streams streams = new Streams(
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false,
                Map.of());
        int code = CommandLines.create(new Boom(), streams).execute();
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCode.INTERNAL.code(), code, text);
        assertTrue(text.contains("the index is inconsistent") && text.contains("please report"), text);
        assertFalse(text.contains("\tat "), text);
    }

    @Test
    void backupOfAFolderWithoutAStoreIsBadInput() {
        CommandLineTest.Run r = cli(
                "backup",
                "--data",
                dir.resolve("empty").toString(),
                "--out",
                dir.resolve("b.zip").toString());
        assertEquals(ExitCode.BAD_INPUT.code(), r.code(), r.err());
        assertTrue(r.err().contains("no store in") && r.err().contains("--data"), r.err());
        assertFalse(Files.exists(dir.resolve("b.zip")), "nothing written");
    }

    @Test
    void backupThatCannotBeWrittenIsAnIoError() throws Exception {
        Path data = dir.resolve("data");
        try (RegistryNode node = TestNode.start(data, Optional.empty())) {
            assertTrue(node.keys().list().isEmpty());
        }
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        CommandLineTest.Run r = cli(
                "backup",
                "--data",
                data.toString(),
                "--out",
                file.resolve("b.zip").toString());
        assertEquals(ExitCode.IO.code(), r.code(), r.err());
        assertTrue(r.err().contains("Error: Cannot write the backup") && r.err().contains("writable"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void restoreFromAFileThatIsNoBackupIsBadInput() throws Exception {
        Path notZip = Files.writeString(dir.resolve("notes.zip"), "hello");
        CommandLineTest.Run r = cli("restore", "--data", dir.resolve("new").toString(), "--from", notZip.toString());
        assertEquals(ExitCode.BAD_INPUT.code(), r.code(), r.err());
        assertFalse(Files.exists(dir.resolve("new").resolve("tdb2")), "nothing restored");
    }
}
