package org.pravasi.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pravasi.portal.Portal;
import org.pravasi.registry.config.NodeConfig;
import org.pravasi.registry.config.RateLimits;

/** Security headers on every response, CORS only for read-only endpoints, and rate limits on publishing and SPARQL. */
@DisplayName("Web security: headers, CORS and rate limits")
class WebSecurityTest {
    static final RateLimits LIMITS = new RateLimits(3, 6, 5);

    @TempDir
    static Path data;

    static Portal portal;
    static String keyA;
    static String keyB;
    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        Path noDemo = java.nio.file.Files.createDirectories(data.resolve("no-demo-datasets"));
        portal = Portal.start(
                NodeConfig.builder(data.resolve("data"))
                        .port(0)
                        .datasetsDir(noDemo)
                        .build(),
                LIMITS);
        keyA = portal.node().keys().create("org-a").secret();
        keyB = portal.node().keys().create("org-b").secret();
        while (!portal.ready()) {
            Thread.sleep(50);
        }
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private HttpResponse<String> send(HttpRequest.Builder r) throws Exception {
        return http.send(r.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder req(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + portal.port() + path));
    }

    private HttpRequest.Builder publish(String key) {
        return req("/api/datasets")
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofString("--x--\r\n"));
    }

    @Test
    @DisplayName("every response carries CSP, nosniff, a referrer policy and a framing ban")
    void securityHeadersOnEveryResponse() throws Exception {
        for (String path : List.of("/health", "/api/search?q=wage", "/no-such-page", "/api/datasets", "/catalog")) {
            HttpResponse<String> r = send(req(path));
            var h = r.headers();
            String csp = h.firstValue("Content-Security-Policy").orElse("");
            assertTrue(
                    csp.contains("default-src 'self'")
                            && csp.contains("object-src 'none'")
                            && csp.contains("frame-ancestors"),
                    path + ": " + csp);
            assertFalse(
                    csp.contains("unsafe-inline") && csp.contains("script-src 'unsafe-inline'"),
                    path + " allows inline scripts");
            assertEquals(Optional.of("nosniff"), h.firstValue("X-Content-Type-Options"), path);
            assertTrue(h.firstValue("Referrer-Policy").isPresent(), path);
            assertTrue(h.firstValue("X-Frame-Options").isPresent(), path);
        }
        HttpResponse<String> embed = send(req("/embed/map"));
        assertTrue(embed.headers().firstValue("X-Frame-Options").isEmpty(), "the embeddable map may be framed");
        assertTrue(
                embed.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors *"));
    }

    @Test
    @DisplayName("CORS is open on read-only endpoints and closed on publishing, whose preflight is refused")
    void corsOnlyForReadOnlyEndpoints() throws Exception {
        for (String path : List.of("/api/search?q=x", "/api/datasets", "/api/changes", "/catalog", "/health")) {
            assertEquals(Optional.of("*"), send(req(path)).headers().firstValue("Access-Control-Allow-Origin"), path);
        }
        HttpResponse<String> preflight = send(req("/api/datasets")
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals(403, preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        HttpResponse<String> delete = send(req("/api/datasets/org-a/x")
                .header("Origin", "https://evil.example")
                .DELETE());
        assertEquals(401, delete.statusCode());
        assertTrue(delete.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "no CORS on withdrawal");
        HttpResponse<String> sparqlPreflight = send(req("/sparql")
                .header("Origin", "https://researcher.example")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, sparqlPreflight.statusCode());
        assertEquals(Optional.of("*"), sparqlPreflight.headers().firstValue("Access-Control-Allow-Origin"));
    }

    @Test
    @DisplayName("publishing is limited per key and per address, with 429 and Retry-After")
    void publishingIsRateLimited() throws Exception {
        int accepted = 0;
        HttpResponse<String> limited = null;
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> r = send(publish(keyA));
            if (r.statusCode() == 429) {
                limited = r;
                break;
            }
            assertEquals(400, r.statusCode(), r.body());
            accepted++;
        }
        assertEquals(LIMITS.publishPerKey(), accepted, "requests with one key before the limit");
        assertTrue(limited.body().contains("per API key"), limited.body());
        assertTrue(Integer.parseInt(limited.headers().firstValue("Retry-After").orElseThrow()) >= 1);
        assertTrue(limited.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));

        HttpResponse<String> other = send(publish(keyB));
        assertEquals(400, other.statusCode(), "another key from the same address still has room: " + other.body());
        HttpResponse<String> last;
        do {
            last = send(publish(keyB));
        } while (last.statusCode() == 400);
        assertEquals(429, last.statusCode());
        assertTrue(last.body().contains("from one address"), "the per-address limit: " + last.body());
    }

    @Test
    @DisplayName("SPARQL queries are limited per address, with 429 and Retry-After")
    void sparqlIsRateLimited() throws Exception {
        String q = "/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
        int ok = 0;
        int limited = 0;
        for (int i = 0; i < 8; i++) {
            HttpResponse<String> r = send(req(q));
            if (r.statusCode() == 200) {
                ok++;
            } else {
                assertEquals(429, r.statusCode(), r.body());
                assertTrue(r.headers().firstValue("Retry-After").isPresent());
                limited++;
            }
        }
        assertEquals(LIMITS.sparqlPerIp(), ok);
        assertEquals(8 - LIMITS.sparqlPerIp(), limited);
    }
}
