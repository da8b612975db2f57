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
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.portal.testing.PortalContract;

/**
 * The visitor's tour in a real browser: the portal jar runs as its own JVM with the demo data, and
 * {@code src/test/browser/tour.mjs} drives Debian's Chromium through it with playwright-core (home, search, dataset,
 * CSV download, map, indicator switch, district click, Hindi, a story with script payloads) through
 * {@link BrowserJourney}.
 */
@DisplayName("A visitor's tour of the portal in Chromium")
class BrowserTourIT {
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
        BrowserJourney browser = BrowserJourney.tools();
        try (PortalProcess portal = PortalProcess.start(data, BrowserJourney.demoData())) {
            portal.awaitHealthy(180);
            String storyPath = publishPayloadStory(portal.url(), createKey("four-state-network"));
            browser.run("tour.mjs", portal, Map.of("XSS_STORY", storyPath));
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
        HttpResponse<String> r = PortalContract.checking(HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build())
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
