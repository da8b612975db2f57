package org.pravasi.registry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.registry.node.RegistryNode;
import org.pravasi.registry.testing.ServedNode;
import org.pravasi.registry.testing.TestNode;

/**
 * Progress of a large upload: a bar on a terminal; on pipes and in logs a few plain lines, never carriage returns; the
 * node's refusal in the pipeline's own words, never a stack trace.
 */
@DisplayName("publish progress and errors")
class PublishProgressTest {
    @TempDir
    static Path dir;

    static RegistryNode node;
    static ServedNode served;
    static String url;
    static String key;
    static Path descriptor;
    static Path big;

    @BeforeAll
    static void start() throws IOException {
        served = ServedNode.serve(TestNode.start(dir.resolve("node")));
        node = served.node();
        url = served.url();
        key = node.keys().create("mrc-alliance").secret();
        descriptor = TestNode.DATASETS.resolve("mrc-alliance/violations-by-district-quarter.json");
        // 3 MiB of rows that repeat one key: the pipeline refuses them, after the whole file went up
        StringBuilder csv = new StringBuilder("district,quarter,violation,cases\n");
        while (csv.length() < 3 << 20) {
            csv.append("201,2024-Q1,wage-theft,12\n");
        }
        big = dir.resolve("big.csv");
        Files.writeString(big, csv);
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    private static CommandLineTest.Run publish(boolean terminal) {
        return CommandLineTest.cli(
                Map.of("PRAVASI_NODE", url, "PRAVASI_KEY", key),
                terminal,
                "publish",
                "--descriptor",
                descriptor.toString(),
                "--csv",
                big.toString(),
                "--dry-run");
    }

    @Test
    void onAPipeProgressIsAFewPlainLines() {
        CommandLineTest.Run r = publish(false);
        assertFalse(r.err().contains("\r"), "no carriage returns in a log: " + r.err());
        long lines =
                r.err().lines().filter(l -> l.startsWith("Uploading big.csv")).count();
        assertTrue(lines >= 2 && lines <= 6, r.err());
        assertTrue(
                r.err().contains("Uploading big.csv: 3 MiB") && r.err().contains("Uploading big.csv: 100%"), r.err());
    }

    @Test
    void onATerminalProgressIsABarRedrawnInPlace() {
        CommandLineTest.Run r = publish(true);
        assertTrue(r.err().contains("\rUploading big.csv [" + "#".repeat(Progress.BAR_WIDTH) + "] 100%"), r.err());
        long lines = java.util.Arrays.stream(r.err().split("\n"))
                .filter(l -> l.contains("Uploading"))
                .count();
        assertEquals(1, lines, "one line, redrawn: " + r.err());
    }

    @Test
    void refusalIsReportedInThePipelinesWordsWithoutAStackTrace() {
        CommandLineTest.Run r = publish(false);
        assertEquals(ExitCode.REFUSED.code(), r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("Refused (HTTP 422)"), r.out());
        assertTrue(r.out().contains("line 3"), "where: " + r.out());
        assertFalse((r.out() + r.err()).contains("Exception") || (r.out() + r.err()).contains("\tat "), r.out());
    }
}
