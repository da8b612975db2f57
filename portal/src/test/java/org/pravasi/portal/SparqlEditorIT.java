package org.pravasi.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SPARQL page in a real browser: the portal jar with the demo data, and {@code src/test/browser/sparql-editor.mjs}
 * driving Debian's Chromium through YASQE (highlighting, an example loaded on click, the prefixes), a query run against
 * the portal's own endpoint and shown as a YASR table, "Run (CSV)" downloading a file, the Hindi examples and the form
 * without scripts. Skipped, like {@link BrowserTourIT}, without Chromium or Node.js (failed under {@code CI=true}).
 */
@DisplayName("The SPARQL page runs a query in YASGUI and shows a table, in Chromium")
class SparqlEditorIT {
    private static final Path BROWSER_TESTS = Path.of("src", "test", "browser");

    @TempDir
    Path data;

    @Test
    @DisplayName(
            "YASQE highlights, loads an example on click, runs it into a YASR table, downloads CSV; no-JS form works")
    void editor() throws Exception {
        Path chromium = Path.of(Optional.ofNullable(System.getenv("CHROMIUM")).orElse("/usr/bin/chromium"));
        Optional<Path> node = onPath("node");
        Optional<Path> npm = onPath("npm");
        require(Files.isExecutable(chromium), "Chromium is not installed at " + chromium);
        require(node.isPresent() && npm.isPresent(), "Node.js and npm are not on the PATH");
        Optional<Path> geo = Optional.ofNullable(System.getProperty("pravasi.test.geo"))
                .map(Path::of)
                .filter(Files::isDirectory);
        Assumptions.assumeTrue(geo.isPresent(), "the demo data need the reference geography (pravasi.test.geo)");
        installPlaywright(npm.get());
        try (PortalProcess portal = PortalProcess.start(
                data,
                "--geo",
                geo.get().toString(),
                "--datasets",
                Path.of("..", "datasets").toAbsolutePath().toString())) {
            portal.awaitHealthy(180);
            ProcessBuilder pb = new ProcessBuilder(node.get().toString(), "sparql-editor.mjs")
                    .directory(BROWSER_TESTS.toFile())
                    .redirectErrorStream(true);
            pb.environment().put("PORTAL_URL", portal.url());
            pb.environment()
                    .put(
                            "SCREENSHOTS",
                            Path.of("target", "browser-screenshots")
                                    .toAbsolutePath()
                                    .toString());
            pb.environment().put("CHROMIUM", chromium.toString());
            Process run = pb.start();
            String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!run.waitFor(5, TimeUnit.MINUTES)) {
                run.destroyForcibly();
                fail("The SPARQL page test did not finish within 5 minutes:\n" + output);
            }
            System.out.println(output);
            assertEquals(0, run.exitValue(), "The SPARQL page test failed:\n" + output);
        }
    }

    private static void require(boolean present, String reason) {
        if (!present) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(reason + "; .ci/run should have installed it");
            }
            Assumptions.abort(reason);
        }
    }

    private static Optional<Path> onPath(String command) {
        for (String dir : Optional.ofNullable(System.getenv("PATH")).orElse("").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, command);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** {@code npm ci} once, as {@link BrowserTourIT} does. */
    private static void installPlaywright(Path npm) throws IOException, InterruptedException {
        if (Files.isDirectory(BROWSER_TESTS.resolve("node_modules").resolve("playwright-core"))) {
            return;
        }
        Process p = new ProcessBuilder(npm.toString(), "ci", "--no-audit", "--no-fund")
                .directory(BROWSER_TESTS.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            fail("npm ci in " + BROWSER_TESTS + " failed:\n" + out);
        }
    }
}
