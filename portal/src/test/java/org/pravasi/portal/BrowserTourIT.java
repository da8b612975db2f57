package org.pravasi.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.portal.testing.PortalContract;

/**
 * The visitor's tour in a real browser: the portal jar runs as its own JVM with the demo data, and
 * {@code src/test/browser/tour.mjs} drives Debian's Chromium through it with playwright-core (home, search, dataset,
 * CSV download, map, indicator switch, district click, Hindi, a story with script payloads). Screenshots go to
 * {@code target/browser-screenshots}. Without Chromium or Node.js the test is skipped with the reason, except under CI
 * ({@code CI=true}), where it fails: {@code .ci/run} installs both.
 */
@DisplayName("A visitor's tour of the portal in Chromium")
class BrowserTourIT {
    private static final Path BROWSER_TESTS = Path.of("src", "test", "browser");
    private static final Pattern STORY_URI = Pattern.compile("\"story\"\\s*:\\s*\"([^\"]+)\"");
    private static final String PAYLOAD_STORY = """
            ---
            title: Payload check <script>window.__pwned = true</script>
            language: en
            date: 2025-01-10
            districts: [214]
            themes: [best-practice]
            summary: Checks that markup in stories is inert <img src="x" onerror="window.__pwned = true">
            illustrative: true
            ---
            A paragraph with a script <script>window.__pwned = true</script> and an image
            <img src="x" onerror="window.__pwned = true"> and [a link](javascript:window.__pwned=true)
            and <a href="#top" onclick="window.__pwned = true">a handler</a> and <iframe src="javascript:alert(1)"></iframe>.
            """;

    @TempDir
    Path data;

    @Test
    @DisplayName(
            "home, search, dataset, CSV download, map, district profile and Hindi work with no console errors or outside requests")
    void tour() throws Exception {
        Path chromium = Path.of(Optional.ofNullable(System.getenv("CHROMIUM")).orElse("/usr/bin/chromium"));
        Optional<Path> node = onPath("node");
        Optional<Path> npm = onPath("npm");
        require(
                Files.isExecutable(chromium),
                "Chromium is not installed at " + chromium + " (apt-get install -y chromium, or set CHROMIUM)");
        require(
                node.isPresent() && npm.isPresent(),
                "Node.js and npm are not on the PATH (apt-get install -y nodejs npm)");
        Optional<Path> geo = Optional.ofNullable(System.getProperty("pravasi.test.geo"))
                .map(Path::of)
                .filter(Files::isDirectory);
        Assumptions.assumeTrue(
                geo.isPresent(),
                "the tour needs the reference geography (system property pravasi.test.geo) to draw the map");
        installPlaywright(npm.get());

        List<String> args = new ArrayList<>(List.of(
                "--geo",
                geo.get().toString(),
                "--datasets",
                Path.of("..", "datasets").toAbsolutePath().toString()));
        try (PortalProcess portal = PortalProcess.start(data, args.toArray(String[]::new))) {
            portal.awaitHealthy(180);
            String storyPath = publishPayloadStory(portal.url(), createKey("four-state-network"));
            Path shots = Path.of("target", "browser-screenshots").toAbsolutePath();
            ProcessBuilder pb = new ProcessBuilder(node.get().toString(), "tour.mjs")
                    .directory(BROWSER_TESTS.toFile())
                    .redirectErrorStream(true);
            pb.environment().put("PORTAL_URL", portal.url());
            pb.environment().put("SCREENSHOTS", shots.toString());
            pb.environment().put("CHROMIUM", chromium.toString());
            pb.environment().put("XSS_STORY", storyPath);
            Process tour = pb.start();
            String output = new String(tour.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!tour.waitFor(5, TimeUnit.MINUTES)) {
                tour.destroyForcibly();
                fail("The browser tour did not finish within 5 minutes:\n" + output);
            }
            System.out.println(output);
            assertEquals(0, tour.exitValue(), "The browser tour failed:\n" + output);
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

    /** {@code npm ci} once, so that the README's test command works without .ci/run. */
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

    /** A key made with the registry CLI inside the portal jar, as an operator would. */
    private String createKey(String org) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(
                        java,
                        "-cp",
                        PortalProcess.jar().toString(),
                        "org.pravasi.registry.RegistryMain",
                        "keys",
                        "create",
                        "--data",
                        data.toString(),
                        "--org",
                        org)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "keys create failed: " + err);
        return out.lines().reduce((a, b) -> b).orElseThrow();
    }

    private static String publishPayloadStory(String baseUrl, String key) throws IOException, InterruptedException {
        String b = "b" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(
                ("--" + b + "\r\nContent-Disposition: form-data; name=\"story\"; filename=\"payload-check.md\"\r\n"
                                + "Content-Type: text/markdown\r\n\r\n" + PAYLOAD_STORY + "\r\n--" + b + "--\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = PortalContract.checking(HttpClient.newHttpClient())
                .send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/api/stories"))
                                .header("Content-Type", "multipart/form-data; boundary=" + b)
                                .header("Authorization", "Bearer " + key)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), "publishing the payload story: " + r.body());
        Matcher m = STORY_URI.matcher(r.body());
        if (!m.find()) {
            fail("No story URI in " + r.body());
        }
        return URI.create(m.group(1)).getPath().replaceFirst("^/pravasi", "");
    }
}
