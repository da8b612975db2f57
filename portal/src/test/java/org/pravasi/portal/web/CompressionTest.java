package org.pravasi.portal.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pravasi.portal.testing.DemoPortal;

/**
 * HTML, JSON, JavaScript and CSS travel compressed to clients that accept gzip, and decompress to exactly the bytes an
 * uncompressed request gets.
 */
@DisplayName("Responses are compressed for clients that accept it")
class CompressionTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {"/", "/map", "/datasets", "/api/search?q=wage", "/static/style.css", "/map/map.js", "/sparql"})
    @DisplayName("is sent gzip-compressed, at most half its size, and decompresses to the same bytes")
    void compressed(String path) {
        HttpResponse<byte[]> plain = get(path, "identity");
        HttpResponse<byte[]> gzip = get(path, "gzip");
        assertEquals(200, plain.statusCode(), path);
        assertEquals(200, gzip.statusCode(), path);
        assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse("none"), path);
        assertTrue(
                plain.headers().firstValue("Content-Encoding").isEmpty(),
                () -> path + " was compressed for a client that did not accept it");
        assertTrue(
                gzip.body().length * 2 <= plain.body().length,
                () -> path + ": " + gzip.body().length + " compressed bytes of " + plain.body().length);
        assertArrayEquals(plain.body(), gunzip(gzip.body()), path);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/geo/districts.geojson", "/geo/states.geojson"})
    @DisplayName("already-compressed boundaries are gzipped once, not twice")
    void boundariesCompressedOnce(String path) {
        Assumptions.assumeTrue(DemoPortal.geography().isPresent(), "reference geography not available");
        HttpResponse<byte[]> plain = get(path, "identity");
        HttpResponse<byte[]> gzip = get(path, "gzip");
        assertEquals(200, gzip.statusCode(), path);
        assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse("none"), path);
        assertArrayEquals(plain.body(), gunzip(gzip.body()), path);
    }

    private static HttpResponse<byte[]> get(String path, String encoding) {
        DemoPortal portal = DemoPortal.shared();
        return portal.send(
                HttpRequest.newBuilder(portal.uri(path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Accept-Encoding", encoding)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
