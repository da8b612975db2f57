package org.pravasi.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * The Java half of a browser journey: finds Debian's Chromium and Node.js, installs the scripts' npm packages once, and
 * runs one script of {@code src/test/browser} (built on its {@code journey.mjs}) against a running
 * {@link PortalProcess} with {@code PORTAL_URL}, {@code SCREENSHOTS} and {@code CHROMIUM} set. Without Chromium or
 * Node.js the test is skipped with the reason, except under CI ({@code CI=true}), where it fails: {@code .ci/run}
 * installs both.
 */
final class BrowserJourney {
    /** Where the Node scripts, their {@code package.json} and {@code node_modules} live. */
    static final Path SCRIPTS = Path.of("src", "test", "browser");
    /** Where the scripts save their screenshots. */
    static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    /** How long one script may run. */
    static final int TIMEOUT_MINUTES = 5;

    private static final Pattern DEPENDENCY = Pattern.compile("\"([@a-z0-9./-]+)\"\\s*:\\s*\"\\d");

    private final Path chromium;
    private final Path node;

    private BrowserJourney(Path chromium, Path node) {
        this.chromium = chromium;
        this.node = node;
    }

    /** Chromium ({@code $CHROMIUM} or {@code /usr/bin/chromium}), Node.js and the npm packages, ready. */
    static BrowserJourney tools() throws IOException, InterruptedException {
        Path chromium = Path.of(Optional.ofNullable(System.getenv("CHROMIUM")).orElse("/usr/bin/chromium"));
        Optional<Path> node = onPath("node");
        Optional<Path> npm = onPath("npm");
        require(
                Files.isExecutable(chromium),
                "Chromium is not installed at " + chromium + " (apt-get install -y chromium, or set CHROMIUM)");
        require(
                node.isPresent() && npm.isPresent(),
                "Node.js and npm are not on the PATH (apt-get install -y nodejs npm)");
        installPackages(npm.get());
        return new BrowserJourney(chromium, node.get());
    }

    /** The reference geography (system property {@code pravasi.test.geo}); the test is skipped without it. */
    static Path geography() {
        Optional<Path> geo = Optional.ofNullable(System.getProperty("pravasi.test.geo"))
                .map(Path::of)
                .filter(Files::isDirectory);
        Assumptions.assumeTrue(
                geo.isPresent(), "the journey needs the reference geography (system property pravasi.test.geo)");
        return geo.get();
    }

    /** The portal's arguments for the demo datasets of {@code ../datasets} with the reference geography. */
    static String[] demoData() {
        return new String[] {
            "--geo",
            geography().toString(),
            "--datasets",
            Path.of("..", "datasets").toAbsolutePath().toString()
        };
    }

    /**
     * Runs {@code node script} against {@code portal} with {@code env} added, prints its report, and fails with the
     * report unless it exits 0 within {@link #TIMEOUT_MINUTES}.
     */
    String run(String script, PortalProcess portal, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(node.toString(), script)
                .directory(SCRIPTS.toFile())
                .redirectErrorStream(true);
        pb.environment().put("PORTAL_URL", portal.url());
        pb.environment().put("SCREENSHOTS", SCREENSHOTS.toAbsolutePath().toString());
        pb.environment().put("CHROMIUM", chromium.toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail(script + " did not finish within " + TIMEOUT_MINUTES + " minutes:\n" + output);
        }
        System.out.println(output);
        assertEquals(0, p.exitValue(), script + " failed:\n" + output);
        return output;
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
        for (String dir : Optional.ofNullable(System.getenv("PATH")).orElse("").split(File.pathSeparator)) {
            Path p = Path.of(dir, command);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * {@code npm ci} when a package of {@code package.json} is missing, so the README's test command works alone; one
     * at a time, as ITs run two at once.
     */
    private static synchronized void installPackages(Path npm) throws IOException, InterruptedException {
        String manifest = Files.readString(SCRIPTS.resolve("package.json"));
        Matcher m = DEPENDENCY.matcher(manifest.substring(manifest.indexOf("Dependencies")));
        boolean complete = true;
        while (m.find()) {
            complete &= Files.isDirectory(SCRIPTS.resolve("node_modules").resolve(m.group(1)));
        }
        if (complete) {
            return;
        }
        Process p = new ProcessBuilder(npm.toString(), "ci", "--no-audit", "--no-fund")
                .directory(SCRIPTS.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            fail("npm ci in " + SCRIPTS + " failed:\n" + out);
        }
    }
}
