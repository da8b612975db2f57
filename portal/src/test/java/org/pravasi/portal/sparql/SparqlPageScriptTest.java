package org.pravasi.portal.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SPARQL page's script, run by Node.js against a stand-in DOM (src/test/js/sparql-page.test.mjs). */
@DisplayName("SPARQL page script: only http(s) IRIs become links")
class SparqlPageScriptTest {
    static final Path STATIC = Path.of("src/main/resources/webroot/static");

    @TempDir
    Path dir;

    @Test
    @DisplayName("javascript:, data:, file: and other schemes in results are shown as text, never as links")
    void linksOnlyHttpIris() throws Exception {
        assumeTrue(nodeAvailable(), "Node.js is not installed");
        // sparql.js is an ES module: give it a package.json that says so
        Files.writeString(dir.resolve("package.json"), "{\"type\":\"module\"}");
        for (String f : new String[] {"sparql.js", "sparql-links.js"}) {
            if (Files.exists(STATIC.resolve(f))) {
                Files.copy(STATIC.resolve(f), dir.resolve(f));
            }
        }
        Path test = Path.of("src/test/js/sparql-page.test.mjs").toAbsolutePath();
        Process p = new ProcessBuilder("node", test.toString(), dir.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(p.waitFor(60, TimeUnit.SECONDS), "node did not finish");
        assertEquals(0, p.exitValue(), output);
    }

    private static boolean nodeAvailable() {
        try {
            return new ProcessBuilder("node", "--version").start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
